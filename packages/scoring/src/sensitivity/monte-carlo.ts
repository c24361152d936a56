import type { AggregationMethod, IndexSensitivity, NormalisationMethod } from '@clusterlens/schema';
import { normaliseTable, type NormaliseSpec } from '../table/normalise-table.js';
import type { Hierarchy } from '../table/hierarchy.js';
import { column, type Table } from '../table/table.js';
import { compileHierarchy, evaluate, scratch } from './compiled.js';
import { seededRandom } from './random.js';

/** What the Monte Carlo varies. */
export interface SensitivitySpec {
  /** Number of draws. __Default:__ 1000. */
  draws?: number;
  /** Seed of the pseudo-random draws (recorded, so the analysis can be repeated). __Default:__ 1. */
  seed?: number;
  /** Each edge weight is multiplied by a factor drawn uniformly from [1 − f, 1 + f]. __Default:__ 0.25. */
  weightFraction?: number;
  /** Normalisations drawn from (uniformly). __Default:__ the base one only. */
  normalisations?: readonly NormalisationMethod[];
  /** Aggregations drawn from (uniformly), for parents without their own method. __Default:__ arithmetic and geometric. */
  aggregations?: readonly AggregationMethod[];
}

export interface SensitivityBase {
  normalise: NormaliseSpec;
  minCoverage: number;
  /** Aggregate codes to report (the indices). */
  targets: readonly string[];
  /** Folds fixed per-unit scores into one target after each draw (the policy blend): a·fixed + b·drawn, missing parts dropped. */
  blend?: { code: string; fixed: readonly (number | null)[]; fixedWeight: number; drawnWeight: number };
}

export type UnitSensitivity = Omit<IndexSensitivity, 'index'>;

function quantileSorted(xs: Float64Array, n: number, p: number): number | null {
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = xs[lo] as number;
  return a + (h - lo) * ((xs[Math.min(lo + 1, n - 1)] as number) - a);
}

/** Median and 5th/95th percentiles of one unit's draws (NaN = not scored in that draw), sorted in `buffer`. */
function summary(samples: Float64Array, buffer: Float64Array): { median: number | null; p5: number | null; p95: number | null } {
  let n = 0;
  for (const v of samples) if (v === v) buffer[n++] = v;
  const present = buffer.subarray(0, n).sort();
  return { median: quantileSorted(present, n, 0.5), p5: quantileSorted(present, n, 0.05), p95: quantileSorted(present, n, 0.95) };
}

// Same ties as `rank`: scores equal to 12 significant digits (different summation paths of equal scores).
const tied = (a: number, b: number): boolean => a === b || (Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a)) && a.toPrecision(12) === b.toPrecision(12));

/**
 * Competition ranks (descending, ties share the lowest rank) of one draw's scores `row`; NaN
 * stays NaN. Results go to `out[u * stride + offset]` (unit-major storage of all draws).
 */
function rankInto(row: Float64Array, out: Float64Array, stride: number, offset: number, order: number[]): void {
  order.sort((a, b) => {
    const x = row[a] as number;
    const y = row[b] as number;
    return x !== x ? (y !== y ? 0 : 1) : y !== y ? -1 : y - x;
  });
  let rank = 0;
  let seen = 0;
  let previous = NaN;
  for (const u of order) {
    const v = row[u] as number;
    if (v !== v) {
      out[u * stride + offset] = NaN;
      continue;
    }
    seen++;
    if (!tied(v, previous)) rank = seen;
    previous = v;
    out[u * stride + offset] = rank;
  }
}

/**
 * Seeded Monte Carlo uncertainty analysis (OECD/JRC Handbook 2008 §7): each draw perturbs every
 * weight, picks a normalisation and an aggregation, re-scores every unit and ranks the units.
 * Returns, per target aggregate and unit, the median and the 5th–95th percentiles (type 7) of
 * the score and of the rank over the draws in which the unit was scored.
 * @example monteCarlo(table, hierarchy, { draws: 1000, seed: 7 }, { normalise: { method: 'minmax' }, minCoverage: 0, targets: ['Index'] })
 */
