import type { AssessmentResult } from '@clusterlens/schema';
import type { ResultView } from '../schema/views.js';

/**
 * The result for the page (schema ResultView). Member results stay on the server: a member's
 * report is a file for that member, downloadable only in the members zip, never drawn into the page.
 */
export function resultView(result: AssessmentResult): ResultView {
  return {
    headlineIndex: result.framework.headlineIndex,
    clusters: result.clusters.map(({ members: _m, memberDistribution: _d, log: _l, sources: _s, ...cluster }) => cluster),
  };
}
