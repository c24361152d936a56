import { html } from 'htm/preact';
import type { RefObject } from 'preact';
import { useRef, useState, type Dispatch, type StateUpdater } from 'preact/hooks';
import type { Meta, RunIssue, UploadRow } from './api.js';
import { htmlLang } from './html-lang.js';
import { IssuesTable } from './issues-table.js';
import { LangNote } from './lang-note.js';
import type { PageCatalogue, PageLang } from './messages/index.js';
import { OptionsForm, type RoundOptions } from './options-form.js';
import type { RunState } from './run-state.js';
import { ScrollRegion } from './scroll-region.js';
import { SideFiles } from './side-files.js';
import { addUploads, removeUploads } from './upload-actions.js';

interface Props {
  t: PageCatalogue;
  lang: PageLang;
  meta: Meta;
  uploads: UploadRow[];
  setUploads: Dispatch<StateUpdater<UploadRow[]>>;
  options: RoundOptions;
  setOptions: (o: RoundOptions) => void;
  run: RunState;
  /** The round's issues once it has ended. */
  runIssues: readonly RunIssue[];
  startRun: () => void;
  showResults: () => void;
  setMeta: (m: Meta) => void;
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** An upload's status: the same file as an earlier one is left out whatever its reading found. */
function status(t: PageCatalogue, u: UploadRow) {
  const [kind, label] =
    u.duplicateOf !== undefined ? ['warning', t.upload.duplicate(u.duplicateOf)] : u.ok ? ['ok', t.upload.ok] : u.survey ? ['warning', t.upload.hasErrors] : ['error', t.upload.refused];
  return html`<span class=${`badge ${kind}`}>${label}</span>`;
}

function TemplateSection({ t, lang, meta }: Pick<Props, 't' | 'lang' | 'meta'>) {
  const [framework, setFramework] = useState(meta.frameworks[0]?.id ?? '');
  const [templateLang, setTemplateLang] = useState('both');
  const [xlsform, setXlsform] = useState(false);
  const href = `/api/template?framework=${encodeURIComponent(framework)}&lang=${templateLang}${xlsform ? '&xlsform=1' : ''}`;
  return html`<section aria-labelledby="h-template">
    <h2 id="h-template">${t.template.heading}</h2>
    <p>${t.template.intro}</p>
    <div class="row">
      <label>${t.template.framework}
        <select value=${framework} onChange=${(e: Event) => setFramework((e.target as HTMLSelectElement).value)}>
          ${meta.frameworks.map((f) => html`<option value=${f.id}>${f.label[lang]}</option>`)}
        </select>
      </label>
      <label>${t.template.lang}
        <select value=${templateLang} onChange=${(e: Event) => setTemplateLang((e.target as HTMLSelectElement).value)}>
          <option value="both">${t.template.langBoth}</option>
          <option value="en">English</option>
          <option value="zh">中文</option>
        </select>
      </label>
      <label class="check"><input type="checkbox" checked=${xlsform} onChange=${(e: Event) => setXlsform((e.target as HTMLInputElement).checked)} /> ${t.template.xlsform}</label>
    </div>
    <a class="button" href=${href} download>${t.template.download}</a>
  </section>`;
}

/** The uploaded files, each with its status, its annotated copy (in the page's language) and ×. */
export function UploadsTable({ t, lang, uploads, remove }: { t: PageCatalogue; lang: PageLang; uploads: readonly UploadRow[]; remove: (id: string) => Promise<void> }) {
  return html`<${ScrollRegion} label=${t.tableRegion(t.upload.heading)}><table class="files">
    <thead><tr><th scope="col">${t.upload.file}</th><th scope="col">${t.upload.size}</th><th scope="col">${t.upload.status}</th><th scope="col">${t.upload.actions}</th></tr></thead>
    <tbody>
      ${uploads.map(
        (u) => html`<tr>
          <td>${u.name}</td>
          <td class="num">${kb(u.size)}</td>
          <td>${status(t, u)}</td>
          <td class="actions">
            ${u.annotated && html`<a href=${`/api/uploads/${u.id}/annotated?lang=${lang}`} download aria-label=${t.upload.annotated(u.name)}>${t.upload.annotated(u.name)}</a>`}
            <button type="button" class="link" aria-label=${t.upload.remove(u.name)} onClick=${() => void remove(u.id)}>×</button>
          </td>
        </tr>`,
      )}
    </tbody>
  </table></${ScrollRegion}>`;
}

function UploadSection({ t, lang, uploads, setUploads, options, meta, setMeta }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const list = { setUploads, setError };
  const add = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    await addUploads(lang, options.framework, files, list);
    setBusy(false);
  };
  const remove = (id?: string) => removeUploads(lang, options.framework, id, list);
  const issues = uploads.flatMap((u) => u.issues);
  const count = (s: string) => issues.filter((i) => i.severity === s).length;
  return html`<section aria-labelledby="h-upload">
    <h2 id="h-upload">${t.upload.heading}</h2>
    <p>${t.upload.intro}</p>
    <div
      class=${`drop${over ? ' over' : ''}`}
      data-testid="drop"
      onDragOver=${(e: DragEvent) => (e.preventDefault(), setOver(true))}
      onDragLeave=${() => setOver(false)}
      onDrop=${(e: DragEvent) => (e.preventDefault(), setOver(false), void add([...(e.dataTransfer?.files ?? [])]))}
    >
      <label class="button" for="files">${t.upload.choose}</label>
      <input id="files" class="file-input" type="file" multiple accept=".xlsx,.xlsm,.xls,.csv" onChange=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        void add([...(input.files ?? [])]).then(() => (input.value = ''));
      }} />
      <span>${t.upload.drop}</span>
    </div>
    <${SideFiles} t=${t} lang=${lang} meta=${meta} setMeta=${setMeta} setUploads=${setUploads} framework=${options.framework} />
    <p role="status" aria-live="polite">${busy ? t.upload.uploading : uploads.length > 0 ? t.upload.summary(uploads.length, count('error'), count('warning')) : t.upload.none}</p>
    ${error && html`<p class="error" role="alert">${t.error(error)}</p>`}
    ${uploads.length > 0 &&
    html`<${UploadsTable} t=${t} lang=${lang} uploads=${uploads} remove=${remove} />
    <button type="button" class="secondary" onClick=${() => void remove()}>${t.upload.clear}</button>`}
    <h3>${t.issues.heading}</h3>
    <${IssuesTable} issues=${issues} t=${t} />
  </section>`;
}

