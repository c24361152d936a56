import { html } from 'htm/preact';
import { useMemo, useState } from 'preact/hooks';
import type { IssueRow } from './api.js';
import { htmlLang } from './html-lang.js';
import type { PageCatalogue, PageLang } from './messages/index.js';
import { ScrollRegion } from './scroll-region.js';

type Column = keyof PageCatalogue['issues']['columns'];
const COLUMNS: Column[] = ['severity', 'file', 'sheet', 'cell', 'question', 'message', 'suggestion'];
const RANK = { error: 0, warning: 1, info: 2 } as const;
/**
 * The most rows the table lists at once: a column typed wrongly throughout gives a problem per
 * member, and 30,000 rows took the browser about 9 s to draw. Filter, severity and sort still
 * work over every problem.
 */
export const ISSUE_ROWS = 500;

/** Column-letter-aware order for cells: B9 before B10, Z1 before AA1. */
function cellKey(cell = ''): string {
  const m = /^([A-Z]+)(\d+)$/u.exec(cell);
  return m ? `${m[1]!.padStart(3, ' ')}${m[2]!.padStart(8, '0')}` : cell;
}

const valueOf = (issue: IssueRow, column: Column): string =>
  column === 'severity' ? String(RANK[issue.severity]) : column === 'cell' ? cellKey(issue.cell) : (issue[column] ?? '');

type View = { filter: string; severity: 'all' | IssueRow['severity']; sort: { column: Column; up: boolean } };

/** The issues the filter and severity let through, in the sort's order: the table lists the first ISSUE_ROWS of them. */
export function matchingRows<T extends IssueRow>(issues: readonly T[], view: View, t: PageCatalogue): T[] {
  const needle = view.filter.trim().toLowerCase();
  const shown = issues.filter(
    (i) => (view.severity === 'all' || i.severity === view.severity) && (needle === '' || COLUMNS.some((c) => (c === 'severity' ? t.issues.levels[i.severity] : (i[c] ?? '')).toLowerCase().includes(needle))),
  );
  const dir = view.sort.up ? 1 : -1;
  return shown.sort((a, b) => dir * valueOf(a, view.sort.column).localeCompare(valueOf(b, view.sort.column), undefined, { numeric: true }));
}

/** The table's status line: how many problems it lists of those that match and of all. */
export const shownText = (t: PageCatalogue, matching: number, total: number): string =>
  matching > ISSUE_ROWS ? t.issues.shownFirst(ISSUE_ROWS, matching, total) : t.issues.shown(matching, total);

/**
 * Every located issue of the uploads or of a round, sortable by any column and filtered by text and
 * severity; `label` names the table where a page has two. A round's issue names the language of its
 * message, which is marked where it is not the page's (`lang`).
 */
export function IssuesTable({ issues, t, lang, label = t.issues.heading }: { issues: (IssueRow & { lang?: PageLang })[]; t: PageCatalogue; lang?: PageLang; label?: string }) {
  const [sort, setSort] = useState<{ column: Column; up: boolean }>({ column: 'severity', up: true });
  const [filter, setFilter] = useState('');
  const [severity, setSeverity] = useState<View['severity']>('all');
  const rows = useMemo(() => matchingRows(issues, { filter, severity, sort }, t), [issues, filter, severity, sort, t]);
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
    <p role="status">${shownText(t, rows.length, issues.length)}</p>
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
          ${rows.slice(0, ISSUE_ROWS).map(
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
