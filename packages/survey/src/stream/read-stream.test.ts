import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSurveyWorkbook, readSurveyWorkbookStream, writeSurveyWorkbook } from '../index.js';
import { testFramework } from '../test-framework.js';
import { testCluster, testRegional, testRespondents } from '../test-respondents.js';
import { nativeSheets, ooxmlWorkbook } from '../test-ooxml.js';
import { editWorkbook, typer } from '../test-workbook.js';
import { rewritePart } from '../test-package.js';
import { unzipEntries } from '../test-zip.js';

const FIXTURES = new URL('../../../../fixtures/clusters/', import.meta.url);
const FIXTURE_FILES = readdirSync(FIXTURES).filter((name) => name.endsWith('.xlsx'));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clusterlens-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Both readers on the same bytes, the streaming one from a file and from memory: all three must agree. */
async function expectSameResult(data: Buffer, file = 'same.xlsx') {
  const options = { file, framework: testFramework };
  const inMemory = await readSurveyWorkbook(data, options);
  const path = join(dir, file);
  await writeFile(path, data);
  expect(await readSurveyWorkbookStream(path, options)).toEqual(inMemory);
  expect(await readSurveyWorkbookStream(data, options)).toEqual(inMemory);
  return inMemory;
}

/** Every cell form point 2 of the survey issue lists, typed into a template with exceljs. */
function messy(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet('Responses')!;
  const put = typer(sheet);
  put('L1', 'favourite_colour');
  put('A3', 'm1'); put('B3', 'upstream'); put('C3', 'abc'); put('E3', '35%'); put('F3', 4); put('L3', 'blue');
  put('A4', 'm2'); put('B4', 'Core supplier'); put('C4', 40); put('D4', '1,234.5'); put('E4', 0.35, '0%'); put('F4', 7);
  put('A6', 'm3'); put('B6', '下游企业'); put('C6', { formula: '20*2', result: 40 }); put('D6', { formula: 'C6*2' } as ExcelJS.CellValue);
  put('G6', '是'); put('J6', { richText: [{ text: 'Fabric ' }, { font: { bold: true }, text: 'printing' }] });
  put('A7', 'm1'); put('B7', 'downstream'); put('C7', 5);
  put('A8', 'm4'); put('B8', 'upstream'); put('C8', 12.5); put('H8', 'logistics, training'); put('I8', 'provincial');
  put('K8', new Date(Date.UTC(2020, 5, 1)));
  put('A9', 'm5'); put('C9', '１２０'); put('G9', 'maybe'); put('H9', 'logistics flying'); put('K9', 45717, 'yyyy-mm-dd');
  put('A10', 'm6'); put('B10', 'research'); put('C10', { error: '#DIV/0!' } as ExcelJS.CellValue); put('G10', true);
  put('D10', { formula: 'C10', result: { error: '#N/A' } } as ExcelJS.CellValue); put('J10', 'N/A'); put('E10', 0.125, '0.0%');
  // Vertical merge (the value repeats below), horizontal merge (covered cells empty), hidden row and column.
  put('A11', 'm7'); put('B11', 'upstream'); put('C11', 3); put('A12', 'm8'); put('C12', 4);
  sheet.mergeCells('B11:B12');
  put('D12', 1.5); put('E12', 'covered');
  sheet.mergeCells('D12:E12');
  sheet.getRow(12).hidden = true;
  sheet.getColumn(10).hidden = true;
  for (let row = 13; row <= 30; row++) sheet.getCell(`C${row}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  workbook.getWorksheet('Regional')!.state = 'hidden';
}

describe('streaming reader gives exactly what the in-memory reader gives', () => {
  it('finds the fixture clusters', () => {
    expect(FIXTURE_FILES.length).toBeGreaterThanOrEqual(3);
  });

  // One test per fixture (150–400 respondents each), so no test reads all of them three times over.
  it.each(FIXTURE_FILES)('on the fixture cluster %s', async (name) => {
    const { survey } = await expectSameResult(await readFile(new URL(name, FIXTURES)), name);
    expect(survey?.respondents.length).toBeGreaterThan(100);
  });

  it('on a filled workbook and a blank template', async () => {
    const input = { framework: testFramework, cluster: testCluster, respondents: testRespondents, regional: testRegional };
    const { survey } = await expectSameResult(await writeSurveyWorkbook({ ...input, lang: 'zh' }));
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(testRespondents.map((respondent) => respondent.id));
    await expectSameResult(await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster }));
  });

  it('on messy cells: text numbers, percents, formulas, errors, dates, rich text, merges, hidden parts', async () => {
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
    const { survey, issues } = await expectSameResult(await editWorkbook(template, messy), 'messy.xlsx');
    const codes = new Set(issues.map((issue) => issue.code));
    // The comparison only means something if the workbook really raised these.
    for (const code of ['not_a_number', 'formula_without_value', 'cell_error', 'duplicate_respondent', 'hidden_sheet_read', 'hidden_row_read']) {
      expect(codes).toContain(code);
    }
    expect(survey?.respondents.find((respondent) => respondent.id === 'm8')?.chainRole).toBe('upstream');
  });

  it('on dates counted from 1904', async () => {
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
    const data = await editWorkbook(template, (workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      sheet.getCell('A3').value = 'm1';
      sheet.getCell('B3').value = 'upstream';
      sheet.getCell('K3').value = 44256; // 1904 system: 2025-03-02 (1462 days later than in the 1900 system)
      sheet.getCell('K3').numFmt = 'd-mmm-yy';
    });
    const flagged = await rewritePart(data, 'xl/workbook.xml', (xml) => xml.replace(/<workbookPr /, '<workbookPr date1904="1" '));
    const { survey } = await expectSameResult(flagged, '1904.xlsx');
    expect(survey?.respondents[0]?.answers.founded).toBe('2025-03-02');
  });

  it('on another writer: inline strings, no styles, no shared strings, cells without r, escapes', async () => {
    await expectSameResult(
      ooxmlWorkbook(nativeSheets([['respondent_id', 'chain_role', 'employees', 'note'], ['M1', 'upstream', 120, 'a & b'], ['M2', '下游企业', '1,234', 'x\r\ny']])),
      'foreign.xlsx',
    );
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
    const responses = 'xl/worksheets/sheet4.xml';
    // t="str" text is decoded twice by exceljs; _x000D_ is an escaped carriage return; the second cell of a row has no r.
    const noteCell = /<c r="(J\d+)"( s="\d+")? t="s"><v>\d+<\/v><\/c>/;
    const rewritten = await rewritePart(template, responses, (xml) =>
      xml
        .replace(noteCell, '<c r="$1" t="str"><f>A1</f><v>&amp;lt;b&amp;gt;</v></c>')
        .replace(noteCell, '<c r="$1" t="inlineStr"><is><t>line_x000D_two &#x4E2D;</t></is></c>')
        .replace(/<c r="B5"( s="\d+")?( t="s")?>/, '<c$1$2>'),
    );
    const sheet = (await unzipEntries(rewritten)).find((entry) => entry.name === responses)?.data.toString('utf8') ?? '';
    expect([sheet.includes('t="str"'), sheet.includes('_x000D_'), sheet.includes('</c><c t="s">')]).toEqual([true, true, true]);
    await expectSameResult(rewritten, 'rewritten.xlsx');
  });

  it('on a thousand generated rows, over several stream chunks', async () => {
    const respondents = Array.from({ length: 1000 }, (_, i) => ({
      id: `R${String(i).padStart(5, '0')}`,
      answers: { chain_role: ['upstream', 'downstream', 'research'][i % 3] ?? 'upstream', employees: (i * 37) % 5000, revenue: i / 8, trust: 1 + (i % 5) },
    }));
    const data = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents });
    const { survey } = await expectSameResult(data, 'generated.xlsx');
    expect(survey?.respondents).toHaveLength(1000);
  });

  it('on files it refuses: not a workbook, truncated, too large', async () => {
    const data = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
    await expectSameResult(Buffer.from('%PDF-1.7\n...'), 'scan.xlsx');
    await expectSameResult(Buffer.from('id,name\n1,a\n'), 'table.xlsx');
    await expectSameResult(data.subarray(0, Math.floor(data.length / 2)), 'truncated.xlsx');
    const small = { file: 'big.xlsx', limits: { maxFileBytes: 1000 } };
    expect(await readSurveyWorkbookStream(data, small)).toEqual(await readSurveyWorkbook(data, small));
  });
});
