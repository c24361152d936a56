/**
 * The page: one round of assessment in the browser, in English or Chinese.
 *   Round (template ▸ uploads + issues ▸ choices ▸ run with live progress) ─▶ Results ─▶ History
 */
import { html } from 'htm/preact';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, postJson, type Meta, type RunDetail, type RunEvent, type UploadsResponse, type UploadRow } from './api.js';
import { focusTop } from './focus.js';
import { HistoryView } from './history-view.js';
import { PAGE_MESSAGES, type PageLang } from './messages/index.js';
import type { RoundOptions } from './options-form.js';
import { ResultsView } from './results-view.js';
import { RoundView } from './round-view.js';
import { IDLE, type RunState } from './run-state.js';
import './styles.css';

type View = 'round' | 'results' | 'history';
const firstLang = (): PageLang => {
  const saved = localStorage.getItem('clusterlens-lang');
  if (saved === 'en' || saved === 'zh') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
};

function App() {
  const [lang, setLang] = useState<PageLang>(firstLang);
  const [view, setView] = useState<View>('round');
  const [meta, setMeta] = useState<Meta | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploads, setUploads] = useState<UploadRow[]>([]);
  const [options, setOptions] = useState<RoundOptions>({ framework: '', policy: '', reportLang: lang, baseline: 'none', members: false, sensitivity: 0 });
  const [run, setRun] = useState<RunState>(IDLE);
  const [detail, setDetail] = useState<RunDetail | null>(null);
  const main = useRef<HTMLElement>(null);
  const t = PAGE_MESSAGES[lang];

  const shownLang = useRef(lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    document.title = t.title;
    localStorage.setItem('clusterlens-lang', lang);
    // The problems were written in the language of their upload: read the files again in the new one.
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    if (uploads.length > 0) {
      postJson<UploadsResponse>(lang, `/api/uploads/read-again?framework=${encodeURIComponent(options.framework)}`, {}).then(
        (r) => setUploads(r.uploads),
        (e: Error) => setError(e.message),
      );
    }
  }, [lang]);
  useEffect(() => {
    Promise.all([api<Meta>(lang, '/api/meta'), api<UploadsResponse>(lang, '/api/uploads')])
      .then(([m, u]) => {
        setMeta(m);
        setUploads(u.uploads);
        setOptions((o) => ({ ...o, framework: m.frameworks[0]?.id ?? '' }));
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  const go = (next: View) => {
    setView(next);
    focusTop(main.current);
  };
  const startRun = async () => {
    setRun({ ...IDLE, status: 'running' });
    try {
      const body = {
        lang: options.reportLang,
        framework: options.framework,
        members: options.members,
        ...(options.policy && { policy: options.policy }),
        ...(options.baseline === 'file' && { baseline: true }),
        ...(options.baseline === 'store' && { store: true }),
        ...(options.sensitivity > 0 && { sensitivity: Math.max(10, Math.round(options.sensitivity)) }),
      };
      const { id } = await postJson<{ id: string }>(lang, '/api/runs', body);
      const events = new EventSource(`/api/runs/${id}/events`);
      const lines: string[] = [];
      events.addEventListener('progress', (e) => {
        lines.push((JSON.parse((e as MessageEvent<string>).data) as Extract<RunEvent, { type: 'progress' }>).line);
        setRun({ id, status: 'running', lines: [...lines], error: null });
      });
      events.addEventListener('done', async (e) => {
        events.close();
        const ok = (JSON.parse((e as MessageEvent<string>).data) as Extract<RunEvent, { type: 'done' }>).ok;
        const got = await api<RunDetail>(lang, `/api/runs/${id}`);
        setDetail(got);
        setRun({ id, status: ok ? 'done' : 'failed', lines: [...lines], error: null });
      });
    } catch (e) {
      setRun({ ...IDLE, status: 'failed', error: (e as Error).message });
    }
  };

  const tabs: View[] = meta?.store ? ['round', 'results', 'history'] : ['round', 'results'];
  return html`
    <a class="skip" href="#main">${t.skip}</a>
    <header>
      <div>
        <h1>${t.title}</h1>
        <p class="tagline">${t.tagline}</p>
      </div>
      <div role="group" aria-label=${t.language} class="langs">
        <button type="button" lang="en" aria-pressed=${lang === 'en'} onClick=${() => setLang('en')}>English</button>
        <button type="button" lang="zh-Hans" aria-pressed=${lang === 'zh'} onClick=${() => setLang('zh')}>中文</button>
      </div>
    </header>
    <nav aria-label=${t.title}>
      <ul>
        ${tabs.map((v) => html`<li><button type="button" class="tab" aria-current=${view === v ? 'page' : undefined} onClick=${() => go(v)}>${t.nav[v]}</button></li>`)}
      </ul>
    </nav>
    <main id="main" tabindex="-1" ref=${main}>
      <h1 class="sr-only">${t.nav[view]}</h1>
      ${error && html`<p class="error" role="alert">${t.error(error)}</p>`}
      ${meta && view === 'round' && html`<${RoundView} t=${t} lang=${lang} meta=${meta} setMeta=${setMeta} uploads=${uploads} setUploads=${setUploads} options=${options} setOptions=${setOptions} run=${run} startRun=${() => void startRun()} showResults=${() => go('results')} />`}
      ${view === 'results' && html`<${ResultsView} run=${detail} t=${t} lang=${lang} />`}
      ${meta && view === 'history' && html`<${HistoryView} t=${t} lang=${lang} meta=${meta} />`}
    </main>
  `;
}

render(html`<${App} />`, document.getElementById('app')!);
