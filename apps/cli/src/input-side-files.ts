import type { ClusterMeta, Framework, Issue } from '@clusterlens/schema';
import { ExitError, EXIT } from './exit.js';
import { jsonPointer, readJsonFile, type SideFileContext } from './json-input.js';
import { MESSAGES } from './messages/index.js';

type Context = Pick<SideFileContext, 'lang' | 'cwd'>;

/**
 * Keys as people misspell them: case, `_` and `-` aside, and without the leading "cluster" of
 * the template's rows and the form's fields (cluster_id, cluster_survey_year), which a cluster
 * file spells id and surveyYear.
 */
const normal = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/^cluster(?=.)/, '');

/** Edits (insert, delete, replace, swap two neighbours) from one text to another. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known key `key` most likely stands for: the nearest within a third of its length (one edit at least); undefined when none is. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let nearest: { key: string; edits: number } | undefined;
  for (const candidate of known) {
    const [a, b] = [normal(key), normal(candidate)];
    const edits = distance(a, b);
    if (edits <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 3)) && (!nearest || edits < nearest.edits)) nearest = { key: candidate, edits };
  }
  return nearest?.key;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * ClusterMeta with every key optional, the name's two languages too (the survey's metadata
 * uses one for both, as a Cluster sheet does), made once: the validator compiled for it is kept with it.
 */
let partialClusterMeta: unknown;

/**
 * `--cluster FILE.json`: cluster metadata for files that carry none, checked against the
 * ClusterMeta schema (every key optional, since the file may complete what a form or export
 * says). A key it does not know is reported at its key with the one it likely stands for; any
 * problem is a usage error after its issues, as a key left out would silently mean another run.
 */
export async function readClusterFile(path: string, context: Context): Promise<Partial<ClusterMeta>> {
  const data = await readJsonFile(path, context);
  const [{ ClusterMeta, validate }, { Type }] = await Promise.all([import('@clusterlens/schema'), import('@sinclair/typebox')]);
  const text = MESSAGES[context.lang];
  const keys = Object.keys(ClusterMeta.properties);
  const unknown = isObject(data) ? Object.keys(data).filter((key) => !keys.includes(key)) : [];
  const issues: Issue[] = unknown.map((key) => ({
    severity: 'error',
    code: 'cluster_key_unknown',
    message: text.unknownClusterKey(key, nearestKey(key, keys)),
    suggestion: text.unknownClusterKeyFix(keys.join(', ')),
    file: path,
    path: jsonPointer([key]),
  }));
  // The unknown keys are reported above, with what they may stand for, rather than again by the schema.
  const known = isObject(data) ? Object.fromEntries(Object.entries(data).filter(([key]) => keys.includes(key))) : data;
  partialClusterMeta ??= Type.Partial(Type.Object({ ...ClusterMeta.properties, name: Type.Partial(ClusterMeta.properties.name) }));
  const checked = validate(partialClusterMeta as typeof ClusterMeta, known, path, context.lang);
  issues.push(...checked.issues);
  if (!checked.ok || issues.length > 0) throw new ExitError(EXIT.usage, text.badCluster(path), { issue: 'side_file_invalid', file: path, issues });
  return checked.value;
}

/**
 * `--regional FILE.json`: an object of Regional statistics, every value a finite number (else a
 * usage error naming the key). A key that is no statistic of the framework is not used, as on a
 * Regional sheet, and a warning says so, with the key it likely stands for.
 */
export async function readRegionalFile(path: string, framework: Pick<Framework, 'id' | 'regional'>, context: Context): Promise<{ values: Record<string, number>; issues: Issue[] }> {
  const data = await readJsonFile(path, context);
  const text = MESSAGES[context.lang];
  if (!isObject(data)) throw new ExitError(EXIT.usage, text.badRegional(path, path), { issue: 'regional_invalid', file: path, path: '' });
  const entries = Object.entries(data);
  const bad = entries.find(([, v]) => typeof v !== 'number' || !Number.isFinite(v))?.[0];
  if (bad !== undefined) throw new ExitError(EXIT.usage, text.badRegional(path, bad), { issue: 'regional_invalid', file: path, path: jsonPointer([bad]) });
  const keys = framework.regional.map((stat) => stat.key);
  const issues: Issue[] = entries
    .filter(([key]) => !keys.includes(key))
    .map(([key]) => ({
      severity: 'warning',
      code: 'regional_key_unknown',
      message: text.unknownRegionalKey(key, framework.id, nearestKey(key, keys)),
      suggestion: text.unknownRegionalKeyFix(keys.join(', ')),
      file: path,
      path: jsonPointer([key]),
    }));
  return { values: Object.fromEntries(entries.filter(([key]) => keys.includes(key))) as Record<string, number>, issues };
}
