import type { Framework } from '@clusterlens/schema';
import type { Worksheet } from 'exceljs';
import { writeSurveyWorkbook } from './write-workbook.js';
import { testFramework } from './test-framework.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

/** The test framework with a second percent question, so that a member's other percentage can show whether it types 0–100. */
export const percentFramework: Framework = {
  ...testFramework,
  questions: [...testFramework.questions, { id: 'export_share', type: 'percent', label: { en: 'Export share', zh: '出口占比' }, min: 0, max: 100, required: false }],
};

/** Members m1… on Responses rows 3…; rd_share is column E, export_share column L (after founded). */
export async function percentWorkbook(members: { rd?: number; exports?: number }[], edit?: (sheet: Worksheet) => void): Promise<Buffer> {
  const respondents = members.map(({ rd, exports }, index) => ({
    id: `m${index + 1}`,
    answers: { chain_role: 'upstream', employees: 10, ...(rd === undefined ? {} : { rd_share: rd }), ...(exports === undefined ? {} : { export_share: exports }) },
  }));
  const xlsx = await writeSurveyWorkbook({ framework: percentFramework, lang: 'en', cluster: testCluster, respondents });
  return edit ? editWorkbook(xlsx, (workbook) => edit(workbook.getWorksheet('Responses')!)) : xlsx;
}
