import type { Meta } from './api.js';
import type { RoundOptions } from './options-form.js';

/** Where the page keeps the round's choices between loads (the language is kept beside it, as `clusterlens-lang`). */
export const OPTIONS_KEY = 'clusterlens-options';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** Keeps the choices, so that a reload shows the ones made, not the defaults. */
export function saveOptions(storage: Store, options: RoundOptions): void {
  storage.setItem(OPTIONS_KEY, JSON.stringify(options));
}

/**
 * The choices kept by the last load, over `fallback`, each one only if this server still offers it
 * (a saved page may meet a server started with other frameworks, profiles or no results store).
 * A baseline file chosen stays chosen: the page then says whether one is loaded.
 */
export function savedOptions(storage: Store, meta: Pick<Meta, 'frameworks' | 'policies' | 'store'>, fallback: RoundOptions): RoundOptions {
  let saved: Partial<Record<keyof RoundOptions, unknown>>;
  try {
    const parsed: unknown = JSON.parse(storage.getItem(OPTIONS_KEY) ?? '{}');
    saved = parsed !== null && typeof parsed === 'object' ? parsed : {};
  } catch {
    saved = {};
  }
  const { framework, policy, reportLang, baseline, forceBaseline, members, sensitivity } = saved;
  return {
    framework: meta.frameworks.some((f) => f.id === framework) ? (framework as string) : fallback.framework,
    policy: policy === '' || meta.policies.some((p) => p.id === policy) ? (policy as string) : fallback.policy,
    reportLang: reportLang === 'en' || reportLang === 'zh' ? reportLang : fallback.reportLang,
    baseline: baseline === 'none' || baseline === 'file' || (baseline === 'store' && meta.store) ? baseline : fallback.baseline,
    forceBaseline: typeof forceBaseline === 'boolean' ? forceBaseline : fallback.forceBaseline,
    members: typeof members === 'boolean' ? members : fallback.members,
    sensitivity: typeof sensitivity === 'number' && Number.isFinite(sensitivity) && sensitivity >= 0 && sensitivity <= 10000 ? sensitivity : fallback.sensitivity,
  };
}