export function monteCarlo(raw: Table, hierarchy: Hierarchy, spec: SensitivitySpec, base: SensitivityBase): Map<string, UnitSensitivity[]> {
  const draws = spec.draws ?? 1000;
  const fraction = spec.weightFraction ?? 0.25;
  const normalisations = spec.normalisations ?? [base.normalise.method];
  const aggregations = spec.aggregations ?? ['arithmetic', 'geometric'];
  const random = seededRandom(spec.seed ?? 1);
  const compiled = compileHierarchy(hierarchy);
  const units = raw.units.length;
  const leaves = normalisations.map((method) => {
    const table = normaliseTable(raw, hierarchy.leaves, { ...base.normalise, method }).table;
    const values = Float64Array.from(hierarchy.leaves.flatMap((l) => column(table, l.code).map((v) => v ?? NaN)));
    return { values, logs: values.map((v) => (v > 0 ? Math.log(v) : v === 0 ? -Infinity : NaN)) };
  });
  const nominal = Float64Array.from(compiled.parents.flatMap((p) => [...p.weights]));
  const weights = new Float64Array(nominal.length);
  const values = new Float64Array(compiled.codes.length * units);
  const targets = base.targets.map((code) => compiled.codes.indexOf(code));
  // Unit-major: the draws of one unit are contiguous, ready for its percentiles.
  const scores = targets.map(() => new Float64Array(draws * units));
  const ranks = targets.map(() => new Float64Array(draws * units));
  const order = Array.from({ length: units }, (_, u) => u);
  const row = new Float64Array(units);
  const work = scratch(units);
  for (let d = 0; d < draws; d++) {
    const leaf = leaves[Math.floor(random() * leaves.length)] as (typeof leaves)[number];
    const method = aggregations[Math.floor(random() * aggregations.length)] as AggregationMethod;
    for (let e = 0; e < nominal.length; e++) weights[e] = (nominal[e] as number) * (1 - fraction + 2 * fraction * random());
    values.set(leaf.values);
    evaluate(compiled, values, leaf.logs, units, weights, method, base.minCoverage, work);
    targets.forEach((node, t) => {
      for (let u = 0; u < units; u++) row[u] = node < 0 ? NaN : (values[node * units + u] as number);
      if (base.blend && base.blend.code === base.targets[t]) blendInto(row, base.blend, base.minCoverage);
      const out = scores[t] as Float64Array;
      for (let u = 0; u < units; u++) out[u * draws + d] = row[u] as number;
      rankInto(row, ranks[t] as Float64Array, draws, d, order);
    });
  }
  const buffer = new Float64Array(draws);
  return new Map(
    base.targets.map((code, t) => [
      code,
      Array.from({ length: units }, (_, u) => {
        const s = summary((scores[t] as Float64Array).subarray(u * draws, (u + 1) * draws), buffer);
        const r = summary((ranks[t] as Float64Array).subarray(u * draws, (u + 1) * draws), buffer);
        return { scoreMedian: s.median, scoreP5: s.p5, scoreP95: s.p95, rankMedian: r.median, rankP5: r.p5, rankP95: r.p95 };
      }),
    ]),
  );
}

function blendInto(row: Float64Array, blend: NonNullable<SensitivityBase['blend']>, minCoverage: number): void {
  const total = blend.fixedWeight + blend.drawnWeight;
  for (let u = 0; u < row.length; u++) {
    const fixed = blend.fixed[u] ?? null;
    const drawn = row[u] as number;
    const drawnOk = !Number.isNaN(drawn) && drawn >= 0 && drawn <= 100;
    const covered = (fixed === null ? 0 : blend.fixedWeight) + (drawnOk ? blend.drawnWeight : 0);
    if (covered === 0 || covered / total + 1e-12 < minCoverage) row[u] = NaN;
    else row[u] = ((fixed === null ? 0 : blend.fixedWeight * fixed) + (drawnOk ? blend.drawnWeight * drawn : 0)) / covered;
  }
}
