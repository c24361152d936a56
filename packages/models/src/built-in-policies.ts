import { PolicyProfile, validate } from '@clusterlens/schema';
import euS3Data from './policies/eu-s3.json' with { type: 'json' };
import miit2022Data from './policies/miit-2022-sme-clusters.json' with { type: 'json' };

// Checked against the schema on load (not cast), and frozen because every caller shares them;
// the same discipline as the built-in frameworks.
function load(data: unknown, file: string): PolicyProfile {
  const checked = validate(PolicyProfile, data, file);
  if (!checked.ok) {
    const problems = checked.issues.map((issue) => issue.message).join('; ');
    throw new Error(`Built-in policy profile ${file} does not match the PolicyProfile schema: ${problems}`);
  }
  return deepFreeze(checked.value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** MIIT 2022 SME characteristic-cluster measures (工信部企业〔2022〕119号): nine priorities and the recognition thresholds. */
export const miit2022SmeClusters: PolicyProfile = load(miit2022Data, 'miit-2022-sme-clusters.json');

/** EU smart specialisation (S3): innovation, digital, green, skills, internationalisation. */
export const euS3: PolicyProfile = load(euS3Data, 'eu-s3.json');

// Null prototype: a user-typed id such as "constructor" is simply unknown.
const registry: Record<string, PolicyProfile> = Object.create(null) as Record<string, PolicyProfile>;
registry[miit2022SmeClusters.id] = miit2022SmeClusters;
registry[euS3.id] = euS3;

/** The built-in policy profiles, keyed by profile id. */
export const policies: Readonly<Record<string, PolicyProfile>> = Object.freeze(registry);

/**
 * The built-in policy profile with this id, or `undefined`.
 * @example getPolicy('miit-2022-sme-clusters')?.priorities.length // 9
 */
export function getPolicy(id: string): PolicyProfile | undefined {
  return policies[id];
}
