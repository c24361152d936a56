/**
 * The score scale in words, for the sentences and captions that used to say "0–100": the
 * summary's "out of 100", a chart's range, the name of the normalisation.
 */
import type { ReportContext } from './context.js';
import { normaliseName } from './method/method-words.js';
import { chartDomain, chartGrid } from './score-scale.js';

type ScaleContext = Pick<ReportContext, 'm' | 'f' | 'scale'>;

/** What follows the headline score: " out of 100", " on a scale from 0 to 1", " as a z-score (…)". */
export function scoreSuffix(ctx: ScaleContext): string {
  const { m, f, scale } = ctx;
  const s = m.summary.scale;
  if (scale.bands !== null) return s.hundred;
  if (scale.centre) return s.zscore({ mean: f.exact(scale.centre.mean), sd: f.exact(scale.centre.sd) });
  if (scale.method === 'rank' || !scale.range) return s.rank;
  return s.bounded({ lower: f.exact(scale.range[0]), upper: f.exact(scale.range[1]) });
}

/** "0–100", "0–1", or the method's name ("z-scores with mean 0 and standard deviation 1", "ranks"). */
export function scaleRange(ctx: ScaleContext): string {
  const { scale, f } = ctx;
  if (scale.range && scale.method !== 'rank') return `${f.exact(scale.range[0])}–${f.exact(scale.range[1])}`;
  return scaleName(ctx);
}

/** The normalisation's name with its parameters, as the methodology writes it. */
export function scaleName(ctx: ScaleContext): string {
  return normaliseName(ctx, ctx.scale.params);
}

/** A dot plot's domain and labelled ticks: the gridlines with the domain's lower end. */
export function dotAxis(ctx: ScaleContext): { domain: readonly [number, number]; ticks: { value: number; label: string }[] } {
  const { domain, grid } = chartAxis(ctx);
  const ticks = ctx.scale.centre ? grid : [{ value: domain[0], label: ctx.f.number(domain[0]) }, ...grid];
  return { domain, ticks };
}

/** A chart's domain and labelled gridlines on the run's scale. */
export function chartAxis(ctx: ScaleContext): { domain: readonly [number, number]; grid: { value: number; label: string }[] } {
  const grid = chartGrid(ctx.scale).map((value) => ({ value, label: ctx.f.number(value) }));
  return { domain: chartDomain(ctx.scale), grid };
}

