import { describe, expect, it } from 'vitest';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

describe('the Cluster sheet’s peer_group key', () => {
  it('is written by the template and read back', async () => {
    const xlsx = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: { ...testCluster, peerGroup: 'kidswear' }, respondents: testRespondents });
    const { survey } = await readSurveyWorkbook(xlsx, { file: 'f.xlsx' });
    expect(survey?.cluster.peerGroup).toBe('kidswear');
  });

  it('is optional, and a key longer than 64 characters is reported at its cell', async () => {
    const plain = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
    expect((await readSurveyWorkbook(plain, { file: 'f.xlsx' })).survey?.cluster.peerGroup).toBeUndefined();
    // Cluster rows: 2 cluster_id … 9 population, 10 peer_group; values in column C
    const long = await editWorkbook(plain, (workbook) => {
      workbook.getWorksheet('Cluster')!.getCell('C10').value = 'x'.repeat(65);
    });
    const { survey, issues } = await readSurveyWorkbook(long, { file: 'f.xlsx' });
    expect(survey?.cluster.peerGroup).toBeUndefined();
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toContainEqual(['cluster_value_invalid', 'Cluster', 'C10']);
  });
});
