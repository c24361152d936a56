import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { api, postFiles, type Meta, type UploadRow, type UploadsResponse } from './api.js';
import { IssuesTable } from './issues-table.js';
import type { PageCatalogue, PageLang } from './messages/index.js';
import { OptionsForm, type RoundOptions } from './options-form.js';
import type { RunState } from './run-state.js';
import { SideFiles } from './side-files.js';

interface Props {
  t: PageCatalogue;
  lang: PageLang;
  meta: Meta;
  uploads: UploadRow[];
  setUploads: (rows: UploadRow[]) => void;
  options: RoundOptions;
  setOptions: (o: RoundOptions) => void;
  run: RunState;
  startRun: () => void;
  showResults: () => void;
  setMeta: (m: Meta) => void;
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

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

function UploadSection({ t, lang, uploads, setUploads, options, meta, setMeta }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const add = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const added = await postFiles<UploadsResponse>(lang, `/api/uploads?framework=${encodeURIComponent(options.framework)}`, files);
      setUploads([...uploads, ...added.uploads]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id?: string) => {
    await api(lang, id ? `/api/uploads/${id}` : '/api/uploads', { method: 'DELETE' });
    setUploads(id ? uploads.filter((u) => u.id !== id) : []);
  };
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
    html`<div class="scroll" tabindex="0"><table class="files">
      <thead><tr><th scope="col">${t.upload.file}</th><th scope="col">${t.upload.size}</th><th scope="col">${t.upload.status}</th><th scope="col">${t.upload.actions}</th></tr></thead>
      <tbody>
        ${uploads.map(
          (u) => html`<tr>
            <td>${u.name}</td>
            <td class="num">${kb(u.size)}</td>
            <td><span class=${`badge ${u.ok ? 'ok' : u.survey ? 'warning' : 'error'}`}>${u.ok ? t.upload.ok : u.survey ? t.upload.hasErrors : t.upload.refused}</span></td>
            <td class="actions">
              ${u.survey && u.issues.some((i) => i.severity !== 'info') && html`<a href=${`/api/uploads/${u.id}/annotated`} download aria-label=${t.upload.annotated(u.name)}>${t.upload.annotated(u.name)}</a>`}
              <button type="button" class="link" aria-label=${t.upload.remove(u.name)} onClick=${() => void remove(u.id)}>×</button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table></div>
    <button type="button" class="secondary" onClick=${() => void remove()}>${t.upload.clear}</button>`}
    <h3>${t.issues.heading}</h3>
    <${IssuesTable} issues=${issues} t=${t} />
  </section>`;
}

/** The round, top to bottom: template, returned workbooks and their problems, choices, run. */
export function RoundView(props: Props) {
  const { t, run } = props;
  const runnable = props.uploads.some((u) => u.survey) && run.status !== 'running';
  return html`
    <${TemplateSection} ...${props} />
    <${UploadSection} ...${props} />
    <${OptionsForm} t=${props.t} lang=${props.lang} meta=${props.meta} options=${props.options} setOptions=${props.setOptions} setMeta=${props.setMeta} />
    <section aria-labelledby="h-run">
      <h2 id="h-run">${t.run.heading}</h2>
      <button type="button" class="primary" disabled=${!runnable} onClick=${props.startRun}>${run.status === 'running' ? t.run.running : t.run.start}</button>
      ${run.lines.length > 0 && html`<h3>${t.run.progress}</h3><ol class="log" aria-live="polite" aria-label=${t.run.progress} tabindex="0">${run.lines.map((l) => html`<li>${l}</li>`)}</ol>`}
      ${run.status === 'done' && html`<p role="status" class="done">${t.run.done} <button type="button" class="link" onClick=${props.showResults}>${t.run.toResults}</button></p>`}
      ${run.status === 'failed' && html`<p role="alert" class="error">${t.run.failed}</p>`}
      ${run.error && html`<p role="alert" class="error">${t.error(run.error)}</p>`}
    </section>
  `;
}
