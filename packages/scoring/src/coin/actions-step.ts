import type { ActionsParams, MethodStep, PolicyAction, PolicyGap, PolicyProfile } from '@clusterlens/schema';
import { column, withColumns } from '../table/table.js';
import { latestScores, missing, withStep, type Coin } from './coin.js';
import { policy } from './policy-step.js';
import { aggregate, impute, normalise, treat } from './steps.js';

/** The steps after member aggregation that a changed indicator value flows through to the indices. */
const TAIL = new Set(['impute', 'treat', 'normalise', 'aggregate', 'policy']);

function replayTail(coin: Coin, log: readonly MethodStep[]): Coin {
  return log.reduce((c, entry) => {
    switch (entry.step) {
      case 'impute':
        return impute(c, entry.params);
      case 'treat':
        return treat(c, entry.params);
      case 'normalise':
        return normalise(c, entry.params);
      case 'aggregate':
        return aggregate(c, entry.params);
      case 'policy':
        return policy(c, entry.params);
      default:
        return c;
    }
  }, coin);
}

/** The coin just after member aggregation, with cluster c's indicator `id` measured at `value`. */
function withValue(coin: Coin, c: number, id: string, value: number): Coin {
  const measured = coin.records.measured ?? missing('actions', 'measured indicators');
  const raw = coin.data.raw ?? missing('actions', 'raw data');
  const values = [...column(raw, id)];
  values[c] = value;
  const changed = measured.map((m, u) => (u !== c ? m : m.map((x) => (x.result.id !== id ? x : { ...x, usable: value, result: { ...x.result, value, status: 'ok' as const } }))));
  const end = coin.log.findIndex((s) => s.step === 'measure') + 1;
  return {
    ...coin,
    data: { raw: withColumns(raw, new Map([[id, values]])) },
    log: coin.log.slice(0, end),
    records: { imputed: [], treated: [], notes: [], aggregation: new Map(), measured: changed, ...(coin.records.integration ? { integration: coin.records.integration } : {}) },
  };
}

function actionInfo(profile: PolicyProfile, gap: PolicyGap): Pick<PolicyAction, 'measure' | 'actor' | 'horizon'> {
  const priority = profile.priorities.find((p) => p.id === gap.priority);
  const target = priority?.targets.find((t) => t.indicator === gap.indicator);
  const measure = target?.measure ?? priority?.measure;
  const actor = target?.actor ?? priority?.actor;
  const horizon = target?.horizon ?? priority?.horizon;
  return { ...(measure ? { measure: { ...measure } } : {}), ...(actor ? { actor } : {}), ...(horizon ? { horizon } : {}) };
}

/**
 * The action plan of every cluster: for each missed policy target (a gap), the indicator is set
 * to its target for that cluster alone and the pipeline's tail — imputation, treatment,
 * normalisation, aggregation and the policy blend, with the logged parameters — is replayed;
 * the gain of each index is the what-if score minus the score. The `maxActions` gaps with the
 * largest total gain (profile order on ties) become the plan, with the measure, actor and
 * horizon the profile gives the target or its priority.
 * @example actions(coin, { maxActions: 5 })
 */
export function actions(coin: Coin, params: ActionsParams): Coin {
  const inputs = coin.survey ?? missing('actions', 'surveys');
  const profile = inputs.policy ?? missing('actions', 'policy profile');
  const aligned = coin.records.policy ?? missing('actions', 'policy alignment');
  const tail = coin.log.filter((s) => TAIL.has(s.step));
  const now = latestScores(coin);
  const indices = inputs.framework.indices.map((x) => x.id);
  const plans = aligned.map((a, c) => {
    const candidates = a.policy.gaps.map((gap): PolicyAction => {
      const scores = latestScores(replayTail(withValue(coin, c, gap.indicator, gap.target), tail));
      const gains = indices.flatMap((index) => {
        const before = column(now, index)[c] ?? null;
        const after = column(scores, index)[c] ?? null;
        return before === null || after === null ? [] : [{ index, points: after - before }];
      });
      const total = gains.reduce((sum, g) => sum + Math.max(0, g.points), 0);
      const { priority, priorityLabel, indicator, indicatorLabel, op, target, value, recommendation } = gap;
      return { priority, priorityLabel, indicator, indicatorLabel, op, target, ...(gap.strict ? { strict: true } : {}), value, source: gap.source ?? 'framework', gains, total, recommendation, ...actionInfo(profile, gap) };
    });
    // Stable sort: equal gains keep the order of the gaps.
    return candidates.filter((x) => x.total > 0).sort((x, y) => y.total - x.total).slice(0, params.maxActions);
  });
  const policyRecords = aligned.map((a, c) => ({ ...a, policy: { ...a.policy, actions: plans[c] ?? [] } }));
  return withStep(coin, 'actions', params, { records: { policy: policyRecords } });
}
