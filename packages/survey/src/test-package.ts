import type { Issue } from '@clusterlens/schema';
import { expect } from 'vitest';
import { readSurveyWorkbook, readSurveyWorkbookStream, type ReadSurveyOptions, type ReadSurveyResult } from './index.js';
import { unzipEntries, zipEntries } from './test-zip.js';

/** Rewrites one part of a package, as a different (or careless) writer would have written it. */
export async function rewritePart(data: Buffer, name: string, edit: (xml: string) => string): Promise<Buffer> {
  const entries = await unzipEntries(data);
  expect(entries.map((entry) => entry.name)).toContain(name);
  return zipEntries(entries.map((entry) => (entry.name === name ? { name, data: edit(entry.data.toString('utf8')) } : entry)));
}

/** Adds parts to a package, after its own. */
export async function addParts(data: Buffer, parts: Record<string, string>): Promise<Buffer> {
  const entries = await unzipEntries(data);
  return zipEntries([...entries, ...Object.entries(parts).map(([name, text]) => ({ name, data: text }))]);
}

/** Where an issue is and what it did, for comparing a read's issues: severity, code, sheet, cell, question, respondent, effect. */
export const issueWhere = (issue: Issue) => [issue.severity, issue.code, issue.sheet, issue.cell, issue.question, issue.respondent, issue.effect];

/** Reads with both readers, the streaming one from memory; they must give the same result, which is returned. */
export async function readBoth(data: Buffer, options: ReadSurveyOptions): Promise<ReadSurveyResult> {
  const inMemory = await readSurveyWorkbook(data, options);
  expect(await readSurveyWorkbookStream(data, options)).toEqual(inMemory);
  return inMemory;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Cell notes on worksheet `sheet` (its number) written as openpyxl writes them — and pandas,
 * which writes through openpyxl: the comments part in `xl/comments/`, its VML shapes as
 * `xl/drawings/commentsDrawing1.vml`, both named by absolute targets in the sheet's
 * relationships under the ids `comments` and `anysvml`, and plain `<t>` text without runs.
 * exceljs 4.4 cannot load such a file.
 */
export async function withOpenpyxlNotes(data: Buffer, sheet: number, notes: { ref: string; text: string }[]): Promise<Buffer> {
  const comments = notes.map(({ ref, text }) => `<comment ref="${ref}" authorId="0" shapeId="0"><text><t>${text}</t></text></comment>`).join('');
  const shapes = notes
    .map(({ ref }, index) => {
      const column = ref.charCodeAt(0) - 65;
      const row = Number(ref.slice(1)) - 1;
      return `<v:shape id="_x0000_s${1025 + index}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`;
    })
    .join('');
  const withLegacyDrawing = await rewritePart(data, `xl/worksheets/sheet${sheet}.xml`, (xml) =>
    xml.replace('<worksheet xmlns=', `<worksheet xmlns:r="${RELS}" xmlns=`).replace('</worksheet>', '<legacyDrawing r:id="anysvml"/></worksheet>'),
  );
  return addParts(withLegacyDrawing, {
    [`xl/worksheets/_rels/sheet${sheet}.xml.rels`]: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="${RELS}/comments" Target="/xl/comments/comment1.xml" Id="comments"/><Relationship Type="${RELS}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml" Id="anysvml"/></Relationships>`,
    'xl/comments/comment1.xml': `<?xml version="1.0" encoding="UTF-8"?><comments xmlns="${MAIN}"><authors><author>openpyxl</author></authors><commentList>${comments}</commentList></comments>`,
    'xl/drawings/commentsDrawing1.vml': `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes}</xml>`,
  });
}
