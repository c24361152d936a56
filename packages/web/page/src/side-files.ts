import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { api, postFiles, type Meta, type SideAnswer, type UploadRow } from './api.js';
import { IssueList } from './issue-list.js';
import type { PageCatalogue, PageLang } from './messages/index.js';

const KINDS = [
  { kind: 'form', accept: '.xlsx,.xls' },
  { kind: 'mapping', accept: '.json,application/json' },
  { kind: 'cluster', accept: '.json,application/json' },
] as const;

type Kind = 'form' | 'mapping' | 'cluster' | 'baseline';

/** Adding, removing and dismissing a side file (the baseline among them): the page takes the server's answer as it is. */
export function sideActions(lang: PageLang, framework: string, done: (answer: SideAnswer) => void, setError: (message: string | null) => void) {
  const query = `?framework=${encodeURIComponent(framework)}`;
  const call = (request: Promise<SideAnswer>) => (setError(null), request.then(done, (e: Error) => setError(e.message)));
  return {
    add: (kind: Kind, file: File | undefined) => {
      if (file) void call(postFiles<SideAnswer>(lang, `/api/side/${kind}${query}`, [file]));
    },
    remove: (kind: Kind) => void call(api<SideAnswer>(lang, `/api/side/${kind}${query}`, { method: 'DELETE' })),
    dismiss: (kind: Kind) => void call(api<SideAnswer>(lang, `/api/side/${kind}/refused${query}`, { method: 'DELETE' })),
  };
}

/** A side file that was not taken, with its problems and a button to dismiss it. */
export function RefusedFile({ t, refused, dismiss }: { t: PageCatalogue; refused: Meta['refused'][Kind]; dismiss: () => void }) {
  if (!refused) return null;
  return html`<div class="refused" role="alert">
    <p class="error">${t.side.refused(refused.name)} <button type="button" class="link" aria-label=${t.side.dismiss(refused.name)} onClick=${dismiss}>×</button></p>
    <p class="note">${t.side.refusedNote}</p>
    <${IssueList} issues=${refused.issues} t=${t} />
  </div>`;
}

interface Props {
  t: PageCatalogue;
  lang: PageLang;
  meta: Meta;
  setMeta: (m: Meta) => void;
  setUploads: (rows: UploadRow[]) => void;
  framework: string;
}

/** The side files of exports and tables (`--form`, `--mapping`, `--cluster`); a file taken reads every upload again, a file refused is listed alone with why. */
export function SideFiles({ t, lang, meta, setMeta, setUploads, framework }: Props) {
  const [error, setError] = useState<string | null>(null);
  const done = ({ uploads, ...side }: SideAnswer) => (setMeta({ ...meta, ...side }), setUploads(uploads));
  const actions = sideActions(lang, framework, done, setError);
  const open = KINDS.some(({ kind }) => meta.side[kind] !== undefined || meta.refused[kind] !== undefined);
  return html`<details class="side" open=${open}>
    <summary>${t.side.heading}</summary>
    <p class="note">${t.side.intro}</p>
    <div class="row">
      ${KINDS.map(({ kind, accept }) => {
        const loaded = meta.side[kind];
        return html`<div>
          <label>${t.side[kind]} <input type="file" accept=${accept} onChange=${(e: Event) => actions.add(kind, (e.target as HTMLInputElement).files?.[0])} /></label>
          ${loaded && html`<p class="note">${t.side.loaded(loaded)} <button type="button" class="link" aria-label=${t.side.remove(loaded)} onClick=${() => actions.remove(kind)}>×</button></p>`}
          <${RefusedFile} t=${t} refused=${meta.refused[kind]} dismiss=${() => actions.dismiss(kind)} />
        </div>`;
      })}
    </div>
    ${error && html`<p class="error" role="alert">${t.error(error)}</p>`}
  </details>`;
}
