import type { BenchmarkParams, PeerGroup } from '@clusterlens/schema';
import { median } from '../median.js';
import { present } from '../methods/vector.js';
import { groupMembers, peerGroups } from '../peers/peer-groups.js';
import { specialisation } from '../peers/specialisation.js';
import { percentile } from '../percentile.js';
import { rank } from '../rank.js';
import { latestScores, withStep, type Coin } from './coin.js';
import type { Benchmark } from './records.js';

/** Per unit, the median of `values` over its group's members; `null` for a unit without a compared group. */
const groupMedian = (values: readonly (number | null)[], members: readonly (number[] | null)[]): (number | null)[] =>
  members.map((m) => (m === null ? null : median(present(m.map((i) => values[i] ?? null)))));

/**
 * Ranks (descending; ties — equal doubles — share the lowest rank, as R's
 * `rank(-x, ties.method = "min")`) and percentiles of every code of the final scores among all
 * units of the run; the peer median of every code only within each unit's peer group (surveys:
 * same peer-group key, at least `minPeers` clusters — see `peerGroups`; without `minPeers` the
 * run is one group). For surveys also the peer median of each indicator's value — only over
 * clusters with sufficient data, since a value from too few members is neither reliable nor
 * anonymous enough to show others — and specialisation with the peer tests within the group.
 * @example benchmark(coin, { ties: 'min', minPeers: 5 })
 */
export function benchmark(coin: Coin, params: BenchmarkParams): Coin {
  const scores = latestScores(coin);
  const codes = [...scores.columns.keys()];
  const columnOf = (code: string) => scores.columns.get(code) ?? [];
  const inputs = coin.survey;
  const groups: PeerGroup[] | undefined = inputs && params.minPeers !== undefined ? peerGroups(inputs.surveys, params.minPeers, params.peerGroups) : undefined;
  const members = groups ? groupMembers(groups) : coin.units.map(() => coin.units.map((_, i) => i));
  const record: Benchmark = {
    ranks: new Map(codes.map((code) => [code, rank(columnOf(code))])),
    percentiles: new Map(codes.map((code) => [code, percentile(columnOf(code))])),
    medians: new Map(codes.map((code) => [code, groupMedian(columnOf(code), members)])),
    ...(groups ? { peers: groups } : {}),
  };
  const measured = coin.records.measured;
  if (measured && inputs) {
    const indicators = inputs.framework.dimensions.flatMap((d) => d.indicators);
    record.valueMedians = new Map(
      indicators.map((ind, k) => {
        const values = measured.map((m) => {
          const r = m[k]?.result;
          return r?.status === 'ok' && r.value !== null ? r.value : null;
        });
        return [ind.id, groupMedian(values, members)];
      }),
    );
    record.specialisation = specialisation(inputs.surveys, inputs.framework, members);
  }
  return withStep(coin, 'benchmark', params, { records: { benchmark: record } });
}
