import { stepParams, type ClusterResult, type ClusterSurvey, type Framework, type RegionalFact, type DimensionResult, type IndexResult, type IndicatorResult, type LogEntry, type PeerGroup } from '@clusterlens/schema';
import { latestInput, latestScores, type Coin, type SurveyInputs } from './coin/coin.js';
import type { CoinRecords } from './coin/records.js';
import { frameworkHierarchy, shares, type ParentKind } from './framework-hierarchy.js';
import { respondentProfile } from './respondent-profile.js';
import { aggregationLog, normalisationLog } from './run-log.js';
import { column } from './table/table.js';

type Records = CoinRecords & Required<Pick<CoinRecords, 'measured'>>;

/** What every cluster's assembly reads: the final coin, its inputs and records, and the step parameters the log texts name. */
export interface Assembly {
  coin: Coin;
  inputs: SurveyInputs;
  records: Records;
  kinds: ReadonlyMap<string, ParentKind>;
}

/** The assembly context of a coin that has run member aggregation. */
export function assembly(coin: Coin, inputs: SurveyInputs, records: Records): Assembly {
  return { coin, inputs, records, kinds: frameworkHierarchy(inputs.framework).kinds };
}

/** Which peer group the cluster was compared within, or why it was not. */
function peerLog(peers: PeerGroup, clusterId: string): LogEntry {
  const params = { size: peers.size, minSize: peers.minSize };
  if (peers.key === null) return { step: 'benchmark', code: 'no_peer_group', target: clusterId, params: {} };
  return { step: 'benchmark', code: peers.compared ? 'peer_group_compared' : 'peer_group_too_small', target: peers.key, params };
}

/** The survey's regional statistics with their source and year, in the framework's order (none: no field). */
function regionalFacts(survey: ClusterSurvey, framework: Framework): { regional?: RegionalFact[] } {
  const facts = framework.regional.flatMap((stat): RegionalFact[] => {
    const value = survey.regional[stat.key];
    if (value === undefined) return [];
    const source = survey.regionalSources?.[stat.key];
    return [{ key: stat.key, label: { ...stat.label }, unit: { ...stat.unit }, ...(stat.kind ? { kind: stat.kind } : {}), value, ...(source?.source !== undefined ? { source: source.source } : {}), ...(source?.year !== undefined ? { year: source.year } : {}) }];
  });
  return facts.length > 0 ? { regional: facts } : {};
}

/** What the pipeline did to the indicators of cluster `c`, in framework order: results with score and weights, and the log. */
function indicatorsOf({ coin, inputs, records, kinds }: Assembly, c: number): { indicators: IndicatorResult[]; log: LogEntry[] } {
  const { framework } = inputs;
  const input = latestInput(coin, 'normalise');
  const normalised = coin.data.normalised;
  const norm = stepParams(coin.log, 'normalise');
  const aggregate = stepParams(coin.log, 'aggregate');
  const imputation = stepParams(coin.log, 'impute');
  const measured = records.measured[c] ?? [];
  const imputed = new Map(records.imputed.filter((cell) => cell.index === c).map((cell) => [cell.code, cell]));
  const treated = records.treated.filter((p) => p.index === c);
  const log: LogEntry[] = [];
  const indicators: IndicatorResult[] = [];
  let k = 0;
  for (const d of framework.dimensions) {
    const detail = records.aggregation.get(d.id)?.[c];
    d.indicators.forEach((ind, j) => {
      const m = measured[k++];
      if (m === undefined) return;
      const cell = imputed.get(ind.id);
      const score = normalised ? (column(normalised, ind.id)[c] ?? null) : null;
      log.push(...m.log);
      if (cell && imputation) log.push({ step: 'imputation', code: 'value_imputed', target: ind.id, params: { value: cell.value, method: imputation.method } });
      for (const p of treated.filter((t) => t.code === ind.id)) {
        log.push({ step: 'outliers', code: p.how === 'log' ? 'value_log_transformed' : 'value_winsorised', target: ind.id, params: { from: p.from, to: p.to } });
      }
      if (norm) log.push(...normalisationLog(ind, column(input, ind.id)[c] ?? null, score, norm));
      const peerMedian = records.benchmark?.valueMedians?.get(ind.id)?.[c] ?? null;
      const baseline = records.baseline?.clusters[c]?.indicators.get(ind.id);
      indicators.push({ ...m.result, score, effectiveWeight: detail?.effective[j] ?? 0, ...(cell ? { imputed: true } : {}), peerMedian, ...(baseline ? { baseline } : {}) });
    });
    if (detail && aggregate) log.push(...aggregationLog(d.id, 'dimension', detail, aggregate.minCoverage));
  }
  for (const parent of coin.hierarchy.parents) {
    const kind = kinds.get(parent.code);
    const detail = records.aggregation.get(parent.code)?.[c];
    if (kind !== 'dimension' && kind !== undefined && detail && aggregate) log.push(...aggregationLog(parent.code, kind, detail, aggregate.minCoverage));
  }
  log.push(...(records.policy?.[c]?.log ?? []));
  const peers = records.benchmark?.peers?.[c];
  if (peers) log.push(peerLog(peers, inputs.surveys[c]?.cluster.id ?? String(c)));
  log.push(...(records.baseline?.clusters[c]?.log ?? []));
  return { indicators, log };
}

