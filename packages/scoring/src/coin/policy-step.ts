import type { PolicyParams } from '@clusterlens/schema';
import { alignPolicy } from '../policy/policy-alignment.js';
import { column, withColumns } from '../table/table.js';
import { missing, withStep, type Coin } from './coin.js';

/**
 * Policy alignment of every cluster with the run's policy profile (see `alignPolicy`), and the
 * Policy Alignment Index: a new data set `blended` — the aggregated scores with the policy
 * index's column replaced by the blend of target attainment and policy uptake (that index's
 * aggregated score). The aggregated data set is left as aggregation wrote it.
 * @example policy(coin, { profile: 'miit@1.0', index: 'policy_alignment', targetWeight: 0.75, uptakeWeight: 0.25, minCoverage: 0.5, partialCredit: 'linear' })
 */
export function policy(coin: Coin, params: PolicyParams): Coin {
  const inputs = coin.survey ?? missing('policy', 'surveys');
  const profile = inputs.policy ?? missing('policy', 'policy profile');
  const aggregated = coin.data.aggregated ?? missing('policy', 'aggregated data');
  const measured = coin.records.measured ?? missing('policy', 'measured indicators');
  const uptake = params.index === undefined ? undefined : column(aggregated, params.index);
  const aligned = inputs.surveys.map((survey, c) =>
    alignPolicy(profile, survey, { indicators: (measured[c] ?? []).map((m) => m.result) }, uptake?.[c] ?? null, params),
  );
  const blended = params.index === undefined ? aggregated : withColumns(aggregated, new Map([[params.index, aligned.map((a) => a.policy.score)]]));
  return withStep(coin, 'policy', params, { data: { blended }, records: { policy: aligned } });
}
