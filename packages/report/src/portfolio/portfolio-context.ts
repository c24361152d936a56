/**
 * What the portfolio sections share: the run, the language's texts and formats, the clusters
 * in league order and the index and dimension ids of the run (from its first cluster, as every
 * cluster of a run is scored with the same framework).
 */
import type { AssessmentResult, ClusterResult, Lang } from '@clusterlens/schema';
import { formatterFor, type Formatter } from '../format.js';
import { messagesFor, type Messages } from '../messages.js';
import { scoreScale, type ScoreScale } from '../score-scale.js';

export interface PortfolioContext {
  result: AssessmentResult;
  lang: Lang;
  m: Messages;
  f: Formatter;
  /** The scale of the scores, from the recorded normalise step. */
  scale: ScoreScale;
  /** Clusters by rank on the headline index (unscored last), then by id for a stable order. */
  ordered: ClusterResult[];
  indexIds: string[];
  dimensionIds: string[];
}

function rankOf(c: ClusterResult, indexId: string): number {
  return c.indices.find((i) => i.id === indexId)?.rank ?? Number.POSITIVE_INFINITY;
}

/** Builds the context; an empty run is a programming error. */
export function portfolioContext(result: AssessmentResult, lang: Lang): PortfolioContext {
  const first = result.clusters[0];
  if (!first) throw new Error('renderPortfolioReport needs a result with at least one cluster');
  const indexIds = first.indices.map((i) => i.id);
  const lead = result.framework.headlineIndex;
  const ordered = [...result.clusters].sort((a, b) => rankOf(a, lead) - rankOf(b, lead) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { result, lang, m: messagesFor(lang), f: formatterFor(lang), scale: scoreScale(result), ordered, indexIds, dimensionIds: first.dimensions.map((d) => d.id) };
}
