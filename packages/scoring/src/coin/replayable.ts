import type { MethodRecord, MethodStep } from '@clusterlens/schema';

/** The first value in `value` that JSON cannot carry unchanged (a non-finite number, −0, `undefined`), as a path. */
function notJson(value: unknown, path: string): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? null : `${path} = ${String(value)}`;
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
  return `${path} is ${typeof value}`;
}

/**
 * Whether the recorded log can regenerate the result: every parameter must survive the trip
 * through results.json. A parameter JSON cannot hold (Infinity as a threshold, say) is written
 * as something else, so replaying the written log would compute another result.
 * @example replayability([{ step: 'treat', params: { skewness: Infinity, kurtosis: 3.5, maxPoints: 5 }, engineVersion: '1' }])
 * // { replayable: false, reason: 'step 1 (treat): /params/skewness = Infinity is not plain JSON' }
 */
export function replayability(steps: readonly MethodStep[]): Omit<MethodRecord, 'steps'> {
  for (let i = 0; i < steps.length; i++) {
    const entry = steps[i] as MethodStep;
    const found = notJson(entry, '');
    if (found) return { replayable: false, reason: `step ${i + 1} (${entry.step}): ${found} is not plain JSON` };
  }
  return { replayable: true };
}
