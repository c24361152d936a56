/**
 * The methodology appendix's account of the history (not a scoring step, so not in the method
 * log): which series of the results store the history section shows, and how many years.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { ReportContext } from '../context.js';
import { minorHeading } from '../heading.js';

/** Nothing without a history (no store); a sentence saying there was nothing earlier with one year only. */
export function historySource(ctx: ReportContext): Content[] {
  const { history, m, result } = ctx;
  if (history === undefined) return [];
  const year = String(ctx.cluster.surveyYear);
  const series = history.series;
  if (history.years.length < 2 || series === null) {
    return [minorHeading(m.history.sourceTitle), { text: m.history.sourceAlone({ year }), style: 'small' }];
  }
  const policy = series.policy ? m.history.sourcePolicy({ id: series.policy.id, version: series.policy.version }) : m.history.sourceNoPolicy;
  const text = m.history.source({
    count: ctx.f.integer(history.years.length),
    list: m.joinList(history.years.map((y) => String(y.surveyYear))),
    framework: result.framework.label[ctx.lang],
    version: series.framework.version,
    goalposts: series.goalposts,
    policy,
    year,
  });
  return [minorHeading(m.history.sourceTitle), { text, style: 'small' }];
}
