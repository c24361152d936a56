import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { annotateWorkbook, annotateWorkbookCopy, readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { editWorkbook, loadWorkbook } from './test-workbook.js';

/** A filled workbook with two bad cells (C3 text in a number column, F4 out of range) and an unknown column L. */
async function checked(lang: 'en' | 'zh' = 'en') {
  const filled = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
  const data = await editWorkbook(filled, (workbook) => {
    const sheet = workbook.getWorksheet('Responses')!;
    sheet.getCell('C3').value = 'many';
    sheet.getCell('C3').note = 'Asked the owner.';
    sheet.getCell('F4').value = 9;
    sheet.getCell('L1').value = 'colour';
    sheet.getCell('E5').value = '12%';
  });
  const { issues } = await readSurveyWorkbook(data, { file: 'm.xlsx', lang });
  return { data, issues };
}

const noteOf = (value: unknown): string =>
  typeof value === 'string' ? value : ((value as { texts?: { text: string }[] } | undefined)?.texts ?? []).map((run) => run.text).join('');

describe('annotateWorkbook', () => {
  it('highlights error and warning cells, explains them in notes, and leaves info cells alone', async () => {
    const { data, issues } = await checked();
    // L1 unknown column (warning), C3 not a number, F4 out of range (errors), E5 "12%" read as 12 (info).
    expect(issues.map((issue) => [issue.severity, issue.cell])).toEqual([['warning', 'L1'], ['error', 'C3'], ['error', 'F4'], ['info', 'E5']]);
    const workbook = await loadWorkbook(await annotateWorkbook(data, issues, { lang: 'en' }));
    const sheet = workbook.getWorksheet('Responses')!;
    expect(sheet.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('L1').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(sheet.getCell('E5').fill).toBeUndefined();
    // The member's own note is kept above ours.
    expect(noteOf(sheet.getCell('C3').note)).toBe(
      'Asked the owner.\nClusterLens check:\nError: The answer “many” to “Employees” is not a number.\nType a whole number between 0 and 100000.',
    );
    // Answers are untouched.
    expect(sheet.getCell('C3').value).toBe('many');
    expect(sheet.getCell('C4').value).toBe(35);
  });

  it('lists every issue on an added sheet, in the chosen language', async () => {
    const { data, issues } = await checked('zh');
    const workbook = await loadWorkbook(await annotateWorkbook(data, issues, { lang: 'zh' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Cluster', 'Questions', 'Choices', 'Responses', 'Regional', '问题清单']);
    const list = workbook.getWorksheet('问题清单')!;
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(['级别', '代码', '工作表', '单元格', '题目', '填报主体', '问题', '修改建议']);
    expect(list.rowCount).toBe(1 + issues.length);
    expect((list.getRow(3).values as unknown[]).slice(1, 7)).toEqual(['错误', 'not_a_number', 'Responses', 'C3', 'employees', 'M001']);
  });

  it('gives the same bytes for the same inputs, and replaces an earlier list when run again', async () => {
    const { data, issues } = await checked();
    const first = await annotateWorkbook(data, issues, { lang: 'en' });
    expect((await annotateWorkbook(data, issues, { lang: 'en' })).equals(first)).toBe(true);
    const again = await loadWorkbook(await annotateWorkbook(first, issues.slice(0, 1), { lang: 'en' }));
    expect(again.worksheets.filter((sheet) => sheet.name === 'ClusterLens issues')).toHaveLength(1);
    expect(again.getWorksheet('ClusterLens issues')!.rowCount).toBe(2);
  });

  it('lists file-level issues even when the file cannot be opened', async () => {
    const pdf = Buffer.from('%PDF-1.4 not a workbook');
    const { issues } = await readSurveyWorkbook(pdf, { file: 'm.xlsx' });
    const workbook = await loadWorkbook(await annotateWorkbook(pdf, issues, { lang: 'en' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['ClusterLens issues']);
    const row: Issue['message'] = String(workbook.getWorksheet('ClusterLens issues')!.getCell('G2').value);
    expect(row).toBe('“m.xlsx” is a PDF document, not an Excel workbook (.xlsx).');
  });

  it('gives a workbook of more cells than a marked copy is made for the list of issues alone, in bounded memory, with a warning saying why', async () => {
    const { data, issues } = await checked();
    // The used range of each sheet, rows × columns, counted with exceljs.
    const cells = (await loadWorkbook(data)).worksheets.reduce((sum, sheet) => sum + sheet.actualRowCount * sheet.actualColumnCount, 0);
    const limit = cells - 1;
    const copy = await annotateWorkbookCopy(data, issues, { lang: 'en', file: 'm.xlsx', maxCells: limit });
    expect(copy.kept).toBe('issues_only');
    expect(copy.issues.map((issue) => [issue.severity, issue.code, issue.file])).toEqual([['warning', 'annotation_workbook_too_large', 'm.xlsx']]);
    expect(copy.issues[0]!.message).toBe(
      `“m.xlsx” is too large to copy with its problem cells marked: its sheets reach ${cells} cells, and a marked copy is made for at most ${limit} (a copy this size would need gigabytes of memory). The copy holds the list of issues only.`,
    );
    const workbook = await loadWorkbook(copy.data);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['ClusterLens issues']);
    // Every issue of the reading, then the copy's own warning.
    expect(workbook.getWorksheet('ClusterLens issues')!.getColumn(2).values.slice(2)).toEqual([...issues.map((issue) => issue.code), 'annotation_workbook_too_large']);
    expect((await annotateWorkbookCopy(data, issues, { lang: 'en', file: 'm.xlsx', maxCells: limit })).data.equals(copy.data)).toBe(true);
    // At the limit itself, the copy is the marked workbook.
    expect((await annotateWorkbookCopy(data, issues, { lang: 'zh', file: 'm.xlsx', maxCells: cells })).kept).toBe('workbook');
    expect((await annotateWorkbookCopy(data, issues, { lang: 'zh', file: 'm.xlsx', maxCells: limit })).issues[0]!.message).toContain(`其工作表达到 ${cells} 个单元格`);
  });
});
