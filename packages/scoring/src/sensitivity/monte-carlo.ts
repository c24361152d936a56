import { stepParams, type ImputeParams, type NormaliseParams, type SensitivityParams } from '@clusterlens/schema';
import { missing, type Coin } from '../coin/coin.js';
import { impute, normalise, treat } from '../coin/steps.js';
import { blendPolicy } from '../policy/policy-alignment.js';
import { column, type Table } from '../table/table.js';
import { compileHierarchy, evaluate, scratch, type CompiledHierarchy } from './compiled.js';
import { sampleDraws } from './draws.js';
import { seededRandom } from './random.js';
import { rankInto, summary, type UnitSensitivity } from './summary.js';

/**
 * The normalised data of one pre-processing variant, by replaying the pipeline from the first
 * varied step: with imputation varied, from the raw data (impute or not, then the run's
 * treatment, then normalise); else from the data the run's normalisation read.
 */
export function variantTable(coin: Coin, imputation: ImputeParams | null | undefined, norm: NormaliseParams): Table {
  if (imputation === undefined) return normalise(coin, norm).data.normalised as Table;
  let c: Coin = { ...coin, log: [] };
  if (imputation !== null) c = impute(c, imputation);
  for (const entry of coin.log) if (entry.step === 'treat') c = treat(c, entry.params);
  return normalise(c, norm).data.normalised as Table;
}

function leafArrays(compiled: CompiledHierarchy, table: Table) {
  const values = Float64Array.from(compiled.codes.slice(0, compiled.leafCount).flatMap((code) => column(table, code).map((v) => v ?? NaN)));
  return { values, logs: values.map((v) => (v > 0 ? Math.log(v) : v === 0 ? -Infinity : NaN)) };
}

/** Every draw's score and rank of every target, unit-major (`[u * draws + d]`; NaN = not scored). */
export interface DrawScores {
  scores: Float64Array[];
  ranks: Float64Array[];
}

/**
 * The draws of a Monte Carlo on a coin that has run its pipeline: each draw takes its
 * imputation and normalisation variant (`variantTable`), then its aggregation and edge weights
 * through `evaluate` — the aggregate step on typed arrays, to the bit — then the run's policy
 * blend of the policy index (`blendPolicy`, the policy step's own arithmetic), then the ranks
 * the benchmark step would give (`rankInto`).
 */
export function drawScores(coin: Coin, params: SensitivityParams): DrawScores {
  const aggregate = stepParams(coin.log, 'aggregate') ?? missing('sensitivity', 'aggregate step');
  const policy = stepParams(coin.log, 'policy');
  const compiled = compileHierarchy(coin.hierarchy, aggregate);
  const units = coin.units.length;
  const { draws } = params;
  const variants = (params.imputations ?? [undefined]).flatMap((imp) => params.normalisations.map((norm) => leafArrays(compiled, variantTable(coin, imp, norm))));
  const fixed = (coin.records.policy ?? []).map((p) => p.policy.targetScore);
  const targets = params.targets.map((code) => ({ node: compiled.codes.indexOf(code), blend: policy !== undefined && policy.index === code }));
  const scores = targets.map(() => new Float64Array(draws * units));
  const ranks = targets.map(() => new Float64Array(draws * units));
  const values = new Float64Array(compiled.codes.length * units);
  const order = Array.from({ length: units }, (_, u) => u);
  const row = new Float64Array(units);
  const work = scratch(units);
  let d = 0;
  for (const draw of sampleDraws(params, compiled, seededRandom(params.seed))) {
    const leaf = variants[draw.imputation * params.normalisations.length + draw.normalisation] as ReturnType<typeof leafArrays>;
    values.set(leaf.values);
    evaluate(compiled, values, leaf.logs, units, draw.weights, draw.aggregation, aggregate.minCoverage, work);
    targets.forEach(({ node, blend }, t) => {
      for (let u = 0; u < units; u++) row[u] = node < 0 ? NaN : (values[node * units + u] as number);
      if (blend && policy) {
        for (let u = 0; u < units; u++) {
          const drawn = row[u] as number;
          row[u] = blendPolicy(fixed[u] ?? null, drawn === drawn ? drawn : null, policy).score ?? NaN;
        }
      }
      const out = scores[t] as Float64Array;
      for (let u = 0; u < units; u++) out[u * draws + d] = row[u] as number;
      rankInto(row, ranks[t] as Float64Array, draws, d, order);
    });
    d++;
  }
  return { scores, ranks };
}

/**
 * Seeded Monte Carlo uncertainty analysis (OECD/JRC Handbook 2008 §7; COINr `get_sensitivity`):
 * per target and unit, the median and 5th–95th percentiles (type 7) of the score and of the
 * rank over the draws in which the unit was scored.
 */
export function monteCarlo(coin: Coin, params: SensitivityParams): Map<string, UnitSensitivity[]> {
  const { scores, ranks } = drawScores(coin, params);
  const { draws } = params;
  const buffer = new Float64Array(draws);
  return new Map(
    params.targets.map((code, t) => [
      code,
      coin.units.map((_, u) => {
        const s = summary((scores[t] as Float64Array).subarray(u * draws, (u + 1) * draws), buffer);
        const r = summary((ranks[t] as Float64Array).subarray(u * draws, (u + 1) * draws), buffer);
        return { scoreMedian: s.median, scoreP5: s.p5, scoreP95: s.p95, rankMedian: r.median, rankP5: r.p5, rankP95: r.p95 };
      }),
    ]),
  );
}
