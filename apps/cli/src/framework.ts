import type { BaselineResult, Framework, Issue, Lang, PolicyProfile } from '@clusterlens/schema';
import { ExitError, EXIT } from './exit.js';
import { loadJsonInput } from './json-input.js';
import { MESSAGES } from './messages.js';

type Report = (issues: Issue[]) => void;

/** Resolves `--framework`: a built-in id, else a framework JSON file checked by schema and engine. */
export async function loadFramework(nameOrPath: string, lang: Lang, report: Report): Promise<Framework> {
  const { frameworks } = await import('@clusterlens/models');
  const builtIn = frameworks[nameOrPath];
  if (builtIn) return builtIn;
  if (!nameOrPath.toLowerCase().endsWith('.json')) {
    throw new ExitError(EXIT.usage, MESSAGES[lang].unknownFramework(nameOrPath, Object.keys(frameworks).join(', ')));
  }
  const [{ Framework: schema }, { checkFramework }] = await Promise.all([import('@clusterlens/schema'), import('@clusterlens/scoring')]);
  return loadJsonInput(nameOrPath, schema, { lang, report, invalid: MESSAGES[lang].badFramework, check: (f) => checkFramework(f, { lang }) });
}

/** Resolves `--policy`: a built-in profile id, else a policy profile JSON file, checked against the framework. */
export async function loadPolicy(nameOrPath: string, framework: Framework, lang: Lang, report: Report): Promise<PolicyProfile> {
  const { policies } = await import('@clusterlens/models');
  const [{ PolicyProfile: schema }, { checkPolicy }] = await Promise.all([import('@clusterlens/schema'), import('@clusterlens/scoring')]);
  const builtIn = policies[nameOrPath];
  const policy =
    builtIn ??
    (nameOrPath.toLowerCase().endsWith('.json')
      ? await loadJsonInput(nameOrPath, schema, { lang, report, invalid: MESSAGES[lang].badPolicy })
      : undefined);
  if (!policy) throw new ExitError(EXIT.usage, MESSAGES[lang].unknownPolicy(nameOrPath, Object.keys(policies).join(', ')));
  const problems = checkPolicy(policy, framework, lang);
  report(problems);
  if (problems.some((issue) => issue.severity === 'error')) throw new ExitError(EXIT.usage, MESSAGES[lang].badPolicy(nameOrPath));
  return policy;
}

/** Reads `--baseline`: last year's results.json, as written by any engine version. */
export async function loadBaseline(path: string, lang: Lang, report: Report): Promise<BaselineResult> {
  const { BaselineResult: schema } = await import('@clusterlens/schema');
  return loadJsonInput(path, schema, { lang, report, invalid: MESSAGES[lang].badBaseline });
}
