import type { MethodStep } from '@clusterlens/schema';
import type { Summary } from './manifest.js';

const short = (sha: string) => sha.slice(0, 8);

/** Step parameters as `step.path` → JSON text; a step without parameters is listed as `on`. */
function flatten(prefix: string, value: unknown, into: Map<string, string>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(`${prefix}.${key}`, inner, into);
  } else into.set(prefix, JSON.stringify(value));
}

/**
 * Every setting of a batch run as name → value text, in a stable order: the tool version, the
 * language and side files by their flag (id, version and hash: two files with one id may differ),
 * then each parameter of the step log as `step.param`.
 * `off` marks a step the run did not have.
 */
export function runSettings(summary: Summary, off: string): Map<string, string> {
  const settings = new Map<string, string>([
    ['ClusterLens', summary.tool.version],
    ['--framework', `${summary.framework.id}@${summary.framework.version} (${short(summary.framework.sha256)})`],
    ['--lang', summary.lang],
    ['--policy', summary.policy ? `${summary.policy.id}@${summary.policy.version} (${short(summary.policy.sha256)})` : off],
    ['--baseline', summary.baseline ? `${summary.baseline.framework} (${short(summary.baseline.sha256)})` : off],
  ]);
  for (const { step, params } of summary.steps as readonly MethodStep[]) {
    settings.set(step, 'on');
    flatten(step, params, settings);
  }
  return settings;
}

/** The first setting in which two runs differ, with its value in each (`off` where one lacks it); undefined when they agree. */
export function settingDifference(a: Map<string, string>, b: Map<string, string>, off: string): { setting: string; a: string; b: string } | undefined {
  for (const setting of new Set([...a.keys(), ...b.keys()])) {
    const here = a.get(setting) ?? off;
    const there = b.get(setting) ?? off;
    if (here !== there) return { setting, a: here, b: there };
  }
  return undefined;
}
