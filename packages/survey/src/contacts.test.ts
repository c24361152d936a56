import type { Framework, Question } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { readSurveyWorkbook, readSurveyWorkbookStream, writeSurveyWorkbook } from './index.js';
import { EMAIL_CONSTRAINT } from './formats/constraint.js';
import { readXlsForm } from './formats/xlsform-read.js';
import { writeXlsForm } from './formats/xlsform-write.js';
import { testFramework } from './test-framework.js';
import { testCluster } from './test-respondents.js';
import { editWorkbook, loadWorkbook } from './test-workbook.js';

const email: Question = {
  id: 'contact_email',
  type: 'text',
  label: { en: 'Contact e-mail', zh: '联系邮箱' },
  required: false,
  format: 'email',
};

/** The test framework with a contact e-mail question and one suggestion of contact key `export`. */
const framework: Framework = {
  ...testFramework,
  questions: [...testFramework.questions, email],
  dimensions: testFramework.dimensions.map((d) => ({ ...d, suggestions: [{ text: { en: 'Try exporting.', zh: '尝试出口。' }, contact: 'export' }] })),
};

const rows = (values: Record<string, string>) => Object.entries(values).map(([id, address]) => ({ id, answers: { chain_role: 'upstream', employees: 10, contact_email: address } }));

describe('a text question of format email', () => {
  it('is written to the Questions sheet, validated in Responses and shown by a valid example', async () => {
    const workbook = await loadWorkbook(await writeSurveyWorkbook({ framework, lang: 'en' }));
    const questions = workbook.getWorksheet('Questions')!;
    const last = questions.getRow(questions.rowCount);
    expect([last.getCell(1).value, last.getCell(13).value]).toEqual(['contact_email', 'email']);
    // respondent_id, chain_role, then the other ten questions: the e-mail is column L.
    const responses = workbook.getWorksheet('Responses')!;
    expect(responses.getCell('L1').value).toBe('contact_email');
    expect(responses.getCell('L3').value).toBe('name@example.com');
    expect(responses.getCell('L3').dataValidation).toMatchObject({
      type: 'custom',
      formulae: ['AND(ISNUMBER(FIND("@",L3)),ISERROR(FIND(" ",L3)),ISNUMBER(FIND(".",L3,FIND("@",L3))))'],
      showErrorMessage: true,
      prompt: 'Type one e-mail address, e.g. name@example.com, or leave it empty.',
    });
  });

  it.each([
    ['in memory', readSurveyWorkbook],
    ['streamed', readSurveyWorkbookStream],
  ])('keeps addresses and refuses anything else at its cell, without repeating it (%s)', async (_, read) => {
    const respondents = rows({ M1: 'li.hua@example.org', M2: 'li.hua＠example.org', M3: 'li hua@example.org', M4: 'li@example', M5: 'A.Wang+news@mail.example.co.uk' });
    const xlsx = await writeSurveyWorkbook({ framework, lang: 'en', cluster: testCluster, respondents });
    const { survey, issues } = await read(xlsx, { file: 'emails.xlsx' });
    const answers = Object.fromEntries(survey!.respondents.map((r) => [r.id, r.answers['contact_email']]));
    expect(answers).toEqual({ M1: 'li.hua@example.org', M2: undefined, M3: undefined, M4: undefined, M5: 'A.Wang+news@mail.example.co.uk' });
    const refused = issues.filter((i) => i.code === 'not_an_email');
    // Rows 3–7 hold M1–M5.
    expect(refused.map((i) => [i.severity, i.cell, i.question, i.respondent])).toEqual([
      ['error', 'L4', 'contact_email', 'M2'],
      ['error', 'L5', 'contact_email', 'M3'],
      ['error', 'L6', 'contact_email', 'M4'],
    ]);
    expect(refused[0]!.message).toBe('The answer to “Contact e-mail” is not an e-mail address.');
    expect(JSON.stringify(issues)).not.toMatch(/li\.?\s?hua|li@example/u);
  });

  it('refuses a number typed as an e-mail, and a format on a question that is not text', async () => {
    const xlsx = await writeSurveyWorkbook({ framework, lang: 'zh', cluster: testCluster, respondents: rows({ M1: 'ok@example.org' }) });
    const edited = await editWorkbook(xlsx, (workbook) => {
      workbook.getWorksheet('Responses')!.getCell('L3').value = 12345;
      // employees is the Questions sheet's first question, on row 2; M is its format column.
      workbook.getWorksheet('Questions')!.getCell('M2').value = 'email';
    });
    const { survey, issues } = await readSurveyWorkbook(edited, { file: 'x.xlsx', lang: 'zh' });
    expect(survey!.respondents[0]!.answers['contact_email']).toBeUndefined();
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['invalid_definition_value', 'Questions', 'M2'],
      ['not_an_email', 'Responses', 'L3'],
    ]);
    expect(issues[1]!.message).toBe('“联系邮箱”的答案不是电子邮箱地址。');
    expect(survey!.questions.find((q) => q.id === 'employees')).not.toHaveProperty('format');
  });

  it('becomes an XLSForm constraint, and the form reads back with the format', async () => {
    const form = await writeXlsForm(framework, { lang: 'en' });
    const survey = (await loadWorkbook(form)).getWorksheet('survey')!;
    const header = (survey.getRow(1).values as unknown[]).map(String);
    const row = survey.getRows(2, survey.rowCount - 1)!.find((r) => r.getCell(2).value === 'contact_email')!;
    expect(row.getCell(header.indexOf('constraint')).value).toBe(EMAIL_CONSTRAINT);
    const { questions, issues } = await readXlsForm(form, { file: 'form.xlsx', lang: 'en' });
    expect(issues).toEqual([]);
    expect(questions.find((q) => q.id === 'contact_email')).toEqual(email);
  });
});

