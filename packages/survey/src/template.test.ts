import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { loadWorkbook } from './test-workbook.js';

async function loadTemplate(lang: 'en' | 'zh'): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await writeSurveyWorkbook({ framework: testFramework, lang }));
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => (sheet.getRow(row).values as unknown[]).slice(1);

describe('blank template', () => {
  it('has the five sheets with machine-readable headers', async () => {
    const workbook = await loadTemplate('en');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Cluster', 'Questions', 'Choices', 'Responses', 'Regional']);
    expect(workbook.creator).toBe('ClusterLens');
    const responses = workbook.getWorksheet('Responses')!;
    // respondent_id, then the chain role, then the other questions in framework order.
    expect(rowValues(responses, 1)).toEqual([
      'respondent_id', 'chain_role', 'employees', 'revenue', 'rd_share', 'trust', 'in_association', 'shared', 'platform', 'note', 'founded',
    ]);
    expect(responses.getCell('C2').value).toBe('Employees (people)');
    expect(responses.rowCount).toBe(2);
    expect(rowValues(workbook.getWorksheet('Questions')!, 1)).toEqual([
      'id', 'type', 'label::en', 'label::zh', 'unit::en', 'unit::zh', 'min', 'max', 'choices', 'required', 'hint::en', 'hint::zh',
    ]);
    expect(rowValues(workbook.getWorksheet('Choices')!, 1)).toEqual(['list_name', 'value', 'label::en', 'label::zh', 'score']);
    expect(rowValues(workbook.getWorksheet('Regional')!, 2)).toEqual(['cluster_employment', 'Cluster-industry employment', 'people']);
  });

  it('leaves Cluster values empty beside explanatory labels in the chosen language', async () => {
    const cluster = (await loadTemplate('zh')).getWorksheet('Cluster')!;
    expect(rowValues(cluster, 1)).toEqual(['key', 'label', 'value']);
    expect(cluster.getColumn(1).values.slice(2)).toEqual(['cluster_id', 'name_en', 'name_zh', 'region', 'industry_code', 'survey_year', 'currency', 'population']);
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

  it('reads back as no survey, asking for the cluster metadata', async () => {
    const xlsx = await writeSurveyWorkbook({ framework: testFramework, lang: 'en' });
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'template.xlsx' });
    expect(survey).toBeNull();
    // Cluster rows: cluster_id C2, name_en C3, region C5, survey_year C7.
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['cluster_value_missing', 'C2'],
      ['cluster_value_missing', 'C3'],
      ['cluster_value_missing', 'C5'],
      ['cluster_value_missing', 'C7'],
    ]);
  });
});
