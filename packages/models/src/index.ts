/**
 * @clusterlens/models — the built-in frameworks as validated data.
 *
 *   src/frameworks/*.json ──validate(Framework)──▶ vcmCluster, frameworks[id], getFramework(id)
 *
 * The package holds no scoring logic: a framework only says which questions are asked,
 * how answers become indicators, and how indicators are normalised and weighted.
 */
export { vcmCluster, frameworks, getFramework } from './built-in.js';