describe('the association’s contacts on the Cluster sheet', () => {
  const contacts = { default: { name: 'Member desk', phone: '0572-000000' }, export: { name: 'Ms Li Hua', email: 'li@assoc.example.org' } };

  it('lists a default contact and one per suggestion contact key, and reads back what was written', async () => {
    const xlsx = await writeSurveyWorkbook({ framework, lang: 'both', cluster: { ...testCluster, contacts }, respondents: rows({ M1: 'a@example.org' }) });
    const sheet = (await loadWorkbook(xlsx)).getWorksheet('Cluster')!;
    const keys = (sheet.getColumn(1).values as unknown[]).slice(12);
    expect(keys).toEqual(['contact_default_name', 'contact_default_email', 'contact_default_phone', 'contact_export_name', 'contact_export_email', 'contact_export_phone']);
    expect(sheet.getCell('B15').value).toBe(
      'Association contact for member-report suggestions with contact key “export” (optional): name (person or desk) / 会员反馈报告中联系人代码为“export”的建议的协会联系人（选填）：姓名或部门',
    );
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'c.xlsx' });
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(survey!.cluster.contacts).toEqual(contacts);
  });

  it('reports a contact without a name or with a bad e-mail at its cell and leaves that contact out', async () => {
    const xlsx = await writeSurveyWorkbook({ framework, lang: 'en', cluster: testCluster, respondents: rows({ M1: 'a@example.org' }) });
    const edited = await editWorkbook(xlsx, (workbook) => {
      const sheet = workbook.getWorksheet('Cluster')!;
      // Rows 12–14 default name/email/phone, 15–17 export; a typed row for another topic below.
      sheet.getCell('C14').value = '0572-111111';
      sheet.getCell('C15').value = 'Ms Li';
      sheet.getCell('C16').value = 'li at assoc';
      sheet.addRow(['contact_training_name', '', 'Training desk']);
    });
    const { survey, issues } = await readSurveyWorkbook(edited, { file: 'c.xlsx' });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['cluster_value_missing', 'C14'],
      ['cluster_value_invalid', 'C16'],
    ]);
    expect(issues[1]!.message).toContain('“li at assoc”');
    expect(survey!.cluster.contacts).toEqual({ training: { name: 'Training desk' } });
  });

  it('leaves contacts out of a survey whose contact rows are empty', async () => {
    const xlsx = await writeSurveyWorkbook({ framework, lang: 'en', cluster: testCluster, respondents: rows({ M1: 'a@example.org' }) });
    const { survey } = await readSurveyWorkbook(xlsx, { file: 'c.xlsx' });
    expect(survey!.cluster).not.toHaveProperty('contacts');
  });
});
