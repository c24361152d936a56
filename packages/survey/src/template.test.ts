import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { loadWorkbook } from './test-workbook.js';

async function loadTemplate(lang: 'en' | 'zh' | 'both'): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await writeSurveyWorkbook({ framework: testFramework, lang }));
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => (sheet.getRow(row).values as unknown[]).slice(1);

describe('blank template', () => {
  it('opens on instructions, then the five sheets with machine-readable headers', async () => {
    const workbook = await loadTemplate('en');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Instructions', 'Cluster', 'Questions', 'Choices', 'Responses', 'Regional']);
    expect(workbook.creator).toBe('ClusterLens');
    const responses = workbook.getWorksheet('Responses')!;
    // respondent_id, then the chain role, then the other questions in framework order.
    expect(rowValues(responses, 1)).toEqual([
      'respondent_id', 'chain_role', 'employees', 'revenue', 'rd_share', 'trust', 'in_association', 'shared', 'platform', 'note', 'founded',
    ]);
    expect(responses.getCell('C2').value).toBe('Employees (people)');
    // Row 3 is the example row; nothing below it.
    expect(responses.rowCount).toBe(3);
    expect(rowValues(workbook.getWorksheet('Questions')!, 1)).toEqual([
      'id', 'type', 'label::en', 'label::zh', 'unit::en', 'unit::zh', 'min', 'max', 'choices', 'required', 'hint::en', 'hint::zh', 'format',
    ]);
    expect(rowValues(workbook.getWorksheet('Choices')!, 1)).toEqual(['list_name', 'value', 'label::en', 'label::zh', 'score']);
    expect(rowValues(workbook.getWorksheet('Regional')!, 2)).toEqual(['cluster_employment', 'Cluster-industry employment', 'people']);
  });

  it('leaves Cluster values empty beside explanatory labels in the chosen language', async () => {
    const cluster = (await loadTemplate('zh')).getWorksheet('Cluster')!;
    expect(rowValues(cluster, 1)).toEqual(['key', 'label', 'value']);
    // The association's default contact follows: the test framework's suggestions name no contact key of their own.
    expect(cluster.getColumn(1).values.slice(2)).toEqual([
      'cluster_id', 'name_en', 'name_zh', 'region', 'industry_code', 'survey_year', 'currency', 'population', 'peer_group', 'region_zh',
      'contact_default_name', 'contact_default_email', 'contact_default_phone',
    ]);
    expect(cluster.getCell('B7').value).toBe('调查年份，如 2024');
    expect(cluster.getColumn(3).values.slice(2).filter((value) => value !== null && value !== undefined)).toEqual([]);
  });

  it('freezes the id and label rows and the respondent id column', async () => {
    const responses = (await loadTemplate('en')).getWorksheet('Responses')!;
    expect(responses.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });

  it('validates answer cells from row 3 to row 1002 with dropdowns and ranges', async () => {
    const responses = (await loadTemplate('zh')).getWorksheet('Responses')!;
    const validation = (address: string) => responses.getCell(address).dataValidation;
    // chain_role points at the roles list: Choices rows 2–5 (four roles).
    expect(validation('B3')).toMatchObject({ type: 'list', formulae: ['Choices!$B$2:$B$5'], showErrorMessage: true });
    expect(validation('C3')).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 100000], prompt: '请填写介于 0 与 100000 之间的整数。' });
    expect(validation('D1002')).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(validation('E500')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(validation('F3')).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5"'], prompt: '请选择 1 至 5 之间的整数。 1 = 竞争，5 = 信任' });
    expect(validation('G3')).toMatchObject({ type: 'list', formulae: ['"yes,no"'] });
    expect(validation('H3')).toMatchObject({ prompt: '填写一个或多个代码，用空格分隔。可用代码：logistics, testing, training' });
    expect(validation('H3')?.showErrorMessage).toBeFalsy();
    // platform uses the levels list: Choices rows 9–12, after roles (2–5) and shared (6–8).
    expect(validation('I3')).toMatchObject({ type: 'list', formulae: ['Choices!$B$9:$B$12'] });
    expect(validation('A3')).toBeUndefined();
    expect(validation('B2')).toBeUndefined();
    expect(validation('B1003')).toBeUndefined();
  });

  it('reads back as no survey, asking for the cluster metadata and for answers', async () => {
    const xlsx = await writeSurveyWorkbook({ framework: testFramework, lang: 'en' });
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'template.xlsx' });
    expect(survey).toBeNull();
    // Cluster rows: cluster_id C2, name_en C3, region C5, survey_year C7; the example row alone is no answer.
    expect(issues.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual([
      ['cluster_value_missing', 'Cluster', 'C2'],
      ['cluster_value_missing', 'Cluster', 'C3'],
      ['cluster_value_missing', 'Cluster', 'C5'],
      ['cluster_value_missing', 'Cluster', 'C7'],
      ['example_row_skipped', 'Responses', 'A3'],
      ['responses_empty', 'Responses', undefined],
    ]);
  });

  it('writes the instructions in the chosen language, both side by side for both', async () => {
    const zh = (await loadTemplate('zh')).worksheets[0]!;
    expect(zh.name).toBe('填写说明');
    expect(zh.getCell('A1').value).toBe('ClusterLens 问卷 — 填写说明');
    const both = (await loadTemplate('both')).worksheets[0]!;
    expect(both.name).toBe('Instructions 填写说明');
    expect([both.getCell('A1').value, both.getCell('B1').value]).toEqual(['ClusterLens survey — how to fill in this workbook', 'ClusterLens 问卷 — 填写说明']);
    // Title, a blank row, eight steps.
    expect(both.rowCount).toBe(10);
  });

  it('labels questions as “English / 中文” for both languages', async () => {
    const workbook = await loadTemplate('both');
    const responses = workbook.getWorksheet('Responses')!;
    expect(responses.getCell('A2').value).toBe('Respondent id (one row per member) / 填报主体编号（每个成员一行）');
    expect(responses.getCell('C2').value).toBe('Employees (people) / 员工人数（人）');
    expect(workbook.getWorksheet('Cluster')!.getCell('B7').value).toBe('Survey year, e.g. 2024 / 调查年份，如 2024');
    expect(responses.getCell('G3').dataValidation).toMatchObject({
      promptTitle: 'How to answer / 填写说明',
      prompt: 'Choose yes or no. 请选择 yes（是）或 no（否）。',
    });
  });

  it('shows one shaded example row with a note, valid for every question', async () => {
    const responses = (await loadTemplate('en')).getWorksheet('Responses')!;
    // employees 120 (0–100000), revenue 85.5, rd_share 35, trust (1+5)/2 = 3, first codes of each list.
    expect(rowValues(responses, 3)).toEqual([
      'EXAMPLE', 'upstream', 120, 85.5, 35, 3, 'yes', 'logistics testing', 'none', 'Example answer', '2024-03-15',
    ]);
    expect(responses.getCell('A3').note).toContain('never read');
    expect(responses.getCell('F3').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF2CC' } });
  });

  it('leaves the example out of a filled workbook', async () => {
    const xlsx = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', respondents: [{ id: 'M1', answers: { chain_role: 'upstream' } }] });
    const workbook = await loadWorkbook(xlsx);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Cluster', 'Questions', 'Choices', 'Responses', 'Regional']);
    expect(workbook.getWorksheet('Responses')!.getCell('A3').value).toBe('M1');
  });
});
