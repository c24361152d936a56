import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentResult } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { editedWorkbook, pdfText, respondentIds, responseColumn, runMain, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();

describe('what the reader set aside, as the report states it', () => {
  let dir: string;
  let members: number;

  beforeAll(async () => {
    dir = await temp();
    members = (await respondentIds(SMALL('packaging-valley'))).length;
    await editedWorkbook(SMALL('packaging-valley'), join(dir, 'messy.xlsx'), (workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      // Members from row 3: one refused answer, a row without its id, a row repeating row 3's id,
      // and a required answer left blank, which refuses nothing.
      sheet.getCell(`${responseColumn(workbook, 'employees')}3`).value = 'about forty';
      sheet.getCell(`${responseColumn(workbook, 'employees')}4`).value = null;
      sheet.getCell('A5').value = null;
      sheet.getCell('A6').value = sheet.getCell('A3').value;
    });
  });

  it('counts one refused answer and two left-out member rows, in the results and in both languages’ reports', async () => {
    for (const lang of ['en', 'zh']) {
      const run = await runMain(['assess', 'messy.xlsx', '--formats', 'json,pdf', '--lang', lang, '-o', lang, '--quiet'], dir);
      expect(run.code).toBe(1);
    }
    const result = JSON.parse(await readFile(join(dir, 'en', 'results.json'), 'utf8')) as AssessmentResult;
    expect(result.clusters[0]?.respondents).toMatchObject({ count: members - 2, excluded: 1, excludedRows: 2 });
    const en = (await pdfText(join(dir, 'en', 'packaging-valley.pdf'))).replace(/\s+/gu, ' ');
    expect(en).toContain(`${members - 2} respondents answered the survey. 1 answer was set aside as invalid. 2 more member rows were left out: without a respondent id, or repeating one.`);
    const zh = (await pdfText(join(dir, 'zh', 'packaging-valley.pdf'))).replace(/\s+/gu, '');
    expect(zh).toContain(`共有${members - 2}家填报主体参与调查。1个回答因无效未予采用。另有2行成员数据未予采用（缺少填报主体编号或编号重复）。`);
  });
});
