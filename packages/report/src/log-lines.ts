/**
 * Turns the scoring engine's log entries into sentences. Known codes read naturally; any other
 * entry (or a known code with unexpected parameters) is still listed with its step, code and
 * parameters, because an exclusion must never vanish from the methodology just because this
 * version of the report does not know how to phrase it.
 */
import type { LocalizedText, LogEntry } from '@clusterlens/schema';
import type { ReportContext } from './context.js';

/** The entry's numeric parameters named in `keys`, or undefined when any is missing. */
type Params = <K extends string>(...keys: K[]) => Record<K, number> | undefined;

type Phraser = (ctx: ReportContext, target: string, get: Params, unit: LocalizedText | undefined) => string | undefined;

const PHRASERS: Record<string, Phraser> = {
  indicator_insufficient: ({ f, m }, target, get) => {
    const p = get('answers', 'required');
    return p && m.log.indicator_insufficient({ target, answers: f.integer(p.answers), minAnswers: f.integer(p.required) });
  },
  indicator_no_value: ({ f, m }, target, get) => {
    const p = get('answers');
    return p && m.log.indicator_no_value({ target, answers: f.integer(p.answers) });
  },
  goalposts_invalid: ({ f, m }, target, get) => {
    const p = get('min', 'max');
    return p && m.log.goalposts_invalid({ target, min: f.number(p.min), max: f.number(p.max) });
  },
  score_truncated: ({ f, m }, target, get, unit) => {
    const p = get('value', 'min', 'max');
    return p && unit && m.log.score_truncated({ target, value: f.brief(p.value, unit), range: f.range(p.min, p.max, unit) });
  },
  dimension_not_scored: ({ f, m }, target, get) => {
    const p = get('coverage', 'minCoverage');
    return p && m.log.dimension_not_scored({ target, coverage: f.wholeShare(p.coverage), minCoverage: f.wholeShare(p.minCoverage) });
  },
  index_not_scored: ({ f, m }, target, get) => {
    const p = get('coverage', 'minCoverage');
    return p && m.log.index_not_scored({ target, coverage: f.wholeShare(p.coverage), minCoverage: f.wholeShare(p.minCoverage) });
  },
  weights_rescaled: ({ f, m }, target, get) => {
    const p = get('coverage');
    return p && m.log.weights_rescaled({ target, coverage: f.wholeShare(p.coverage) });
  },
};

/** One sentence describing a log entry, in the report language. */
export function logLine(ctx: ReportContext, entry: LogEntry): string {
  const get: Params = (...keys) => {
    const out: Record<string, number> = {};
    for (const key of keys) {
      const v = entry.params[key];
      if (typeof v !== 'number') return undefined;
      out[key] = v;
    }
    return out as Record<(typeof keys)[number], number>;
  };
  const unit = ctx.cluster.indicators.find((i) => i.id === entry.target)?.unit;
  const phrased = PHRASERS[entry.code]?.(ctx, ctx.nameOf(entry.target), get, unit);
  if (phrased) return phrased;
  const params = Object.entries(entry.params)
    .map(([k, v]) => `${k} = ${typeof v === 'number' ? ctx.f.number(v) : v}`)
    .join(', ');
  return ctx.m.log.other({ target: ctx.nameOf(entry.target), step: entry.step, code: entry.code, params });
}
