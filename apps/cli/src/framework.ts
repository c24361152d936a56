import type { BaselineResult, Framework, PolicyProfile } from '@clusterlens/schema';
import { ExitError, EXIT } from './exit.js';
import { loadJsonInput, type SideFileContext } from './json-input.js';
import { MESSAGES } from './messages/index.js';

const isJsonPath = (nameOrPath: string) => nameOrPath.toLowerCase().endsWith('.json');

/** Resolves `--framework`: a built-in id, else a framework JSON file checked by schema and engine. */
export async function loadFramework(nameOrPath: string, context: SideFileContext): Promise<Framework> {
  const { frameworks } = await import('@clusterlens/models');
  const builtIn = frameworks[nameOrPath];
  if (builtIn) return builtIn;
  if (!isJsonPath(nameOrPath)) {
    throw new ExitError(EXIT.usage, MESSAGES[context.lang].unknownFramework(nameOrPath, Object.keys(frameworks).join(', ')), { issue: 'unknown_framework' });
  }
  const [{ Framework: schema }, { checkFramework }] = await Promise.all([import('@clusterlens/schema'), import('@clusterlens/scoring')]);
  return loadJsonInput(nameOrPath, schema, { ...context, invalid: MESSAGES[context.lang].badFramework, check: (f) => checkFramework(f, { lang: context.lang }) });
}

/**
 * Resolves `--policy`: a built-in profile id, else a policy profile JSON file, checked against the
 * framework. The issues of a user's file name that file, not the profile id inside it.
 */
export async function loadPolicy(nameOrPath: string, framework: Framework, context: SideFileContext): Promise<PolicyProfile> {
  const { policies } = await import('@clusterlens/models');
  const [{ PolicyProfile: schema }, { checkPolicy }] = await Promise.all([import('@clusterlens/schema'), import('@clusterlens/scoring')]);
  const text = MESSAGES[context.lang];
  const builtIn = policies[nameOrPath];
  if (builtIn) {
    // A built-in profile may still not fit a user's framework.
    const problems = checkPolicy(builtIn, framework, context.lang);
    context.report(problems);
    if (problems.some((issue) => issue.severity === 'error')) throw new ExitError(EXIT.usage, text.badPolicy(nameOrPath), { issue: 'side_file_invalid' });
    return builtIn;
  }
  if (!isJsonPath(nameOrPath)) throw new ExitError(EXIT.usage, text.unknownPolicy(nameOrPath, Object.keys(policies).join(', ')), { issue: 'unknown_policy' });
  return loadJsonInput(nameOrPath, schema, { ...context, invalid: text.badPolicy, check: (p) => checkPolicy(p, framework, context.lang) });
}

/** Reads `--baseline`: last year's results.json, as written by any engine version. */
export async function loadBaseline(path: string, context: SideFileContext): Promise<BaselineResult> {
  const { BaselineResult: schema } = await import('@clusterlens/schema');
  return loadJsonInput(path, schema, { ...context, invalid: MESSAGES[context.lang].badBaseline });
}
