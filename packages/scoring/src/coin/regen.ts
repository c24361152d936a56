import type { MethodStep } from '@clusterlens/schema';
import { actions } from './actions-step.js';
import { baseline } from './baseline-step.js';
import { benchmark } from './benchmark.js';
import { newCoin, type Coin } from './coin.js';
import { measure } from './measure.js';
import { members } from './members-step.js';
import { policy } from './policy-step.js';
import { sensitivity } from './sensitivity-step.js';
import { aggregate, impute, normalise, treat } from './steps.js';

/** Applies one logged step: the step registry, by name. */
export function applyStep(coin: Coin, entry: MethodStep): Coin {
  switch (entry.step) {
    case 'measure':
      return measure(coin, entry.params);
    case 'impute':
      return impute(coin, entry.params);
    case 'treat':
      return treat(coin, entry.params);
    case 'normalise':
      return normalise(coin, entry.params);
    case 'aggregate':
      return aggregate(coin, entry.params);
    case 'members':
      return members(coin, entry.params);
    case 'policy':
      return policy(coin, entry.params);
    case 'actions':
      return actions(coin, entry.params);
    case 'benchmark':
      return benchmark(coin, entry.params);
    case 'baseline':
      return baseline(coin, entry.params);
    case 'sensitivity':
      return sensitivity(coin, entry.params);
    default: {
      const unknown: never = entry;
      throw new Error(`applyStep: unknown step ${JSON.stringify(unknown)}`);
    }
  }
}

/** The coin before any step: its structure and inputs, and the raw data unless member aggregation writes it. */
export function origin(coin: Coin): Coin {
  const measured = coin.log[0]?.step === 'measure';
  return newCoin(coin.hierarchy, coin.units, coin.engineVersion, measured ? undefined : coin.data.raw, coin.survey);
}

/**
 * Rebuilds a coin from its inputs by replaying its log, optionally edited — the basis of "what
 * if" analysis (COINr `Regen`). `regen(coin)` deep-equals `coin`.
 * @example regen(coin, (log) => log.map((s) => (s.step === 'aggregate' ? { ...s, params: { ...s.params, method: 'geometric' } } : s)))
 */
export function regen(coin: Coin, edit: (log: readonly MethodStep[]) => readonly MethodStep[] = (log) => log): Coin {
  return edit(coin.log).reduce(applyStep, origin(coin));
}
