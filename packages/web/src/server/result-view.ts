import type { AssessmentResult, ClusterResult } from '@clusterlens/schema';

/** A cluster as the shared page shows it: no member's figures, no method log. */
export type ClusterView = Omit<ClusterResult, 'members' | 'memberDistribution' | 'log' | 'sources'>;

export interface ResultView {
  headlineIndex: string;
  clusters: ClusterView[];
}

/**
 * The result for the page. Member results stay on the server: a member's report is a file for
 * that member, downloadable only in the members zip, never drawn into the page.
 */
export function resultView(result: AssessmentResult): ResultView {
  return {
    headlineIndex: result.framework.headlineIndex,
    clusters: result.clusters.map(({ members: _m, memberDistribution: _d, log: _l, sources: _s, ...cluster }) => cluster),
  };
}
