/**
 * What every report section needs: the run, the cluster, the language's texts and number
 * formats, and read-only look-ups into the result (never recomputed scores).
 */
import type { AssessmentResult, ClusterHistory, ClusterResult, DimensionResult, IndexResult, Lang } from '@clusterlens/schema';
import { formatterFor, type Formatter } from './format.js';
import { messagesFor, type Messages } from './messages/index.js';
import { scoreScale, type ScoreScale } from './score-scale.js';

export interface ReportContext {
  result: AssessmentResult;
  cluster: ClusterResult;
  lang: Lang;
  m: Messages;
  f: Formatter;
  /** The cluster's comparable years from the results store, this year included; absent without a store. */
  history?: ClusterHistory;
  /** The scale of the scores, from the recorded normalise step (bands only on 0–100). */
  scale: ScoreScale;
  /** Clusters of the run with a score for this index or dimension: the N of "rank n of N". */
  rankedCount(kind: 'index' | 'dimension', id: string): number;
  /** Display name of an indicator, dimension, index or policy-profile id (the id itself if unknown). */
  nameOf(id: string): string;
}

/** Looks up the cluster; an unknown id is a programming error, so it throws. */
export function createContext(result: AssessmentResult, clusterId: string, lang: Lang, history?: ClusterHistory): ReportContext {
  const cluster = result.clusters.find((c) => c.id === clusterId);
  if (!cluster) {
    const known = result.clusters.map((c) => c.id).join(', ');
    throw new Error(`Unknown cluster id "${clusterId}"; this result holds: ${known || '(no clusters)'}`);
  }
  const names = new Map<string, string>();
  // The policy log entries name the profile by id; framework ids take precedence over it.
  if (cluster.policy) names.set(cluster.policy.profile.id, cluster.policy.profile.label[lang]);
  for (const ind of cluster.indicators) names.set(ind.id, ind.label[lang]);
  for (const dim of cluster.dimensions) names.set(dim.id, dimensionName(dim, lang));
  for (const group of cluster.groups ?? []) names.set(group.id, group.label[lang]);
  for (const index of cluster.indices) names.set(index.id, index.label[lang]);
  return {
    result,
    cluster,
    lang,
    m: messagesFor(lang),
    f: formatterFor(lang),
    ...(history && { history }),
    scale: scoreScale(result),
    rankedCount: (kind, id) =>
      result.clusters.filter((c) => {
        const list: readonly { id: string; score: number | null }[] = kind === 'index' ? c.indices : c.dimensions;
        const found = list.find((x) => x.id === id);
        return found !== undefined && found.score !== null;
      }).length,
    nameOf: (id) => names.get(id) ?? id,
  };
}

/** The region as the report language shows it: the Chinese form where the survey gives one. */
export function regionName(cluster: ClusterResult, lang: Lang): string {
  return lang === 'zh' && cluster.regionZh !== undefined ? cluster.regionZh : cluster.region;
}

/** "D3 Proximity efficiency": the framework id doubles as the short code. */
export function dimensionName(dim: DimensionResult, lang: Lang): string {
  return `${dim.id} ${dim.label[lang]}`;
}

/** The index the report leads with, as the framework names it (`result.framework.headlineIndex`). */
export function headlineIndex(ctx: Pick<ReportContext, 'result' | 'cluster'>): IndexResult | undefined {
  return ctx.cluster.indices.find((i) => i.id === ctx.result.framework.headlineIndex);
}
