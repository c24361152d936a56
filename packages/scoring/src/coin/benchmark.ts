import type { BenchmarkParams } from '@clusterlens/schema';
import { median } from '../median.js';
import { present } from '../methods/vector.js';
import { specialisation } from '../peers/specialisation.js';
import { percentile } from '../percentile.js';
import { rank } from '../rank.js';
import { latestScores, withStep, type Coin } from './coin.js';
import type { Benchmark } from './records.js';

/**
 * Ranks (descending; ties — equal doubles — share the lowest rank, as R's
 * `rank(-x, ties.method = "min")`), percentiles and the peer median of every code of the final
 * scores; for surveys also the peer median of each indicator's value — only over clusters with
 * sufficient data, since a value from too few members is neither reliable nor anonymous enough
 * to show others — and specialisation with the peer tests.
 * @example benchmark(coin, { ties: 'min' })
 */
export function benchmark(coin: Coin, params: BenchmarkParams): Coin {
  const scores = latestScores(coin);
  const codes = [...scores.columns.keys()];
  const columnOf = (code: string) => scores.columns.get(code) ?? [];
  const record: Benchmark = {
    ranks: new Map(codes.map((code) => [code, rank(columnOf(code))])),
    percentiles: new Map(codes.map((code) => [code, percentile(columnOf(code))])),
    medians: new Map(codes.map((code) => [code, median(present(columnOf(code)))])),
  };
  const measured = coin.records.measured;
  const inputs = coin.survey;
  if (measured && inputs) {
    const indicators = inputs.framework.dimensions.flatMap((d) => d.indicators);
    record.valueMedians = new Map(
      indicators.map((ind, k) => [
        ind.id,
        median(
          measured.flatMap((m) => {
            const r = m[k]?.result;
            return r?.status === 'ok' && r.value !== null ? [r.value] : [];
          }),
        ),
      ]),
    );
    record.specialisation = specialisation(inputs.surveys, inputs.framework);
  }
  return withStep(coin, 'benchmark', params, { records: { benchmark: record } });
}
