/**
 * @clusterlens/models — the built-in frameworks and policy profiles as validated data.
 *
 *   src/frameworks/*.json ──validate(Framework)──▶ vcmCluster, frameworks[id], getFramework(id)
 *   src/policies/*.json ──validate(PolicyProfile)──▶ miit2022SmeClusters, euS3, policies[id], getPolicy(id)
 *
 * The package holds no scoring logic: a framework only says which questions are asked,
 * how answers become indicators, and how indicators are normalised and weighted.
 */
export { vcmCluster, frameworks, getFramework } from './built-in.js';
export { miit2022SmeClusters, euS3, policies, getPolicy } from './built-in-policies.js';
