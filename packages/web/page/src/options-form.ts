import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import type { Meta } from './api.js';
import type { PageCatalogue, PageLang } from './messages/index.js';
import { RefusedFile, sideActions } from './side-files.js';

export interface RoundOptions {
  framework: string;
  policy: string;
  reportLang: PageLang;
  baseline: 'none' | 'file' | 'store';
  /** Compare with the file even when it is not from an earlier survey year. */
  forceBaseline: boolean;
  members: boolean;
  sensitivity: number;
}

interface Props {
  t: PageCatalogue;
  lang: PageLang;
  meta: Meta;
  options: RoundOptions;
  setOptions: (o: RoundOptions) => void;
  setMeta: (m: Meta) => void;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** The choices of `assess`: policy profile, report language, baseline or store, member reports, sensitivity. */
export function OptionsForm({ t, lang, meta, options, setOptions, setMeta }: Props) {
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<RoundOptions>) => setOptions({ ...options, ...patch });
  // Last year's results.json is checked as it is added, as a side file is: the uploads are not read again for it.
  const baseline = sideActions(lang, options.framework, ({ side, refused }) => setMeta({ ...meta, side, refused }), setError);
  const loaded = meta.side.baseline;
  return html`<section aria-labelledby="h-options">
    <h2 id="h-options">${t.options.heading}</h2>
    <div class="grid">
      <label>${t.options.policy}
        <select value=${options.policy} onChange=${(e: Event) => set({ policy: value(e) })}>
          <option value="">${t.options.noPolicy}</option>
          ${meta.policies.map((p) => html`<option value=${p.id}>${p.label[lang]}</option>`)}
        </select>
      </label>
      <label>${t.options.reportLang}
        <select value=${options.reportLang} onChange=${(e: Event) => set({ reportLang: value(e) as PageLang })}>
          <option value="en">English</option>
          <option value="zh">中文</option>
        </select>
      </label>
      <fieldset>
        <legend>${t.options.baseline}</legend>
        <label class="check"><input type="radio" name="baseline" value="none" checked=${options.baseline === 'none'} onChange=${() => set({ baseline: 'none' })} /> ${t.options.baselineNone}</label>
        <label class="check"><input type="radio" name="baseline" value="file" checked=${options.baseline === 'file'} onChange=${() => set({ baseline: 'file' })} /> ${t.options.baselineFile}</label>
        ${meta.store && html`<label class="check"><input type="radio" name="baseline" value="store" checked=${options.baseline === 'store'} onChange=${() => set({ baseline: 'store' })} /> ${t.options.baselineStore}</label>`}
        ${options.baseline === 'file' &&
        html`<label>${t.options.baselineUpload} <input type="file" accept=".json,application/json" aria-describedby="baseline-state" onChange=${(e: Event) => baseline.add('baseline', (e.target as HTMLInputElement).files?.[0])} /></label>
          <p id="baseline-state" role="status" class=${loaded ? '' : 'note'}>${loaded ? t.options.baselineLoaded(loaded) : t.options.baselineNeeded}</p>
          <${RefusedFile} t=${t} refused=${meta.refused.baseline} dismiss=${() => baseline.dismiss('baseline')} />
          <label class="check"><input type="checkbox" checked=${options.forceBaseline} aria-describedby="force-note" onChange=${(e: Event) => set({ forceBaseline: (e.target as HTMLInputElement).checked })} /> ${t.options.forceBaseline}</label>
          <p id="force-note" class="note">${t.options.forceBaselineNote}</p>`}
        ${error && html`<p class="error" role="alert">${t.error(error)}</p>`}
      </fieldset>
      <div>
        <label class="check"><input type="checkbox" checked=${options.members} onChange=${(e: Event) => set({ members: (e.target as HTMLInputElement).checked })} aria-describedby="members-note" /> ${t.options.members}</label>
        <p id="members-note" class="note">${t.options.membersNote}</p>
      </div>
      <div>
        <label>${t.options.sensitivity}
          <input type="number" min="0" max="10000" step="10" value=${options.sensitivity} aria-describedby="sens-note" onInput=${(e: Event) => set({ sensitivity: Math.max(0, Number(value(e)) || 0) })} />
        </label>
        <p id="sens-note" class="note">${t.options.sensitivityNote}</p>
      </div>
    </div>
  </section>`;
}
