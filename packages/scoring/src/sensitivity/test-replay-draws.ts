// Test-only (excluded from the build): the Monte Carlo done the slow, obvious way — every draw's
// parameters written into the step log and the whole pipeline replayed — the reference the
// compiled evaluator must equal.
import { stepParams, type AggregateParams, type MethodStep, type SensitivityParams } from '@clusterlens/schema';
import { latestScores, type Coin } from '../coin/coin.js';
import { regen } from '../coin/regen.js';
import { compileHierarchy, type CompiledHierarchy } from './compiled.js';
import { sampleDraws, type Draw } from './draws.js';
import type { DrawScores } from './monte-carlo.js';
import { seededRandom } from './random.js';

function drawnAggregate(draw: Draw, compiled: CompiledHierarchy, base: AggregateParams): AggregateParams {
  const weights: Record<string, Record<string, number>> = {};
  let edge = 0;
  for (const parent of compiled.parents) {
    weights[parent.code] = Object.fromEntries(parent.childCodes.map((code) => [code, draw.weights[edge++] as number]));
  }
  return { ...base, method: draw.aggregation, weights };
}

/** The draw's log: its imputation (replaced, dropped or inserted before treatment), normalisation and aggregation; no steps after the benchmark. */
function drawnLog(log: readonly MethodStep[], draw: Draw, params: SensitivityParams, aggregate: AggregateParams): MethodStep[] {
  const imputation = params.imputations?.[draw.imputation];
  const v = log[0]?.engineVersion ?? '';
  const out: MethodStep[] = [];
  for (const entry of log) {
    if (entry.step === 'sensitivity' || entry.step === 'baseline' || entry.step === 'members') continue;
    if (entry.step === 'impute' && imputation !== undefined) continue;
    if ((entry.step === 'treat' || entry.step === 'normalise') && imputation && !out.some((e) => e.step === 'impute')) out.push({ step: 'impute', params: imputation, engineVersion: v });
    if (entry.step === 'normalise') out.push({ ...entry, params: params.normalisations[draw.normalisation] ?? entry.params });
    else if (entry.step === 'aggregate') out.push({ ...entry, params: aggregate });
    else out.push(entry);
  }
  return out;
}

export function drawsByReplay(coin: Coin, params: SensitivityParams): DrawScores {
  const base = stepParams(coin.log, 'aggregate') as AggregateParams;
  const compiled = compileHierarchy(coin.hierarchy, base);
  const units = coin.units.length;
  const scores = params.targets.map(() => new Float64Array(params.draws * units).fill(NaN));
  const ranks = params.targets.map(() => new Float64Array(params.draws * units).fill(NaN));
  let d = 0;
  for (const draw of sampleDraws(params, compiled, seededRandom(params.seed))) {
    const replayed = regen(coin, (log) => drawnLog(log, draw, params, drawnAggregate(draw, compiled, base)));
    const table = latestScores(replayed);
    params.targets.forEach((code, t) => {
      const rank = replayed.records.benchmark?.ranks.get(code);
      table.columns.get(code)?.forEach((v, u) => {
        (scores[t] as Float64Array)[u * params.draws + d] = v ?? NaN;
        (ranks[t] as Float64Array)[u * params.draws + d] = rank?.[u] ?? NaN;
      });
    });
    d++;
  }
  return { scores, ranks };
}
