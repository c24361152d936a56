import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { api, postFiles, type Meta, type UploadRow } from './api.js';
import type { PageCatalogue, PageLang } from './messages/index.js';

const KINDS = [
  { kind: 'form', accept: '.xlsx,.xls' },
  { kind: 'mapping', accept: '.json,application/json' },
  { kind: 'cluster', accept: '.json,application/json' },
] as const;

interface Props {
  t: PageCatalogue;
  lang: PageLang;
  meta: Meta;
  setMeta: (m: Meta) => void;
  setUploads: (rows: UploadRow[]) => void;
  framework: string;
}

/** The side files of exports and tables (`--form`, `--mapping`, `--cluster`); changing one reads every upload again. */
export function SideFiles({ t, lang, meta, setMeta, setUploads, framework }: Props) {
  const [error, setError] = useState<string | null>(null);
  const done = (r: { side: Meta['side']; uploads: UploadRow[] }) => (setMeta({ ...meta, side: r.side }), setUploads(r.uploads));
  const query = `?framework=${encodeURIComponent(framework)}`;
  const add = (kind: string, file: File | undefined) => {
    if (!file) return;
    setError(null);
    postFiles<{ side: Meta['side']; uploads: UploadRow[] }>(lang, `/api/side/${kind}${query}`, [file]).then(done, (e: Error) => setError(e.message));
  };
  const remove = (kind: string) => api<{ side: Meta['side']; uploads: UploadRow[] }>(lang, `/api/side/${kind}${query}`, { method: 'DELETE' }).then(done, (e: Error) => setError(e.message));
  return html`<details class="side">
    <summary>${t.side.heading}</summary>
    <p class="note">${t.side.intro}</p>
    <div class="row">
      ${KINDS.map(({ kind, accept }) => {
        const loaded = meta.side[kind];
        return html`<div>
          <label>${t.side[kind]} <input type="file" accept=${accept} onChange=${(e: Event) => add(kind, (e.target as HTMLInputElement).files?.[0])} /></label>
          ${loaded && html`<p class="note">${t.side.loaded(loaded)} <button type="button" class="link" aria-label=${t.side.remove(loaded)} onClick=${() => void remove(kind)}>×</button></p>`}
        </div>`;
      })}
    </div>
    ${error && html`<p class="error" role="alert">${t.error(error)}</p>`}
  </details>`;
}