/**
 * The result of cluster `c` (run order) from what the steps of the pipeline wrote: respondent
 * profile, indices, dimensions, groups and indicators in framework order with their scores,
 * ranks, peer medians, baseline changes and sensitivity, the log, and the analyses. Built once,
 * at the end: no step fills in another step's fields.
 */
export function assembleCluster(context: Assembly, c: number): ClusterResult {
  const { coin, inputs, records } = context;
  const { framework } = inputs;
  const survey = inputs.surveys[c];
  if (survey === undefined) throw new Error(`assembleCluster: no survey ${c}`);
  const scores = latestScores(coin);
  const bench = records.benchmark;
  const changes = records.baseline?.clusters[c] ?? null;
  const scored = (id: string) => ({ score: column(scores, id)[c] ?? null, coverage: records.aggregation.get(id)?.[c]?.coverage ?? 0 });
  const indices: IndexResult[] = framework.indices.map((index) => {
    const detail = records.aggregation.get(index.id)?.[c];
    const weights = shares(index.components.map((k) => k.weight));
    const sensitivity = records.sensitivity?.get(index.id)?.[c];
    const baseline = changes?.indices.get(index.id);
    return {
      id: index.id,
      label: { ...index.label },
      ...scored(index.id),
      rank: bench?.ranks.get(index.id)?.[c] ?? null,
      percentile: bench?.percentiles.get(index.id)?.[c] ?? null,
      peerMedian: bench?.medians.get(index.id)?.[c] ?? null,
      components: index.components.map((k, j) => ({ dimension: k.dimension, weight: weights[j] as number, effectiveWeight: detail?.effective[j] ?? 0 })),
      ...(sensitivity ? { sensitivity: { index: index.id, ...sensitivity } } : {}),
      ...(baseline ? { baseline } : {}),
    };
  });
  const dimensions: DimensionResult[] = framework.dimensions.map((d) => {
    const baseline = changes?.dimensions.get(d.id);
    return { id: d.id, label: { ...d.label }, ...scored(d.id), rank: bench?.ranks.get(d.id)?.[c] ?? null, peerMedian: bench?.medians.get(d.id)?.[c] ?? null, ...(baseline ? { baseline } : {}) };
  });
  const groups = (framework.groups ?? []).map((g) => ({ id: g.id, label: { ...g.label }, ...scored(g.id), rank: null, peerMedian: null }));
  const { indicators, log } = indicatorsOf(context, c);
  const { cluster } = survey;
  const integration = records.integration?.[c];
  const special = bench?.specialisation?.[c];
  const own = records.members?.[c];
  const policy = records.policy?.[c]?.policy;
  const peers = bench?.peers?.[c];
  return {
    id: cluster.id,
    name: { ...cluster.name },
    region: cluster.region,
    ...(cluster.regionZh !== undefined ? { regionZh: cluster.regionZh } : {}),
    ...regionalFacts(survey, framework),
    industryCode: cluster.industryCode ?? null,
    surveyYear: cluster.surveyYear,
    currency: cluster.currency ?? null,
    ...(cluster.contacts ? { contacts: structuredClone(cluster.contacts) } : {}),
    respondents: respondentProfile(survey, framework),
    indices,
    dimensions,
    ...(groups.length === 0 ? {} : { groups }),
    indicators,
    log,
    sources: survey.sources.map((s) => ({ ...s })),
    ...(integration ? { integration } : {}),
    ...(special ? { specialisation: special } : {}),
    ...(own ? { memberDistribution: own.distribution, members: own.members, memberGroups: own.groups } : {}),
    ...(policy ? { policy } : {}),
    ...(changes ? { baseline: changes.info } : {}),
    ...(peers ? { peers: { ...peers } } : {}),
  };
}
