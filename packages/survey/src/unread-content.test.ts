import type { Issue } from '@clusterlens/schema';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { readBoth, rewritePart } from './test-package.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

/**
 * What the reader used to pass over without a word: rows with nothing in any answer column,
 * answer cells covered by a merge from their left, and Responses-like sheets it does not read.
 * Responses columns of the test template: A respondent_id, B chain_role, C employees (required),
 * D revenue, E rd_share, F trust, … K founded; row 3 is the template's example.
 */
async function edited(edit: (workbook: ExcelJS.Workbook, responses: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster });
  return editWorkbook(template, (workbook) => edit(workbook, workbook.getWorksheet('Responses')!));
}

const brief = (issue: Issue) => [issue.severity, issue.code, `${issue.sheet ?? ''}!${issue.cell ?? ''}`, issue.question, issue.respondent];
const theirs = (issues: Issue[], codes: readonly string[]) => issues.filter((issue) => codes.includes(issue.code));

describe('rows without answers', () => {
  const rows = () =>
    edited((_, sheet) => {
      sheet.getCell('A4').value = 'm1';
      sheet.getCell('B4').value = 'upstream';
      sheet.getCell('C4').value = 5;
      // A member's id typed, the answers never filled in.
      sheet.getCell('A5').value = 'ZL-0013';
      // A note under the members, and one far to the right, past the last question.
      sheet.getCell('A7').value = 'Filled in by: Ms Li, 2025-03-01';
      sheet.getCell('Q8').value = 'checked';
      // Blank text and a formula without a value hold nothing a person typed: no issue.
      sheet.getCell('A9').value = '   ';
      sheet.getCell('A10').value = { formula: 'IF(1,"","")' } as ExcelJS.CellValue;
      sheet.getCell('A11').value = 'm2';
      sheet.getCell('B11').value = 'downstream';
      sheet.getCell('C11').value = 7;
    });

  it('warns at the id of a member with no answers, and at what other rows hold, in both readers', async () => {
    const { survey, issues } = await readBoth(await rows(), { file: 'member.xlsx' });
    expect(issues.map(brief)).toEqual([
      ['info', 'example_row_skipped', 'Responses!A3', undefined, undefined],
      ['warning', 'respondent_without_answers', 'Responses!A5', undefined, 'ZL-0013'],
      ['warning', 'row_without_answers', 'Responses!A7', undefined, undefined],
      ['warning', 'row_without_answers', 'Responses!Q8', undefined, undefined],
    ]);
    expect(issues[1]!.message).toBe('Row 5 has the respondent id “ZL-0013” but no answers; it was not counted as a member.');
    expect(issues[2]!.message).toBe('Row 7 has no answers, only “Filled in by: Ms Li, 2025-03-01” in A7; the row was not read.');
    // The member without answers is not counted, and the read says a row was left out.
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['m1', 'm2']);
    expect(survey?.sources[0]?.setAside).toEqual({ answers: 0, rows: 1 });
  });

  // A serial number filled down column Q to row 40 ahead of the returns: two members (rows 4 and 5) and 35 rows of numbers alone; two notes in column A.
  const numbered = () =>
    edited((_, sheet) => {
      for (const [row, id] of [[4, 'm1'], [5, 'm2']] as const) {
        sheet.getCell(`A${row}`).value = id;
        sheet.getCell(`B${row}`).value = 'upstream';
        sheet.getCell(`C${row}`).value = 5;
      }
      for (let row = 4; row <= 40; row++) sheet.getCell(`Q${row}`).value = row - 3;
      sheet.getCell('A45').value = 'Checked: Ms Li';
      sheet.getCell('A46').value = 'Note: returned late';
    });

  it('says a column that holds something in many rows without answers once, in the place of its first row, in both readers', async () => {
    const { survey, issues } = await readBoth(await numbered(), { file: 'member.xlsx' });
    expect(theirs(issues, ['row_without_answers', 'rows_without_answers']).map(brief)).toEqual([
      ['warning', 'rows_without_answers', 'Responses!Q6', undefined, undefined],
      ['warning', 'row_without_answers', 'Responses!A45', undefined, undefined],
      ['warning', 'row_without_answers', 'Responses!A46', undefined, undefined],
    ]);
    const grouped = issues.find((issue) => issue.code === 'rows_without_answers')!;
    // Rows 6 to 40: 35 rows, the first holding 6 − 3 = 3.
    expect(grouped.message).toBe('Between row 6 and row 40, 35 rows have no answers, only something in column Q (first “3” in Q6); they were not read.');
    expect(grouped.suggestion).toBe(
      'If column Q numbers or labels rows in advance (a serial number, a formula filled down), clear it below the last member or move it to another sheet; if these rows are members, put their ids in the first column and their answers in the question columns.',
    );
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['m1', 'm2']);
    const zh = await readBoth(await numbered(), { file: '会员.xlsx', lang: 'zh' });
    expect(zh.issues.find((issue) => issue.code === 'rows_without_answers')?.message).toBe('第 6 行至第 40 行之间有 35 行没有答案，只在 Q 列有内容（首个为 Q6 中的“3”），这些行未读取。');
  });

  it('says so in Chinese', async () => {
    const { issues } = await readBoth(await rows(), { file: '会员.xlsx', lang: 'zh' });
    expect(theirs(issues, ['respondent_without_answers', 'row_without_answers']).map((issue) => issue.message)).toEqual([
      '第 5 行有填报主体编号“ZL-0013”，但没有任何答案，未计为成员。',
      '第 7 行没有答案，只有 A7 中的“Filled in by: Ms Li, 2025-03-01”，该行未读取。',
      '第 8 行没有答案，只有 Q8 中的“checked”，该行未读取。',
    ]);
  });
});

