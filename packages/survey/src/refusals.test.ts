import { describe, expect, it } from 'vitest';
import { inspectWorkbookBytes, readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { nativeSheets, ooxmlWorkbook } from './test-ooxml.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { zipEntries } from './test-zip.js';

/** The one issue a refused file gives: code, file and message. */
async function refusal(data: Buffer, limits = {}) {
  const { survey, issues } = await readSurveyWorkbook(data, { file: 'member.xlsx', limits });
  expect(survey).toBeNull();
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  expect(issue?.severity).toBe('error');
  expect(issue?.file).toBe('member.xlsx');
  expect(issue?.message).toContain('“member.xlsx”');
  return issue;
}

// An OLE compound file: the 8-byte signature, then stream names in UTF-16 somewhere inside.
const ole = (stream: string) => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);
const filled = () => writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });

describe('refusals', () => {
  it('names what a non-workbook is', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toMatchObject({
      code: 'not_a_workbook',
      message: '“member.xlsx” is a PDF document, not an Excel workbook (.xlsx).',
    });
    expect((await refusal(Buffer.from('respondent_id,employees\nM1,12\n')))?.message).toBe('“member.xlsx” is not an Excel workbook, despite its name: it is a text file of values separated by commas, as in a CSV file.');
    expect((await refusal(Buffer.alloc(0)))?.message).toContain('is empty');
    const docx = zipEntries([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]);
    // Each kind says once what the file is not.
    expect((await refusal(docx))?.message).toBe('“member.xlsx” is a zip archive of another kind (perhaps a Word or OpenDocument file), not an Excel workbook (.xlsx).');
  });

  it('tells a password-protected workbook from an old .xls', async () => {
    expect((await refusal(ole('EncryptedPackage')))?.code).toBe('workbook_encrypted');
    expect((await refusal(ole('Workbook')))?.code).toBe('legacy_xls');
    expect(await refusal(ole('WordDocument'))).toMatchObject({
      code: 'not_a_workbook',
      message: '“member.xlsx” is an old Office document of another kind (perhaps Word 97–2003), not an Excel workbook (.xlsx).',
    });
  });

  it('refuses truncated and corrupt zips', async () => {
    const xlsx = await filled();
    expect((await refusal(xlsx.subarray(0, Math.floor(xlsx.length / 2))))?.code).toBe('corrupt_workbook');
    // The archive says the sheet is 10 bytes long but it inflates to more: yauzl's size check catches the lie.
    const entries = zipEntries([{ name: 'xl/workbook.xml', data: '<workbook>' + ' '.repeat(500) + '</workbook>', declaredSize: 10 }]);
    expect((await refusal(entries))?.code).toBe('corrupt_workbook');
    // A sound zip whose workbook part is cut off: the XML check names the part before exceljs sees it.
    const broken = zipEntries([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="A" r:id=' },
    ]);
    expect(await refusal(broken)).toMatchObject({
      code: 'xml_malformed',
      message: '“member.xlsx” is damaged: xl/workbook.xml ends before its last element is closed (the file was probably cut off): “<sheet name="A" r:id=”. Every sheet depends on this part, so nothing was read.',
    });
  });

  it('refuses files over the size limit', async () => {
    const xlsx = await filled();
    expect(await refusal(xlsx, { maxFileBytes: 1000 })).toMatchObject({ code: 'file_too_large' });
  });

  it('refuses zip bombs by total size and by ratio, before parsing', async () => {
    // 30 MB of spaces deflate to ~30 KB: a ratio near 1000, far above the default limit of 200.
    const bomb = zipEntries([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/sharedStrings.xml', data: Buffer.alloc(30_000_000, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal(bomb)).toMatchObject({ code: 'zip_ratio_too_high' });
    expect(await refusal(bomb, { maxUncompressedBytes: 10_000_000 })).toMatchObject({ code: 'zip_too_large' });
    // The archive declares 1 KB but inflates to 30 MB: the real bytes count, not the declaration.
    const liar = zipEntries([{ name: 'xl/workbook.xml', data: Buffer.alloc(30_000_000, 0x20), declaredSize: 1000 }]);
    expect(['zip_ratio_too_high', 'corrupt_workbook']).toContain((await refusal(liar))?.code);
  });

  it('refuses absurd dimensions, naming the sheet', async () => {
    const tooFar = nativeSheets([['respondent_id'], ['M1']]);
    const responses = tooFar[3]!;
    responses.after = '';
    responses.dimension = 'A1:B2000000';
    const declared = await refusal(ooxmlWorkbook(tooFar));
    expect(declared).toMatchObject({ code: 'sheet_too_large', sheet: 'Responses' });
    const wide = nativeSheets([['respondent_id', ...Array.from({ length: 2100 }, (_, i) => `q${i}`)]]);
    expect(await refusal(ooxmlWorkbook(wide))).toMatchObject({ code: 'sheet_too_large', sheet: 'Responses' });
    const merged = nativeSheets([['respondent_id'], ['M1']]);
    merged[3]!.after = '<mergeCells count="1"><mergeCell ref="A3:Z100000"/></mergeCells>';
    expect(await refusal(ooxmlWorkbook(merged))).toMatchObject({ code: 'merged_area_too_large', sheet: 'Responses' });
  });

  it('passes a normal workbook, measuring its sheets for the other readers', async () => {
    const inspection = await inspectWorkbookBytes(await filled(), { file: 'ok.xlsx' });
    expect(inspection.issues).toEqual([]);
    expect(inspection.sheets.map((sheet) => sheet.name)).toEqual(['Cluster', 'Questions', 'Choices', 'Responses', 'Regional']);
    // Six respondents from row 3: the last cell is on row 8, in column K (11 columns).
    expect(inspection.sheets[3]?.extent).toMatchObject({ maxCellRow: 8, maxCellColumn: 11 });
    expect(inspection.damaged).toEqual([]);
  });

  it('speaks Chinese', async () => {
    const { issues } = await readSurveyWorkbook(ole('EncryptedPackage'), { file: '会员.xlsx', lang: 'zh' });
    expect(issues[0]?.message).toBe('“会员.xlsx”设置了打开密码，无法读取。');
  });
});
