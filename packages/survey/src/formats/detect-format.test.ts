import { describe, expect, it } from 'vitest';
import { readSurveyWorkbook } from '../read-workbook.js';
import { editWorkbook } from '../test-workbook.js';
import { testCluster, testRespondents } from '../test-respondents.js';
import { writeSurveyWorkbook } from '../write-workbook.js';
import { testFramework } from '../test-framework.js';
import { detectSurveyFormat } from './detect-format.js';
import { readSurveyFile } from './read-survey-file.js';
import { csvOf, KOBO_META, koboMeta, odkTail, ODK_TAIL, workbookOf, zipOf } from './test-exports.js';
import { writeXlsForm } from './xlsform-write.js';

describe('detectSurveyFormat', () => {
  it('tells every kind of file apart by its content', async () => {
    const kobo = await workbookOf({ export: [['respondent_id', ...KOBO_META], ['M1', ...koboMeta(1)]] });
    const odkCsv = csvOf([['SubmissionDate', 'respondent_id', ...ODK_TAIL], ['2024-03-01', 'M1', ...odkTail(1)]]);
    const plain = await workbookOf({ 'Form responses 1': [['Timestamp', 'Role'], ['2024/03/01', 'Upstream']] });
    const cases: [Buffer, string, string][] = [
      [await writeSurveyWorkbook({ framework: testFramework, lang: 'en' }), 'survey.xlsx', 'native'],
      [await writeXlsForm(testFramework, { lang: 'en' }), 'form.xlsx', 'xlsform'],
      [kobo, 'kobo.xlsx', 'kobo'],
      [Buffer.from('respondent_id;_id;_uuid;_submission_time\r\nM1;1;u;2024\r\n'), 'kobo.csv', 'kobo'],
      [zipOf({ 'survey.csv': odkCsv }), 'survey.zip', 'odk'],
      [Buffer.from(odkCsv), 'survey.csv', 'odk'],
      [plain, 'responses.xlsx', 'table'],
      [Buffer.from('Timestamp,Role\r\n2024/03/01,Upstream\r\n'), 'responses.csv', 'table'],
      [Buffer.from('\uFEFF时间戳,角色\r\n2024/03/01,上游\r\n'), 'responses.csv', 'table'],
      [Buffer.from('%PDF-1.7\n%\xe2\xe3\n', 'latin1'), 'report.xlsx', 'unknown'],
      [zipOf({ 'word/document.xml': '<w:document/>' }), 'letter.docx', 'unknown'],
      [Buffer.alloc(0), 'empty.xlsx', 'unknown'],
    ];
    for (const [data, file, expected] of cases) expect([file, detectSurveyFormat(data, file)]).toEqual([file, expected]);
  });

  it('takes a workbook with two of the template’s sheets as native, so its reader can name the one it lost', async () => {
    const template = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
    const renamed = await editWorkbook(template, (workbook) => {
      workbook.getWorksheet('Responses')!.name = 'Sheet1';
    });
    expect(detectSurveyFormat(renamed, 'survey.xlsx')).toBe('native');
    const { survey, issues } = await readSurveyFile(renamed, { file: 'survey.xlsx', framework: testFramework });
    expect([survey, issues.map((issue) => [issue.code, issue.sheet])]).toEqual([null, [['missing_sheet', 'Responses']]]);
    // One sheet that happens to be called Responses is still a plain table.
    expect(detectSurveyFormat(await workbookOf({ Responses: [['Timestamp', 'Role']] }), 'responses.xlsx')).toBe('table');
  });

  it('reads CSV saved by Chinese Excel (GB18030) as well as UTF-8', async () => {
    const gb = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x41, 0x0d, 0x0a]); // "张三,A" in GB18030
    expect(detectSurveyFormat(gb, 'names.csv')).toBe('table');
  });

  it('answers an XLSForm or an unknown file with one clear issue', async () => {
    const form = await readSurveyFile(await writeXlsForm(testFramework, { lang: 'en' }), { file: 'form.xlsx', framework: testFramework });
    expect([form.format, form.survey, form.issues.map((issue) => issue.code)]).toEqual(['xlsform', null, ['xlsform_not_responses']]);
    const pdf = await readSurveyFile(Buffer.from('%PDF-1.7\n'), { file: 'report.xlsx' });
    expect([pdf.format, pdf.issues.map((issue) => [issue.code, issue.message])]).toEqual([
      'unknown',
      [['not_a_workbook', '“report.xlsx” is a PDF document, not an Excel workbook (.xlsx).']],
    ]);
  });

  it('calls the lock file Excel keeps beside an open workbook what it is, in both languages', async () => {
    // Excel's lock file: a length byte, the user's name padded with spaces, NUL bytes (165 bytes in all).
    const lock = Buffer.concat([Buffer.from([5]), Buffer.from('Ms Li'.padEnd(54, ' '), 'latin1'), Buffer.alloc(110)]);
    const en = await readSurveyFile(lock, { file: 'surveys/~$zhili.xlsx' });
    expect(en.issues.map((issue) => [issue.severity, issue.code, issue.message, issue.suggestion])).toEqual([
      [
        'error',
        'not_a_workbook',
        '“surveys/~$zhili.xlsx” is the lock file Excel or WPS keeps while a workbook is open, not an Excel workbook (.xlsx).',
        'Leave it out: it goes away when the workbook is closed. If the workbook has changes not yet saved, save it and check it again.',
      ],
    ]);
    const zh = await readSurveyFile(lock, { file: '~$织里.xlsx', lang: 'zh' });
    expect(zh.issues[0]?.message).toBe('“~$织里.xlsx”是 Excel 或 WPS 在工作簿打开期间保留的锁定文件，不是 Excel 工作簿（.xlsx）。');
    // The same bytes under another name are only bytes of no known format; a real workbook named ~$… is read.
    expect((await readSurveyFile(lock, { file: 'zhili.xlsx' })).issues[0]?.message).toBe('“zhili.xlsx” is not in a format ClusterLens knows, not an Excel workbook (.xlsx).');
    const workbook = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
    expect((await readSurveyFile(workbook, { file: '~$copy.xlsx', framework: testFramework })).survey).not.toBeNull();
  });

  it('hands a native workbook to readSurveyWorkbook unchanged', async () => {
    const data = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
    const options = { file: 'survey.xlsx', framework: testFramework };
    expect(await readSurveyFile(data, options)).toEqual({ ...(await readSurveyWorkbook(data, options)), format: 'native' });
  });

  it('never throws on damaged input, whatever format it is read as', async () => {
    const kobo = await workbookOf({ export: [['respondent_id', 'chain_role', ...KOBO_META], ['M1', 'upstream', ...koboMeta(1)]] });
    const odk = zipOf({ 'a.csv': csvOf([['SubmissionDate', 'chain_role', ...ODK_TAIL], ['2024', 'upstream', ...odkTail(1)]]) });
    const inputs = [kobo.subarray(0, kobo.length >> 1), odk.subarray(0, odk.length - 30), Buffer.from('PK\x03\x04garbage'), Buffer.from('"unclosed,quote\n1,2')];
    for (const data of inputs) {
      for (const format of ['kobo', 'odk', 'table', undefined] as const) {
        const result = await readSurveyFile(data, { file: 'x', framework: testFramework, cluster: testCluster, mapping: { cluster: testCluster, columns: [{ header: 'chain_role', question: 'chain_role' }] }, ...(format ? { format } : {}) });
        // Either a survey or a clean error issue — never an exception.
        if (result.survey === null) expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true);
      }
    }
  });
});
