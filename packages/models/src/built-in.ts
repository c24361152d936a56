import { Framework } from '@clusterlens/schema';
import vcmClusterData from './frameworks/vcm-cluster.json' with { type: 'json' };
import { loadBuiltIn, registryOf } from './load-built-in.js';

/** The default value-chain cluster framework (DESIGN.md §5): 8 dimensions, 34 indicators. */
export const vcmCluster: Framework = loadBuiltIn({ schema: Framework, data: vcmClusterData, file: 'vcm-cluster.json' });

/** The built-in frameworks, keyed by framework id. */
export const frameworks: Readonly<Record<string, Framework>> = registryOf([vcmCluster]);

/**
 * The built-in framework with this id, or `undefined` if there is none.
 * @example getFramework('vcm-cluster')?.dimensions.length // 8
 */
export function getFramework(id: string): Framework | undefined {
  return frameworks[id];
}