describe('merges across answer columns', () => {
  const merged = () =>
    edited((_, sheet) => {
      sheet.getCell('A4').value = 'm1';
      sheet.getCell('B4').value = 'upstream';
      sheet.getCell('C4').value = 40;
      sheet.mergeCells('C4:D4');
      // A block over two rows and two questions: D6 is covered from C5, as D5 is.
      sheet.getCell('A5').value = 'm2';
      sheet.getCell('B5').value = 'upstream';
      sheet.getCell('C5').value = 12;
      sheet.getCell('A6').value = 'm3';
      sheet.getCell('B6').value = 'upstream';
      sheet.mergeCells('C5:D6');
      // An empty merge spans no value: nothing to say.
      sheet.mergeCells('E4:F4');
    });

  it('warns at each covered answer cell that it was read as blank, in both readers', async () => {
    const { survey, issues } = await readBoth(await merged(), { file: 'member.xlsx' });
    expect(issues.map(brief)).toEqual([
      ['info', 'example_row_skipped', 'Responses!A3', undefined, undefined],
      ['warning', 'merged_across_questions', 'Responses!D4', 'revenue', 'm1'],
      ['warning', 'merged_across_questions', 'Responses!D5', 'revenue', 'm2'],
      ['info', 'merged_value_repeated', 'Responses!C6', 'employees', 'm3'],
      ['warning', 'merged_across_questions', 'Responses!D6', 'revenue', 'm3'],
    ]);
    expect(issues[1]!.message).toBe('This cell is covered by the merged cell C4 to its left, the answer to “employees”: one value spans two columns, so “revenue” was read as blank.');
    expect(survey?.respondents.map(({ id, answers }) => [id, answers.employees, answers.revenue])).toEqual([
      ['m1', 40, undefined],
      ['m2', 12, undefined],
      ['m3', 12, undefined],
    ]);
    const zh = await readBoth(await merged(), { file: '会员.xlsx', lang: 'zh' });
    expect(zh.issues[1]!.message).toBe('该单元格被左侧的合并单元格 C4（“employees”的答案）覆盖：一个值跨了两列，因此“revenue”按空白读取。');
  });
});

describe('Responses-like sheets that are not read', () => {
  const copies = async () => {
    const data = await edited((workbook, sheet) => {
      sheet.getCell('A4').value = 'm1';
      sheet.getCell('B4').value = 'upstream';
      sheet.getCell('C4').value = 5;
      const copy = (name: string, heading: string) => {
        const other = workbook.addWorksheet(name);
        other.getCell('A1').value = 'note';
        other.getCell('B1').value = heading;
        other.getCell('B3').value = 'm9';
      };
      copy('Responses (2)', 'respondent_id');
      // Headed with the template's label rather than the id.
      copy('Late returns', 'Respondent ID (one row per member)');
      // Another column of that name is no respondent id heading.
      copy('Notes', 'respondent_id_old');
      copy('Second', 'respondent_id');
      // A copy with a title above its heading, which is in row 3; and one whose heading is past row 10, no header any more.
      const titled = workbook.addWorksheet('Returns May');
      titled.getCell('A1').value = 'Returns received in May';
      titled.getCell('A3').value = 'respondent_id';
      titled.getCell('A4').value = 'm8';
      workbook.addWorksheet('Log').getCell('A11').value = 'respondent_id';
    });
    // Excel will not name two sheets alike but for case; other writers do.
    return rewritePart(data, 'xl/workbook.xml', (xml) => xml.replace('name="Second"', 'name="responses"'));
  };

  it('warns at the heading of each, naming the sheet, in both readers', async () => {
    const { survey, issues } = await readBoth(await copies(), { file: 'member.xlsx' });
    expect(issues.map(brief)).toEqual([
      ['info', 'example_row_skipped', 'Responses!A3', undefined, undefined],
      ['warning', 'responses_sheet_not_read', 'Responses (2)!B1', undefined, undefined],
      ['warning', 'responses_sheet_not_read', 'Late returns!B1', undefined, undefined],
      ['warning', 'responses_sheet_not_read', 'responses!B1', undefined, undefined],
      ['warning', 'responses_sheet_not_read', 'Returns May!A3', undefined, undefined],
    ]);
    expect(issues[1]!.message).toBe(
      'The sheet “Responses (2)” looks like a Responses sheet (it has the respondent id heading in B1) but was not read: only the sheet “Responses” is. Any members on it are not counted.',
    );
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['m1']);
    const zh = await readBoth(await copies(), { file: '会员.xlsx', lang: 'zh' });
    expect(zh.issues[3]!.message).toBe('工作表“responses”看起来是一份 Responses 工作表（B1 中有填报主体编号的列标题），但未读取：只读取工作表“Responses”。其中的成员均未计入。');
  });
});
