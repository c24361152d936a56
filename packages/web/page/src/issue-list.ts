import { html } from 'htm/preact';
import type { IssueRow } from './api.js';
import type { PageCatalogue } from './messages/index.js';

/** Where in its file an issue is: sheet and cell of a workbook, or the place in a JSON file. */
const where = (issue: IssueRow) => [issue.sheet, issue.cell, issue.path].filter(Boolean).join(' › ');

/**
 * The problems of one side file or baseline as a short list: where, what and how to fix. A table
 * would give JSON files empty sheet and cell columns; their place is a path in the file.
 */
export function IssueList({ issues, t }: { issues: readonly IssueRow[]; t: PageCatalogue }) {
  return html`<ul class="issue-list">
    ${issues.map(
      (i) => html`<li>
        <span class=${`badge ${i.severity}`}>${t.issues.levels[i.severity]}</span>
        ${where(i) && html` <code>${where(i)}</code>`} ${i.message}
        ${i.suggestion && html` <span class="note">${i.suggestion}</span>`}
      </li>`,
    )}
  </ul>`;
}
