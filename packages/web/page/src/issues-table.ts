import { html } from 'htm/preact';
import { useMemo, useState } from 'preact/hooks';
import type { IssueRow } from './api.js';
import { htmlLang } from './html-lang.js';
import type { PageCatalogue, PageLang } from './messages/index.js';
import { ScrollRegion } from './scroll-region.js';

type Column = keyof PageCatalogue['issues']['columns'];
const COLUMNS: Column[] = ['severity', 'file', 'sheet', 'cell', 'question', 'message', 'suggestion'];
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Column-letter-aware order for cells: B9 before B10, Z1 before AA1. */
function cellKey(cell = ''): string {
  const m = /^([A-Z]+)(\d+)$/u.exec(cell);
  return m ? `${m[1]!.padStart(3, ' ')}${m[2]!.padStart(8, '0')}` : cell;
}

const valueOf = (issue: IssueRow, column: Column): string =>
  column === 'severity' ? String(RANK[issue.severity]) : column === 'cell' ? cellKey(issue.cell) : (issue[column] ?? '');

/**
 * Every located issue of the uploads or of a round, sortable by any column and filtered by text and
 * severity; `label` names the table where a page has two. A round's issue names the language of its
 * message, which is marked where it is not the page's (`lang`).
 */
export function IssuesTable({ issues, t, lang, label = t.issues.heading }: { issues: (IssueRow & { lang?: PageLang })[]; t: PageCatalogue; lang?: PageLang; label?: string }) {
  const [sort, setSort] = useState<{ column: Column; up: boolean }>({ column: 'severity', up: true });
  const [filter, setFilter] = useState('');
  const [severity, setSeverity] = useState<'all' | IssueRow['severity']>('all');
  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const shown = issues.filter(
      (i) => (severity === 'all' || i.severity === severity) && (needle === '' || COLUMNS.some((c) => (c === 'severity' ? t.issues.levels[i.severity] : (i[c] ?? '')).toLowerCase().includes(needle))),
    );
    const dir = sort.up ? 1 : -1;
    return shown.sort((a, b) => dir * valueOf(a, sort.column).localeCompare(valueOf(b, sort.column), undefined, { numeric: true }));
  }, [issues, filter, severity, sort, t]);
  if (issues.length === 0) return html`<p>${t.issues.none}</p>`;
  return html`
    <div class="filters">
      <label>${t.issues.filter} <input type="search" value=${filter} onInput=${(e: Event) => setFilter((e.target as HTMLInputElement).value)} /></label>
      <label>${t.issues.severity}
        <select value=${severity} onChange=${(e: Event) => setSeverity((e.target as HTMLSelectElement).value as typeof severity)}>
          <option value="all">${t.issues.all}</option>
          ${(['error', 'warning', 'info'] as const).map((s) => html`<option value=${s}>${t.issues.levels[s]}</option>`)}
        </select>
      </label>
    </div>
    <p role="status">${t.issues.shown(rows.length, issues.length)}</p>
    <${ScrollRegion} label=${t.tableRegion(label)}>
      <table class="issues">
        <caption class="sr-only">${label}</caption>
        <thead>
          <tr>
            ${COLUMNS.map((c) => {
              const active = sort.column === c;
              return html`<th scope="col" aria-sort=${active ? (sort.up ? 'ascending' : 'descending') : 'none'}>
                <button type="button" class="sort" aria-label=${t.issues.sortBy(t.issues.columns[c])} onClick=${() => setSort({ column: c, up: active ? !sort.up : true })}>
                  ${t.issues.columns[c]}<span aria-hidden="true">${active ? (sort.up ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (i) => html`<tr class=${`sev-${i.severity}`}>
              <td><span class=${`badge ${i.severity}`}>${t.issues.levels[i.severity]}</span></td>
              <td>${i.file ?? ''}</td>
              <td>${i.sheet ?? ''}</td>
              <td>${i.cell ?? ''}</td>
              <td>${i.question ?? ''}</td>
              <td lang=${i.lang === undefined || i.lang === lang ? undefined : htmlLang(i.lang)}>${i.message}</td>
              <td>${i.suggestion ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </${ScrollRegion}>
  `;
}
