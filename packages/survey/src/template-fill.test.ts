import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { editWorkbook } from './test-workbook.js';

/** A member fills the blank bilingual template in a spreadsheet program: Cluster values, two rows under the example. */
function fillTemplate(workbook: ExcelJS.Workbook): void {
  const cluster = workbook.getWorksheet('Cluster')!;
  // Cluster rows: 2 cluster_id, 3 name_en, 4 name_zh, 5 region, 7 survey_year, 10 peer_group, 11 region_zh.
  for (const [address, value] of [['C2', 'zhili-kidswear'], ['C3', 'Zhili children’s wear'], ['C4', '织里童装'], ['C5', 'Huzhou'], ['C7', 2024], ['C11', '湖州']] as const) {
    cluster.getCell(address).value = value;
  }
  // Regional row 2: the first statistic, with its source and year (columns E, F); row 3 without them.
  const regional = workbook.getWorksheet('Regional')!;
  regional.getRow(2).getCell(4).value = 1200;
  regional.getRow(2).getCell(5).value = 'Huzhou Statistical Yearbook 2024';
  regional.getRow(2).getCell(6).value = 2023;
  regional.getRow(3).getCell(4).value = 7;
  const responses = workbook.getWorksheet('Responses')!;
  responses.getRow(4).values = ['M1', 'upstream', 120, 85.5, 3.5, 4, 'yes', 'logistics testing', 'provincial', 'Printing', '2003-05-17'];
  responses.getRow(5).values = ['M2', 'research', 8, null, null, 2, 'no', null, 'none', null, null];
}

const expected = [
  {
    id: 'M1',
    chainRole: 'upstream',
    answers: { chain_role: 'upstream', employees: 120, revenue: 85.5, rd_share: 3.5, trust: 4, in_association: true, shared: ['logistics', 'testing'], platform: 'provincial', note: 'Printing', founded: '2003-05-17' },
  },
  { id: 'M2', chainRole: 'research', answers: { chain_role: 'research', employees: 8, trust: 2, in_association: false, platform: 'none' } },
];

const hasSoffice = spawnSync('which', ['soffice']).status === 0;
// Made by the test that needs it: a folder made as the file loads outlives a run that skips every test here (vitest -t).
let made: string | undefined;
const workDir = (): string => (made ??= mkdtempSync(join(tmpdir(), 'clusterlens-lo-')));
afterAll(() => {
  if (made !== undefined) rmSync(made, { recursive: true, force: true });
});

/** Runs LibreOffice headless with a private profile, so parallel runs do not share a lock. */
function soffice(args: string[]): number | null {
  const profile = `-env:UserInstallation=file://${join(workDir(), 'profile')}`;
  return spawnSync('soffice', [profile, '--headless', ...args], { cwd: workDir(), timeout: 120_000 }).status;
}

describe('template → fill → validate', () => {
  it('reads back exactly what the member typed, skipping the example row', async () => {
    const filled = await editWorkbook(await writeSurveyWorkbook({ framework: testFramework, lang: 'both' }), fillTemplate);
    const { survey, issues } = await readSurveyWorkbook(filled, { file: 'member.xlsx' });
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([['example_row_skipped', 'A3']]);
    expect(survey?.respondents.map(({ id, chainRole, answers }) => ({ id, chainRole, answers }))).toEqual(expected);
    expect(survey?.respondents.map((respondent) => respondent.source.row)).toEqual([4, 5]);
    expect(survey?.cluster).toMatchObject({ region: 'Huzhou', regionZh: '湖州' });
    const [first, second] = testFramework.regional.map((stat) => stat.key);
    expect(survey?.regional).toEqual({ [first!]: 1200, [second!]: 7 });
    expect(survey?.regionalSources).toEqual({ [first!]: { source: 'Huzhou Statistical Yearbook 2024', year: 2023 } });
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice, and reads back the same after LibreOffice saves it', { timeout: 180_000 }, async () => {
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'zh' });
    writeFileSync(join(workDir(), 'template.xlsx'), template);
    expect(soffice(['--convert-to', 'csv', '--outdir', join(workDir(), 'csv'), 'template.xlsx'])).toBe(0);
    // The first sheet is the instructions; LibreOffice wrote it out, so it parsed the workbook.
    expect(readFileSync(join(workDir(), 'csv', 'template.csv'), 'utf8').length).toBeGreaterThan(0);

    writeFileSync(join(workDir(), 'filled.xlsx'), await editWorkbook(template, fillTemplate));
    expect(soffice(['--convert-to', 'xlsx', '--outdir', join(workDir(), 'resaved'), 'filled.xlsx'])).toBe(0);
    const { survey, issues } = await readSurveyWorkbook(readFileSync(join(workDir(), 'resaved', 'filled.xlsx')), { file: 'resaved.xlsx' });
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([['example_row_skipped', 'A3']]);
    expect(survey?.respondents.map(({ id, chainRole, answers }) => ({ id, chainRole, answers }))).toEqual(expected);
  });
});
