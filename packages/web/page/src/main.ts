/**
 * The page: one round of assessment in the browser, in English or Chinese.
 *   Round (template ▸ uploads + issues ▸ choices ▸ run with live progress) ─▶ Results ─▶ History
 */
import { html } from 'htm/preact';
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { api, postJson, type Meta, type RunDetail, type RunEvent, type RunLine, type RunList, type UploadsResponse, type UploadRow } from './api.js';
import { focusTop } from './focus.js';
import { HistoryView } from './history-view.js';
import { htmlLang } from './html-lang.js';
import { PAGE_MESSAGES, type PageLang } from './messages/index.js';
import type { RoundOptions } from './options-form.js';
import { ResultsView } from './results-view.js';
import { RoundView } from './round-view.js';
import { savedOptions, saveOptions } from './saved-options.js';
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
  const [options, setOptions] = useState<RoundOptions>({ framework: '', policy: '', reportLang: lang, baseline: 'none', forceBaseline: false, members: false, sensitivity: 0 });
  const [run, setRun] = useState<RunState>(IDLE);
  const [detail, setDetail] = useState<RunDetail | null>(null);
  const events = useRef<EventSource | null>(null);
  const main = useRef<HTMLElement>(null);
  const t = PAGE_MESSAGES[lang];

  /** Shows round `id` as it ended, every text in `language`. */
  const showEnded = async (id: string, language: PageLang) => {
    try {
      const got = await api<RunDetail>(language, `/api/runs/${id}`);
      setDetail(got);
      setRun({ id, status: got.status === 'done' ? 'done' : 'failed', lines: got.lines, error: null });
    } catch (e) {
      setRun({ id, status: 'failed', lines: [], error: (e as Error).message });
    }
  };
  /**
   * Follows round `id` in `language`: the server sends all its progress again on each connection
   * (a reload, a switch of language, a dropped connection), then `done`, and the page shows how it ended.
   */
  const follow = (id: string, language: PageLang) => {
    events.current?.close();
    const source = new EventSource(`/api/runs/${id}/events?lang=${language}`);
    events.current = source;
    let lines: RunLine[] = [];
    source.addEventListener('open', () => (lines = []));
    source.addEventListener('progress', (e) => {
      lines = [...lines, (JSON.parse((e as MessageEvent<string>).data) as Extract<RunEvent, { type: 'progress' }>).line];
      setRun({ id, status: 'running', lines, error: null });
    });
    source.addEventListener('done', () => {
      source.close();
      if (events.current === source) events.current = null;
      void showEnded(id, language);
    });
    // A browser gives up on an answer that is not a stream (the server was restarted and forgot the round): the detail's refusal says so.
    source.addEventListener('error', () => source.readyState === EventSource.CLOSED && void showEnded(id, language));
  };
  /** Finds the latest round of this server again, running or ended: a reload must not lose it. */
  const resume = (runs: RunList['runs'], language: PageLang) => {
    const last = runs.at(-1);
    if (!last) return;
    if (last.status === 'running') follow(last.id, language);
    else void showEnded(last.id, language);
  };

  // Kept only once the saved ones are restored: the defaults of the first render must not overwrite them.
  // Kept as the choice is rendered (a layout effect), not after the next frame: a reload straight
  // after a keystroke would otherwise lose it.
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current) saveOptions(localStorage, options);
  }, [options]);

  const shownLang = useRef(lang);
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = t.title;
    localStorage.setItem('clusterlens-lang', lang);
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    // Every text the server words (problems of the uploads and side files, the round's progress and issues) is asked for again in the new language.
    Promise.all([api<Meta>(lang, '/api/meta'), api<UploadsResponse>(lang, `/api/uploads?framework=${encodeURIComponent(options.framework)}`)]).then(
      ([m, u]) => (setMeta(m), setUploads(u.uploads)),
      (e: Error) => setError(e.message),
    );
    if (run.id !== null && run.status === 'running') follow(run.id, lang);
    else if (run.id !== null) void showEnded(run.id, lang);
  }, [lang]);
  useEffect(() => {
    Promise.all([api<Meta>(lang, '/api/meta'), api<UploadsResponse>(lang, '/api/uploads'), api<RunList>(lang, '/api/runs')])
      .then(([m, u, r]) => {
        setMeta(m);
        setUploads(u.uploads);
        // The choices made before the reload, where the server still offers them.
        setOptions((o) => savedOptions(localStorage, m, { ...o, framework: m.frameworks[0]?.id ?? '' }));
        restored.current = true;
        resume(r.runs, lang);
      })
      .catch((e: Error) => setError(e.message));
    return () => events.current?.close();
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
        ...(options.baseline === 'file' && { baseline: true, ...(options.forceBaseline && { forceBaseline: true }) }),
        ...(options.baseline === 'store' && { store: true }),
        ...(options.sensitivity > 0 && { sensitivity: Math.max(10, Math.round(options.sensitivity)) }),
      };
      const { id } = await postJson<{ id: string }>(lang, '/api/runs', body);
      follow(id, lang);
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
      ${meta && view === 'round' && html`<${RoundView} t=${t} lang=${lang} meta=${meta} setMeta=${setMeta} uploads=${uploads} setUploads=${setUploads} options=${options} setOptions=${setOptions} run=${run} runIssues=${detail?.id === run.id ? detail.issues : []} startRun=${() => void startRun()} showResults=${() => go('results')} />`}
      ${view === 'results' && html`<${ResultsView} run=${detail} t=${t} lang=${lang} />`}
      ${meta && view === 'history' && html`<${HistoryView} t=${t} lang=${lang} meta=${meta} />`}
    </main>
  `;
}

render(html`<${App} />`, document.getElementById('app')!);
