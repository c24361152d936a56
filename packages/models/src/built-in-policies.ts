import { PolicyProfile } from '@clusterlens/schema';
import { loadBuiltIn, registryOf } from './load-built-in.js';
import euS3Data from './policies/eu-s3.json' with { type: 'json' };
import miit2022Data from './policies/miit-2022-sme-clusters.json' with { type: 'json' };

/** MIIT 2022 SME characteristic-cluster measures (工信部企业〔2022〕119号): nine priorities and the recognition thresholds. */
export const miit2022SmeClusters: PolicyProfile = loadBuiltIn({ schema: PolicyProfile, data: miit2022Data, file: 'miit-2022-sme-clusters.json' });

/** EU smart specialisation (S3): innovation, digital, green, skills, internationalisation. */
export const euS3: PolicyProfile = loadBuiltIn({ schema: PolicyProfile, data: euS3Data, file: 'eu-s3.json' });

/** The built-in policy profiles, keyed by profile id. */
export const policies: Readonly<Record<string, PolicyProfile>> = registryOf([miit2022SmeClusters, euS3]);

/**
 * The built-in policy profile with this id, or `undefined`.
 * @example getPolicy('miit-2022-sme-clusters')?.priorities.length // 9
 */
export function getPolicy(id: string): PolicyProfile | undefined {
  return policies[id];
}
