import type { Issue, Lang } from '@clusterlens/schema';
import type { AppContext } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { ownIssue, pageIssue } from './issue-text.js';
import type { Reading, Upload } from './session.js';
import { knownFramework } from './toolkit.js';
import type { UploadRow } from '../schema/views.js';

/**
 * What reading `upload` found in `lang`: read by the toolkit once per language and framework
 * (the reader writes its texts in one language), so the page shows them in its own language
 * after a reload or a switch. A file refused as too large is never read; its refusal is the server's own.
 */
export async function readUpload(ctx: AppContext, upload: Upload, lang: Lang, framework?: string): Promise<Reading> {
  const wanted = framework ?? upload.readWith ?? knownFramework(ctx.toolkit, undefined);
  if (upload.readWith !== wanted) {
    upload.readings = {};
    upload.readWith = wanted;
  }
  const { session, toolkit, limits } = ctx;
  if (upload.tooLarge) {
    const issue: Issue = { severity: 'error', code: 'file_too_large', file: upload.name, message: MESSAGES[lang].tooLarge(upload.name, limits.fileBytes / 1e6) };
    return { survey: false, ok: false, issues: [issue] };
  }
  upload.readings[lang] ??= await toolkit.validate({ path: upload.path, name: upload.name }, { lang, framework: wanted, input: session.input() });
  return upload.readings[lang];
}

/** Forgets every reading: the side files changed, so each upload is read again when it is next shown. */
export function forgetReadings(ctx: AppContext): void {
  for (const upload of ctx.session.uploads.values()) upload.readings = {};
}

/** Each upload that holds the same bytes as one added before it, with the name of that first one. */
export function duplicates(uploads: Iterable<Upload>): Map<string, string> {
  const first = new Map<string, string>();
  const found = new Map<string, string>();
  for (const upload of uploads) {
    if (upload.sha256 === undefined) continue;
    const earlier = first.get(upload.sha256);
    if (earlier === undefined) first.set(upload.sha256, upload.name);
    else found.set(upload.id, earlier);
  }
  return found;
}

/**
 * The uploads as the page lists them in `lang`, never with a path: each one's reading, and the
 * server's own notes — a file that is the same as an earlier one (left out of a round), a file kept
 * under a numbered name.
 */
export async function uploadRows(ctx: AppContext, lang: Lang, framework?: string, only?: readonly Upload[]): Promise<UploadRow[]> {
  const { session } = ctx;
  const text = MESSAGES[lang];
  const twice = duplicates(session.uploads.values());
  const names = session.names();
  const across = await betweenUploads(ctx, lang, twice, framework);
  const rows: UploadRow[] = [];
  for (const upload of only ?? [...session.uploads.values()]) {
    const reading = await readUpload(ctx, upload, lang, framework);
    const between = across.filter((issue) => issue.file === upload.name);
    const first = twice.get(upload.id);
    const notes = [
      ...(upload.given === undefined ? [] : [ownIssue('info', 'upload_renamed', text.renamedUpload(upload.given, upload.name), upload.name)]),
      ...(first === undefined ? [] : [ownIssue('warning', 'upload_duplicate', text.duplicateUpload(upload.name, first), upload.name)]),
    ];
    rows.push({
      id: upload.id,
      name: upload.name,
      size: upload.size,
      survey: reading.survey,
      ok: reading.ok && !between.some((issue) => issue.severity === 'error'),
      issues: [...notes, ...[...reading.issues, ...between].map((i) => pageIssue(i, lang, names))],
      annotated: reading.survey && first === undefined && reading.issues.some((i) => i.severity !== 'info'),
      ...(first !== undefined && { duplicateOf: first }),
    });
  }
  return rows;
}

/**
 * What a round would find between the uploads that gave a survey (one cluster's files that
 * disagree, a member sent twice), in upload order; an exact copy of an earlier upload is left
 * out, as the round leaves it out. The upload list shows it, and a round words it in every
 * language as it starts.
 */
export async function betweenUploads(ctx: AppContext, lang: Lang, twice: ReadonlyMap<string, string>, framework?: string): Promise<Issue[]> {
  const files: Upload[] = [];
  for (const upload of ctx.session.uploads.values()) if (!twice.has(upload.id) && (await readUpload(ctx, upload, lang, framework)).survey) files.push(upload);
  if (files.length < 2) return [];
  const wanted = files[0]!.readWith ?? knownFramework(ctx.toolkit, framework);
  return ctx.toolkit.between(files.map(({ path, name }) => ({ path, name })), { lang, framework: wanted, input: ctx.session.input() });
}

/**
 * The name an upload is kept under: the sanitised name, numbered (`name (2).xlsx`) when another
 * upload has it already, so that every issue and output names one file.
 */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n += 1) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
