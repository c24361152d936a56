import type { AggregationMethod, SensitivityParams } from '@clusterlens/schema';
import type { CompiledHierarchy } from './compiled.js';

/** The choices of one draw: which pre-processing variant (imputation × normalisation), which aggregation, and every edge weight. */
export interface Draw {
  imputation: number;
  normalisation: number;
  aggregation: AggregationMethod;
  weights: Float64Array;
}

/**
 * Draws the parameters of every draw from the seeded stream, in this order per draw:
 * imputation (only when `imputations` is given), normalisation, aggregation (uniformly from
 * their lists), then each edge weight × U(1 − f, 1 + f) in hierarchy order. `weights` is reused
 * between draws: consume each draw before asking for the next.
 */
export function* sampleDraws(params: SensitivityParams, compiled: CompiledHierarchy, random: () => number): Generator<Draw> {
  const nominal = Float64Array.from(compiled.parents.flatMap((p) => [...p.weights]));
  const weights = new Float64Array(nominal.length);
  const f = params.weightFraction;
  for (let d = 0; d < params.draws; d++) {
    const imputation = params.imputations === undefined ? 0 : Math.floor(random() * params.imputations.length);
    const normalisation = Math.floor(random() * params.normalisations.length);
    const aggregation = params.aggregations[Math.floor(random() * params.aggregations.length)] as AggregationMethod;
    for (let e = 0; e < nominal.length; e++) weights[e] = (nominal[e] as number) * (1 - f + 2 * f * random());
    yield { imputation, normalisation, aggregation, weights };
  }
}