interface RunProps {
  t: PageCatalogue;
  lang: PageLang;
  run: RunState;
  /** The round's issues once it has ended: a stopped round lists why under its progress. */
  issues: readonly RunIssue[];
  runnable: boolean;
  startRun: () => void;
  showResults: () => void;
  /** Where focus goes when the run starts; the round view keeps it across renders. */
  status: RefObject<HTMLParagraphElement>;
}

/** The run button, then the run's progress and outcome. */
export function RunSection({ t, lang, run, issues, runnable, startRun, showResults, status }: RunProps) {
  return html`<section aria-labelledby="h-run">
    <h2 id="h-run">${t.run.heading}</h2>
    <button type="button" class="primary" disabled=${!runnable} onClick=${() => {
      // The button is disabled once the run starts, which would drop focus to the page's body.
      status.current?.focus();
      startRun();
    }}>${run.status === 'running' ? t.run.running : t.run.start}</button>
    <p role="status" tabindex="-1" ref=${status}>${run.status === 'running' ? t.run.running : ''}</p>
    ${run.lines.length > 0 &&
    html`<h3>${t.run.progress}</h3>
      <${LangNote} t=${t} lang=${lang} texts=${run.lines} />
      <ol class="log" aria-live="polite" aria-label=${t.run.progress} tabindex="0">${run.lines.map((l) => html`<li lang=${l.lang === lang ? undefined : htmlLang(l.lang)}>${l.text}</li>`)}</ol>`}
    ${run.status === 'done' && html`<p role="status" class="done">${t.run.done} <button type="button" class="link" onClick=${showResults}>${t.run.toResults}</button></p>`}
    ${run.status === 'failed' && html`<p role="alert" class="error">${t.run.failed}</p>`}
    ${run.status === 'failed' && issues.length > 0 && html`<h3>${t.run.why}</h3><${LangNote} t=${t} lang=${lang} texts=${issues} /><${IssuesTable} issues=${[...issues]} t=${t} lang=${lang} label=${t.run.why} />`}
    ${run.error && html`<p role="alert" class="error">${t.error(run.error)}</p>`}
  </section>`;
}

/** The round, top to bottom: template, returned workbooks and their problems, choices, run. */
export function RoundView(props: Props) {
  const { t, run } = props;
  const status = useRef<HTMLParagraphElement>(null);
  const runnable = props.uploads.some((u) => u.survey && u.duplicateOf === undefined) && run.status !== 'running';
  return html`
    <${TemplateSection} ...${props} />
    <${UploadSection} ...${props} />
    <${OptionsForm} t=${props.t} lang=${props.lang} meta=${props.meta} options=${props.options} setOptions=${props.setOptions} setMeta=${props.setMeta} />
    <${RunSection} t=${t} lang=${props.lang} run=${run} issues=${props.runIssues} runnable=${runnable} startRun=${props.startRun} showResults=${props.showResults} status=${status} />
  `;
}
