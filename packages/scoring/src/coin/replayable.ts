import { localized, type MethodRecord, type MethodStep } from '@clusterlens/schema';
import { messages } from '../messages/index.js';

/** The first value in `value` that JSON cannot carry unchanged (a non-finite number, −0, `undefined`): its path and what it is. */
function notJson(value: unknown, path: string): { path: string; value: string } | null {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? null : { path, value: Object.is(value, -0) ? '-0' : String(value) };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = notJson(value[i], `${path}/${i}`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, v] of Object.entries(value)) {
      const found = notJson(v, `${path}/${key}`);
      if (found) return found;
    }
    return null;
  }
  return { path, value: typeof value };
}

/**
 * Whether the recorded log can regenerate the result: every parameter must survive the trip
 * through results.json. A parameter JSON cannot hold (Infinity as a threshold, say) is written
 * as something else, so replaying the written log would compute another result.
 * @example replayability([{ step: 'treat', params: { skewness: Infinity, kurtosis: 3.5, maxPoints: 5 }, engineVersion: '1' }]).replayable // false
 */
export function replayability(steps: readonly MethodStep[]): Omit<MethodRecord, 'steps'> {
  for (let i = 0; i < steps.length; i++) {
    const entry = steps[i] as MethodStep;
    const found = notJson(entry.params, '/params');
    if (found) return { replayable: false, reason: localized((lang) => messages(lang).issues.method_not_replayable({ number: i + 1, step: entry.step, ...found }).message) };
  }
  return { replayable: true };
}
