import type { ClusterSurvey, Framework, IndicatorResult, LogEntry } from '@clusterlens/schema';
import type { Aggregated } from './methods/aggregate-vector.js';
import { frameworkHierarchy, shares, type ParentKind } from './framework-hierarchy.js';
import { measureIndicator, type MeasuredIndicator } from './score-indicator.js';
import { aggregationLog, normalisationLog } from './run-log.js';
import { surveySpec, type ScoringMethod } from './scoring-method.js';
import { aggregateTable } from './table/aggregate-table.js';
import type { Hierarchy } from './table/hierarchy.js';
import { imputeTable } from './table/impute-table.js';
import { normaliseTable } from './table/normalise-table.js';
import { column, type Table } from './table/table.js';
import { treatTable } from './table/treat-table.js';

/** Per cluster (run order): its indicators, parent scores and detail, and its log — before ranks and peers. */
export interface RunScores {
  hierarchy: Hierarchy;
  kinds: Map<string, ParentKind>;
  /** Indicator values that entered normalisation (after imputation and treatment), over the clusters. */
  input: Table;
  /** Normalised indicator columns and aggregate columns over the clusters. */
  scores: Table;
  detail: Map<string, Aggregated[]>;
  clusters: { indicators: IndicatorResult[]; log: LogEntry[] }[];
}

/**
 * Scores the indicators of every cluster of a run and aggregates them up the framework:
 *
 *   member answers ─▶ value + sufficiency ─▶ imputation? ─▶ outlier treatment? ─▶ normalisation ─▶ aggregation
 *   (each cluster)                            (across the clusters of the run: the units scored together)
 *
 * Goalposts (the default) make each cluster's scores independent of the others; the other
 * normalisations compare the clusters of the run.
 */
export function scoreRun(surveys: readonly ClusterSurvey[], framework: Framework, method: ScoringMethod): RunScores {
  const { hierarchy, kinds } = frameworkHierarchy(framework);
  const indicatorsOf = framework.dimensions.map((d) => ({ d, weights: shares(d.indicators.map((i) => i.weight)) }));
  const measured: MeasuredIndicator[][] = surveys.map((survey) =>
    indicatorsOf.flatMap(({ d, weights }) => d.indicators.map((ind, j) => measureIndicator(ind, d.id, weights[j] as number, survey, framework))),
  );
  const indicators = framework.dimensions.flatMap((d) => d.indicators);
  const units = surveys.map((_, c) => String(c));
  let raw: Table = { units, columns: new Map(indicators.map((ind, k) => [ind.id, measured.map((m) => m[k]?.usable ?? null)])) };
  const extra = surveys.map(() => new Map<string, LogEntry[]>());
  const note = (c: number, id: string, entry: LogEntry) => extra[c]?.set(id, [...(extra[c]?.get(id) ?? []), entry]);
  const imputed = new Set<string>();
  if (method.imputation) {
    const { groupBy } = method.imputation;
    const groups = surveys.map((s) => (groupBy === undefined ? null : (s.cluster[groupBy] ?? null)));
    const out = imputeTable(raw, hierarchy.leaves, method.imputation.method, groups);
    raw = out.table;
    for (const cell of out.imputed) {
      imputed.add(`${cell.index}:${cell.code}`);
      note(cell.index, cell.code, { step: 'imputation', code: 'value_imputed', target: cell.code, params: { value: cell.value, method: method.imputation.method } });
    }
  }
  if (method.outliers) {
    const out = treatTable(raw, hierarchy.leaves, method.outliers);
    raw = out.table;
    for (const p of out.points) {
      note(p.index, p.code, { step: 'outliers', code: p.how === 'log' ? 'value_log_transformed' : 'value_winsorised', target: p.code, params: { from: p.from, to: p.to } });
    }
  }
  const normalised = normaliseTable(raw, hierarchy.leaves, surveySpec(method)).table;
  const { minCoverage } = framework.sufficiency;
  const aggregated = aggregateTable(normalised, hierarchy, { method: method.aggregation, minCoverage });
  const clusters = surveys.map((_, c) => {
    const log: LogEntry[] = [];
    const results: IndicatorResult[] = [];
    let k = 0;
    for (const { d } of indicatorsOf) {
      const effective = aggregated.detail.get(d.id)?.[c]?.effective ?? [];
      d.indicators.forEach((ind, j) => {
        const m = measured[c]?.[k++] as MeasuredIndicator;
        const value = column(raw, ind.id)[c] ?? null;
        const score = column(normalised, ind.id)[c] ?? null;
        log.push(...m.log, ...(extra[c]?.get(ind.id) ?? []), ...normalisationLog(ind, value, score, method));
        const wasImputed = imputed.has(`${c}:${ind.id}`);
        results.push({ ...m.result, score, effectiveWeight: effective[j] ?? 0, ...(wasImputed ? { imputed: true } : {}) });
      });
      const detail = aggregated.detail.get(d.id)?.[c];
      if (detail) log.push(...aggregationLog(d.id, 'dimension', detail, minCoverage));
    }
    for (const parent of hierarchy.parents) {
      const kind = kinds.get(parent.code);
      const detail = aggregated.detail.get(parent.code)?.[c];
      if (kind !== 'dimension' && kind !== undefined && detail) log.push(...aggregationLog(parent.code, kind, detail, minCoverage));
    }
    return { indicators: results, log };
  });
  return { hierarchy, kinds, input: raw, scores: aggregated.table, detail: aggregated.detail, clusters };
}
