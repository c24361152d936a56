/** The page's calls to its own server; every request names the page language for refusals. */
import type { SideFiles, UploadRow } from '../../src/schema/views.js';
import { PAGE_MESSAGES, type PageLang } from './messages/index.js';

// The server's answers, typed by their schemas (src/schema/views.ts).
export type { ClusterView, HistoryClusters, HistoryOfCluster, HistoryOfPortfolio, ResultView, RunDetail, RunEvent, RunIssue, RunLine, RunList, SideFiles, UploadRow, UploadsResponse } from '../../src/schema/views.js';
export type IssueRow = UploadRow['issues'][number];

/** The choices of a round and the side files (the baseline among them) in use or refused. */
export interface Meta extends SideFiles {
  frameworks: { id: string; label: Record<PageLang, string>; names?: Record<string, Record<PageLang, string>>; dimensions?: string[] }[];
  policies: { id: string; label: Record<PageLang, string> }[];
  store: boolean;
}

/** What adding or removing a side file answers: the side files, and every upload as it now reads. */
export type SideAnswer = SideFiles & { uploads: UploadRow[] };

export class ApiError extends Error {}

export async function api<T>(lang: PageLang, path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('x-clusterlens-lang', lang);
  const response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  const body = (await response.json().catch(() => ({}))) as T & { error?: { message: string } };
  if (!response.ok) throw new ApiError(body.error?.message ?? PAGE_MESSAGES[lang].refusedWithout(response.status));
  return body;
}

export const postJson = <T>(lang: PageLang, path: string, data: unknown) =>
  api<T>(lang, path, { method: 'POST', body: JSON.stringify(data), headers: { 'content-type': 'application/json' } });

export function postFiles<T>(lang: PageLang, path: string, files: readonly File[]): Promise<T> {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  return api<T>(lang, path, { method: 'POST', body: form });
}
