import { Framework, validate } from '@clusterlens/schema';
import vcmClusterData from './frameworks/vcm-cluster.json' with { type: 'json' };

// The JSON is checked against the schema on load rather than cast: TypeScript widens
// JSON literals (direction 1 → number), so a cast would hide a mis-edited data file.
function load(data: unknown, file: string): Framework {
  const checked = validate(Framework, data, file);
  if (!checked.ok) {
    const problems = checked.issues.map((issue) => issue.message).join('; ');
    throw new Error(`Built-in framework ${file} does not match the Framework schema: ${problems}`);
  }
  return deepFreeze(checked.value);
}

// Built-ins are shared by every caller in the process; freezing turns an accidental
// mutation by one consumer into an immediate TypeError instead of a wrong score elsewhere.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The default value-chain cluster framework (DESIGN.md §5): 8 dimensions, 34 indicators. */
export const vcmCluster: Framework = load(vcmClusterData, 'vcm-cluster.json');

// A null prototype keeps ids such as "constructor" or "toString" from resolving to
// Object.prototype members when a user-supplied name is looked up.
const registry: Record<string, Framework> = Object.create(null) as Record<string, Framework>;
registry[vcmCluster.id] = vcmCluster;

/** The built-in frameworks, keyed by framework id. */
export const frameworks: Readonly<Record<string, Framework>> = Object.freeze(registry);

/**
 * The built-in framework with this id, or `undefined` if there is none.
 * @example getFramework('vcm-cluster')?.dimensions.length // 8
 */
export function getFramework(id: string): Framework | undefined {
  return frameworks[id];
}
