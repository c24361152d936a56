import { describe, expect, it } from 'vitest';
import { inspectWorkbookBytes, readSurveyWorkbook } from './index.js';
import { nativeSheets, ooxmlWorkbook, type OoxmlValue } from './test-ooxml.js';
import { addParts, issueWhere as where, readBoth } from './test-package.js';
import { unzipEntries, zipEntries } from './test-zip.js';

const SHARED = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>upstream</t></si><si><t>downstream</t></si></sst>';

/**
 * The native sheets with a shared-string table of two strings (0 upstream, 1 downstream); a
 * text written `#n` becomes a shared-string cell with index `n` as written, in whatever sheet.
 */
async function withSharedStrings(responses: OoxmlValue[][]): Promise<Buffer> {
  const inline = /<c r="([A-Z]+\d+)" t="inlineStr"><is><t xml:space="preserve">#([^<]*)<\/t><\/is><\/c>/g;
  const entries = (await unzipEntries(ooxmlWorkbook(nativeSheets(responses)))).map((entry) =>
    entry.name.startsWith('xl/worksheets/') ? { name: entry.name, data: entry.data.toString('utf8').replace(inline, '<c r="$1" t="s"><v>$2</v></c>') } : entry,
  );
  return addParts(zipEntries(entries), { 'xl/sharedStrings.xml': SHARED });
}

describe('a shared-string cell whose index the table does not have', () => {
  it('is damage at that cell in both readers, never a blank answer; the member and its other answers stay', async () => {
    // B2 names string 0; B3 string 2 of a table of 2; B4 “1.5”, which is no index.
    const xlsx = await withSharedStrings([
      ['respondent_id', 'chain_role', 'employees'],
      ['M1', '#0', 10],
      ['M2', '#2', 20],
      ['M3', '#1.5', 30],
    ]);
    const { survey, issues } = await readBoth(xlsx, { file: 'member.xlsx' });
    expect(issues.map(where)).toEqual([
      ['error', 'shared_string_missing', 'Responses', 'B3', 'chain_role', 'M2', 'answer_refused'],
      ['error', 'shared_string_missing', 'Responses', 'B4', 'chain_role', 'M3', 'answer_refused'],
    ]);
    expect([issues[0]?.message, issues[0]?.suggestion]).toEqual([
      'This cell refers to entry “2” of the workbook\'s table of shared texts, which has 2 entries (numbered from 0): the file is damaged here, and the cell\'s value is lost.',
      'Ask for an undamaged copy of the workbook, or type this value again in Excel and save the file.',
    ]);
    expect(survey?.respondents.map((r) => [r.id, r.chainRole, r.answers.employees])).toEqual([
      ['M1', 'upstream', 10],
      ['M2', null, 20],
      ['M3', null, 30],
    ]);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 2, rows: 0 });
    const zh = await readBoth(xlsx, { file: 'member.xlsx', lang: 'zh' });
    expect(zh.issues[1]?.message).toBe('该单元格引用了工作簿共享文本表中的第“1.5”项，而该表只有 2 项（从 0 开始编号）：文件在此处已损坏，该单元格的值已丢失。');
  });

  it('is found by the inspection even where exceljs reads another string (“1.5” as string 1), so the in-memory reader reports it too', async () => {
    const xlsx = await withSharedStrings([
      ['respondent_id', 'chain_role', 'employees'],
      ['M1', '#1.5', 10],
    ]);
    const inspection = await inspectWorkbookBytes(xlsx, { file: 'member.xlsx' });
    expect(inspection.sheets.map((sheet) => [sheet.name, sheet.missingStrings])).toEqual([
      ['Cluster', false],
      ['Questions', false],
      ['Choices', false],
      ['Responses', true],
    ]);
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'member.xlsx' });
    expect(issues.map(where)).toEqual([['error', 'shared_string_missing', 'Responses', 'B2', 'chain_role', 'M1', 'answer_refused']]);
    expect(survey?.respondents[0]?.chainRole).toBeNull();
  });

  it('is reported in the other sheets and in a heading, at the cell', async () => {
    // Cluster C5 is the region; Responses C1 heads the employees column.
    const xlsx = await withSharedStrings([
      ['respondent_id', 'chain_role', '#7'],
      ['M1', '#0', 10],
    ]);
    const damaged = await (async () => {
      const entries = await unzipEntries(xlsx);
      return zipEntries(entries.map((entry) => (entry.name === 'xl/worksheets/sheet1.xml' ? { name: entry.name, data: entry.data.toString('utf8').replace(/<c r="C5" t="inlineStr">.*?<\/c>/, '<c r="C5" t="s"><v>-1</v></c>') } : entry)));
    })();
    const { survey, issues } = await readBoth(damaged, { file: 'member.xlsx' });
    expect(survey).toBeNull();
    const missing = issues.filter((issue) => issue.code === 'shared_string_missing').map(where);
    expect(missing).toEqual([
      ['error', 'shared_string_missing', 'Cluster', 'C5', undefined, undefined, undefined],
      ['error', 'shared_string_missing', 'Responses', 'C1', undefined, undefined, undefined],
    ]);
  });
});
