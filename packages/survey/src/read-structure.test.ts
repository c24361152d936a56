import type { Issue, Respondent } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster, testRegional, testRespondents } from './test-respondents.js';
import { currencyCode } from './read-text.js';
import { readBoth, rewritePart } from './test-package.js';
import { editWorkbook } from './test-workbook.js';

const filled = () =>
  writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents, regional: testRegional });
const brief = (issue: Issue) => [issue.severity, issue.code, issue.sheet, issue.cell];
const said = (issues: Issue[]) => issues.map((issue) => [...brief(issue), issue.message]);

/** The filled workbook with Cluster sheet cells typed in (column C: 7 survey_year, 8 currency, 9 population), read in `lang`. */
async function withCluster(cells: Record<string, string>, lang: 'en' | 'zh' = 'en') {
  const xlsx = await editWorkbook(await filled(), (workbook) => {
    const sheet = workbook.getWorksheet('Cluster')!;
    for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  });
  return readSurveyWorkbook(xlsx, { file: 'f.xlsx', lang });
}

describe('workbook structure', () => {
  it('names a missing required sheet and gives no survey; Regional is optional', async () => {
    const xlsx = await editWorkbook(await filled(), (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet('Questions')!.id);
      workbook.removeWorksheet(workbook.getWorksheet('Regional')!.id);
    });
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'f.xlsx' });
    expect(survey).toBeNull();
    expect(issues.map(brief)).toEqual([['error', 'missing_sheet', 'Questions', undefined]]);
    expect(issues[0]?.message).toBe('The sheet “Questions” is missing.');
  });

  it('names a missing or column-less Choices sheet alone, without the questions and chain-role column it costs', async () => {
    const xlsx = await editWorkbook(await filled(), (workbook) => workbook.removeWorksheet(workbook.getWorksheet('Choices')!.id));
    for (const framework of [undefined, testFramework]) {
      const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx', ...(framework ? { framework } : {}) });
      expect(survey).toBeNull();
      expect(issues.map(brief)).toEqual([['error', 'missing_sheet', 'Choices', undefined]]);
    }
    const withoutNames = await editWorkbook(await filled(), (workbook) => void (workbook.getWorksheet('Choices')!.getCell('A1').value = 'list'));
    const { survey, issues } = await readBoth(withoutNames, { file: 'f.xlsx' });
    expect(survey).toBeNull();
    expect(issues.map(brief)).toEqual([['error', 'missing_column', 'Choices', undefined]]);
  });

  it('gives responses_empty alone for a Responses sheet with nothing in it, not even a header', async () => {
    // The Responses sheet is the fourth part.
    const blank = await rewritePart(await filled(), 'xl/worksheets/sheet4.xml', (xml) => xml.replace(/<sheetData>.*<\/sheetData>/s, '<sheetData/>'));
    for (const framework of [undefined, testFramework]) {
      const { survey, issues } = await readBoth(blank, { file: 'f.xlsx', ...(framework ? { framework } : {}) });
      expect(survey).toBeNull();
      expect(issues.map(brief)).toEqual([['error', 'responses_empty', 'Responses', undefined]]);
      expect(issues[0]?.message).toBe('The sheet “Responses” is empty: it has neither the header row of question ids nor any respondent. No report can be made from this workbook.');
    }
    const zh = await readBoth(blank, { file: 'f.xlsx', lang: 'zh' });
    expect(zh.issues[0]?.message).toBe('工作表“Responses”是空的：既没有题目编号的表头行，也没有任何填报主体。无法根据该工作簿生成报告。');
    // Members below a deleted header still lack the columns.
    const headless = await editWorkbook(await filled(), (workbook) => workbook.getWorksheet('Responses')!.spliceRows(1, 1, []));
    const lost = await readBoth(headless, { file: 'f.xlsx' });
    expect(lost.issues.slice(0, 2).map(brief)).toEqual([
      ['error', 'missing_column', 'Responses', 'A1'],
      ['error', 'missing_column', 'Responses', 'B1'],
    ]);
    expect(lost.issues.some((issue) => issue.code === 'responses_empty')).toBe(false);
  });

  it('offers the sheets no template has when a sheet is missing, in either language, but not the instructions', async () => {
    // A blank template in both languages, which opens on its instructions sheet.
    const blank = await writeSurveyWorkbook({ framework: testFramework, lang: 'both' });
    const xlsx = await editWorkbook(blank, (workbook) => {
      expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Instructions 填写说明');
      workbook.getWorksheet('Responses')!.name = 'Antworten';
    });
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(survey).toBeNull();
    // The blank Cluster sheet's empty values are reported too, after it.
    const missing = (found: readonly Issue[]) => found.filter((issue) => issue.code === 'missing_sheet');
    expect(missing(issues).map((issue) => [issue.code, issue.sheet, issue.message, issue.suggestion])).toEqual([
      [
        'missing_sheet',
        'Responses',
        'The sheet “Responses” is missing; the workbook also has a sheet “Antworten”.',
        'If “Antworten” is the Responses sheet, rename it “Responses”; otherwise start again from a fresh template (clusterlens template).',
      ],
    ]);
    const zh = await readBoth(xlsx, { file: 'f.xlsx', lang: 'zh' });
    expect(missing(zh.issues).map((issue) => issue.message)).toEqual(['缺少工作表“Responses”；工作簿中另有工作表“Antworten”。']);
  });

  it('warns, question by question, when an optional question of the Questions sheet has no column, and reads the rest', async () => {
    const complete = await readBoth(await filled(), { file: 'f.xlsx' });
    const xlsx = await editWorkbook(await filled(), (workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      const column = sheet.getRow(1).values as unknown[];
      sheet.spliceColumns(column.indexOf('rd_share'), 1);
    });
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(issues.map((issue) => [issue.severity, issue.code, issue.sheet, issue.question, issue.message])).toEqual([
      [
        'warning',
        'question_column_missing',
        'Responses',
        'rd_share',
        'The question “rd_share” (“R&D spending”) is in the Questions sheet but has no column in Responses, so no member\'s answer to it is read.',
      ],
    ]);
    // Every other answer is read as before.
    const without = (respondents: readonly Respondent[]) => respondents.map(({ answers: { rd_share: _lost, ...answers }, ...respondent }) => ({ ...respondent, answers }));
    expect(without(survey!.respondents)).toEqual(without(complete.survey!.respondents));
    const zh = await readBoth(xlsx, { file: 'f.xlsx', lang: 'zh' });
    expect(zh.issues.map((issue) => issue.message)).toEqual(['题目“rd_share”（“研发投入”）在 Questions 工作表中，但 Responses 工作表没有对应的列，因此未读取任何成员对该题的回答。']);
  });

  it('requires the respondent id column, naming its header cell', async () => {
    const xlsx = await editWorkbook(await filled(), (workbook) => {
      workbook.getWorksheet('Responses')!.getCell('A1').value = null;
    });
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'f.xlsx' });
    expect(survey).toBeNull();
    expect(issues.map(brief)).toEqual([['error', 'missing_column', 'Responses', 'A1']]);
  });

  it('requires the chain-role column: B1 unless the framework names it', async () => {
    const renamed = await editWorkbook(await filled(), (workbook) => {
      workbook.getWorksheet('Responses')!.getCell('B1').value = 'role';
    });
    const withoutFramework = await readSurveyWorkbook(renamed, { file: 'f.xlsx' });
    expect(withoutFramework.survey).toBeNull();
    expect(withoutFramework.issues.map((issue) => [issue.code, issue.cell, issue.question])).toEqual([
      ['missing_column', 'B1', undefined],
      ['unknown_column', 'B1', undefined],
      // chain_role is also a required question, now without any column.
      ['missing_column', undefined, 'chain_role'],
    ]);

    // A framework whose chain role is `platform` finds that column wherever it is (column I).
    const { survey } = await readSurveyWorkbook(await filled(), {
      file: 'f.xlsx',
      framework: { chainRoleQuestion: 'platform', regional: testFramework.regional },
    });
    expect(survey?.respondents.map((respondent) => respondent.chainRole)).toEqual(['provincial', null, 'none', null, 'national', null]);
  });

  it('reads a column whose Questions row was deleted with the framework’s definition, its list too, and says so', async () => {
    const xlsx = await editWorkbook(await filled(), (workbook) => {
      const questions = workbook.getWorksheet('Questions')!;
      const choices = workbook.getWorksheet('Choices')!;
      // Delete the rows of revenue and platform, and the list of platform ("levels"), bottom up.
      for (const [sheet, column, values] of [[questions, 1, ['revenue', 'platform']], [choices, 1, ['levels']]] as const) {
        for (let row = sheet.rowCount; row >= 2; row -= 1) if ((values as readonly string[]).includes(String(sheet.getRow(row).getCell(column).value))) sheet.spliceRows(row, 1);
      }
    });
    const framework = { chainRoleQuestion: 'chain_role', regional: testFramework.regional };
    const before = await readBoth(xlsx, { file: 'f.xlsx', framework });
    // Without the framework's questions, both columns are unknown and their answers lost.
    expect(before.issues.filter((i) => i.code === 'unknown_column').map((i) => i.question ?? i.message)).toHaveLength(2);
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx', framework: { ...framework, questions: testFramework.questions, choiceLists: testFramework.choiceLists } });
    expect(issues.filter((i) => i.code === 'question_from_framework').map((i) => [i.severity, i.question])).toEqual([
      ['warning', 'revenue'],
      ['warning', 'platform'],
    ]);
    expect(issues.some((i) => i.code === 'unknown_column')).toBe(false);
    expect(survey?.questions.find((q) => q.id === 'platform')).toEqual(testFramework.questions.find((q) => q.id === 'platform'));
    expect(survey?.choiceLists.find((l) => l.name === 'levels')).toEqual(testFramework.choiceLists.find((l) => l.name === 'levels'));
    // Every member's answers to them are read as before the deletion.
    const intact = await readBoth(await filled(), { file: 'f.xlsx' });
    const pick = (r: Respondent) => [r.answers.revenue, r.answers.platform];
    expect(survey?.respondents.map(pick)).toEqual(intact.survey?.respondents.map(pick));
  });

  it('warns at the population cell when fewer members are given as surveyed than answered', async () => {
    // Cluster row 9 is population (value in C9); the test workbook has testRespondents.length members.
    const xlsx = await editWorkbook(await filled(), (workbook) => void (workbook.getWorksheet('Cluster')!.getCell('C9').value = testRespondents.length - 1));
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(survey?.cluster.population).toBe(testRespondents.length - 1);
    expect(issues.map(brief)).toEqual([['warning', 'population_below_respondents', 'Cluster', 'C9']]);
    expect(issues[0]?.message).toBe(`The number of members surveyed is given as ${testRespondents.length - 1}, but ${testRespondents.length} members answered, so no response rate can be given.`);
    const exact = await editWorkbook(await filled(), (workbook) => void (workbook.getWorksheet('Cluster')!.getCell('C9').value = testRespondents.length));
    expect((await readBoth(exact, { file: 'f.xlsx' })).issues).toEqual([]);
  });

  it('checks cluster metadata cell by cell', async () => {
    // Cluster rows: 2 cluster_id, 3 name_en, 4 name_zh, 5 region, 6 industry_code, 7 survey_year, 8 currency, 9 population.
    const xlsx = await editWorkbook(await filled(), (workbook) => {
      const sheet = workbook.getWorksheet('Cluster')!;
      sheet.getCell('C2').value = 'zhili kidswear!';
      sheet.getCell('C4').value = null;
      sheet.getCell('C7').value = 'next year';
      sheet.getCell('C8').value = 'yuan';
      sheet.getCell('C9').value = 0;
      sheet.getCell('A10').value = 'mayor';
      sheet.getCell('C10').value = 'Ms Li';
    });
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'f.xlsx' });
    expect(survey).toBeNull();
    expect(issues.map(brief)).toEqual([
      ['warning', 'unknown_key', 'Cluster', 'A10'],
      ['error', 'cluster_value_invalid', 'Cluster', 'C2'],
      ['warning', 'text_copied_from_other_language', 'Cluster', 'C4'],
      ['error', 'cluster_value_invalid', 'Cluster', 'C7'],
      ['error', 'cluster_value_invalid', 'Cluster', 'C8'],
      ['error', 'cluster_value_invalid', 'Cluster', 'C9'],
    ]);
    expect(issues[3]?.suggestion).toBe('Type a year between 1990 and 2100.');
  });

  it('reads a Cluster sheet number followed by its own unit, in either language, and no other word', async () => {
    const read = (year: string, population: string) => withCluster({ C7: year, C9: population });
    for (const [year, population] of [['2025年', '220家'], ['２０２５ 年', '220 members'], ['2025', '1,220 firms']] as const) {
      const { survey } = await read(year, population);
      expect(survey?.cluster.surveyYear, year).toBe(2025);
      expect(survey?.cluster.population, population).toBe(population.startsWith('1,') ? 1220 : 220);
    }
    // "约" (about) and 万 (ten thousand) change what the number says; a year is no count of firms.
    const { survey, issues } = await read('2025 members', '约220家');
    expect(survey).toBeNull();
    expect(issues.map(brief)).toEqual([
      ['error', 'cluster_value_invalid', 'Cluster', 'C7'],
      ['error', 'cluster_value_invalid', 'Cluster', 'C9'],
    ]);
    expect((await read('2025', '2万家')).issues.map(brief)).toEqual([['error', 'cluster_value_invalid', 'Cluster', 'C9']]);
  });

  it('says why a count of members that is approximate, a range, a bound or in 万 is not read, and what to type instead', async () => {
    const refused = async (population: string, lang: 'en' | 'zh' = 'en') => {
      const { survey, issues } = await withCluster({ C9: population }, lang);
      // The population is optional: the rest of the Cluster sheet is read without it.
      expect(survey?.cluster.population, population).toBeUndefined();
      expect(issues.map(brief), population).toEqual([['error', 'cluster_value_invalid', 'Cluster', 'C9']]);
      return [issues[0]?.message, issues[0]?.suggestion];
    };
    expect(await refused('约420家')).toEqual([
      'The value “约420家” given for “Number of members surveyed (optional, for the response rate)” is an approximate number (about 420), but only an exact number can be used here, so it was not read.',
      'Type the exact number in digits (420 if that is exact): a whole number of at least 1.',
    ]);
    expect(await refused('about 420 members')).toEqual([
      'The value “about 420 members” given for “Number of members surveyed (optional, for the response rate)” is an approximate number (about 420), but only an exact number can be used here, so it was not read.',
      'Type the exact number in digits (420 if that is exact): a whole number of at least 1.',
    ]);
    expect(await refused('400-450家', 'zh')).toEqual([
      '“受调查成员总数（选填，用于计算回复率）”填写的数值“400-450家”是一个范围，不是一个数字，因此未予读取。',
      '请只用数字填写确切数字：不小于 1 的整数。',
    ]);
    expect((await refused('400多家', 'zh'))[0]).toBe('“受调查成员总数（选填，用于计算回复率）”填写的数值“400多家”给出的是一个界限（多于或少于某个数），不是一个数字，因此未予读取。');
    expect((await refused('1.2万家'))[0]).toBe(
      'The value “1.2万家” given for “Number of members surveyed (optional, for the response rate)” uses the word “万”: it stands for 12000, but values are read only as plain numbers, so it was not read.',
    );
    expect(await refused('约420家', 'zh')).toEqual([
      '“受调查成员总数（选填，用于计算回复率）”填写的数值“约420家”是约数（约 420），此处只能使用确切数字，因此未予读取。',
      '请只用数字填写确切数字（如果 420 就是确切数字，就填写 420）：不小于 1 的整数。',
    ]);
    // Text in none of these forms keeps the plain refusal.
    expect(await refused('many')).toEqual(['“many” is not valid for “Number of members surveyed (optional, for the response rate)”.', 'Type a whole number of at least 1.']);
  });

  it('says at its cell what a Cluster sheet number typed with its unit, or not as a plain number, was read as', async () => {
    const read = (year: string, population: string, lang: 'en' | 'zh' = 'en') => withCluster({ C7: year, C9: population }, lang);
    const typed = await read('2025年', '17 家');
    expect([typed.survey?.cluster.surveyYear, typed.survey?.cluster.population]).toEqual([2025, 17]);
    expect(said(typed.issues)).toEqual([
      ['info', 'number_text_converted', 'Cluster', 'C7', 'The text “2025年” was read as the number 2025.'],
      ['info', 'number_text_converted', 'Cluster', 'C9', 'The text “17 家” was read as the number 17.'],
    ]);
    expect(said((await read('2025年', '1,220 firms', 'zh')).issues)).toEqual([
      ['info', 'number_text_converted', 'Cluster', 'C7', '文字“2025年”已按数字 2025 读取。'],
      ['info', 'number_text_converted', 'Cluster', 'C9', '文字“1,220 firms”已按数字 1220 读取。'],
    ]);
    // A plain number typed as text says nothing; 人 (persons) is no unit of a count of firms, and stays refused (the population is optional).
    expect((await read('2025', '120')).issues).toEqual([]);
    const persons = await read('2025', '120人');
    expect(persons.survey?.cluster.population).toBeUndefined();
    expect(persons.issues.map(brief)).toEqual([['error', 'cluster_value_invalid', 'Cluster', 'C9']]);
  });

  it('reads a currency typed as its name or in lower case as its code, saying so, and a survey year of 年度', async () => {
    const read = (year: string, currency: string, lang: 'en' | 'zh' = 'en') => withCluster({ C7: year, C8: currency }, lang);
    const codes = ['人民币', 'RMB', 'eur', '港币', 'ＵＳＤ', 'CNY', '¥', '元', '$'].map((typed) => currencyCode(typed)?.code);
    expect(codes).toEqual(['CNY', 'CNY', 'EUR', 'HKD', 'USD', 'CNY', undefined, undefined, undefined]);
    const named = await read('2025年度', '人民币');
    expect(named.survey?.cluster.surveyYear).toBe(2025);
    expect(said(named.issues)).toEqual([
      ['info', 'number_text_converted', 'Cluster', 'C7', 'The text “2025年度” was read as the number 2025.'],
      ['info', 'currency_converted', 'Cluster', 'C8', 'The currency “人民币” was read as the currency code CNY.'],
    ]);
    expect(said((await read('2025', 'rmb', 'zh')).issues)).toEqual([['info', 'currency_converted', 'Cluster', 'C8', '货币“rmb”已按货币代码 CNY 读取。']]);
    // A code as it should be says nothing; ¥ and 元 alone could be more than one currency, and stay refused (the currency is optional).
    expect((await read('2025', 'CNY')).issues).toEqual([]);
    const yen = await read('2025', '¥');
    expect(yen.survey?.cluster.currency).toBeUndefined();
    expect(yen.issues.map(brief)).toEqual([['error', 'cluster_value_invalid', 'Cluster', 'C8']]);
  });

  it('reads Regional values by key, reporting text that is no number and keys the framework lacks', async () => {
    // Regional rows: 2 cluster_employment, 3 region_employment; values in column D.
    const xlsx = await editWorkbook(await filled(), (workbook) => {
      const sheet = workbook.getWorksheet('Regional')!;
      sheet.getCell('D2').value = 'lots';
      sheet.getCell('D3').value = '1,200,000';
      sheet.addRow(['exports', 'Exports', 'CNY', 5]);
    });
    const framework = { chainRoleQuestion: 'chain_role', regional: testFramework.regional };
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'f.xlsx', framework });
    expect(issues.map(brief)).toEqual([
      ['error', 'regional_not_a_number', 'Regional', 'D2'],
      ['info', 'number_text_converted', 'Regional', 'D3'],
      ['warning', 'unknown_key', 'Regional', 'A4'],
    ]);
    expect(survey?.regional).toEqual({ region_employment: 1200000 });
  });

  it('reads a Regional value followed by its row’s unit, and a source year with 年, refusing other words', async () => {
    // Regional rows: 2 cluster_employment, 3 region_employment; value in D, source in E, year in F.
    const read = async (value: string, year: string) => {
      const xlsx = await editWorkbook(await filled(), (workbook) => {
        const sheet = workbook.getWorksheet('Regional')!;
        const unit = String(sheet.getCell('C2').value);
        sheet.getCell('D2').value = value.replace('UNIT', unit);
        sheet.getCell('E2').value = 'Yearbook';
        sheet.getCell('F2').value = year;
      });
      return readBoth(xlsx, { file: 'f.xlsx', framework: { chainRoleQuestion: 'chain_role', regional: testFramework.regional } });
    };
    const typed = await read('300,000UNIT', '2024年');
    expect(typed.survey?.regional.cluster_employment).toBe(300000);
    expect(typed.survey?.regionalSources?.cluster_employment).toEqual({ source: 'Yearbook', year: 2024 });
    // Both conversions said, as the Cluster sheet says its survey year typed "2025年".
    expect(typed.issues.map(brief)).toEqual([
      ['info', 'number_text_converted', 'Regional', 'D2'],
      ['info', 'number_text_converted', 'Regional', 'F2'],
    ]);
    expect(typed.issues[1]?.message).toContain('2024年');
    // "万" multiplies the number: refused.
    const refused = await read('30万', '2024');
    expect(refused.survey?.regional.cluster_employment).toBeUndefined();
    expect(refused.issues.map(brief)).toEqual([['error', 'regional_not_a_number', 'Regional', 'D2']]);
    // 30万 = 30 × 10,000 = 300000, in the row's unit, people.
    expect(refused.issues[0]?.message).toBe("The value “30万” given for “Cluster-industry employment” uses the word “万”: it stands for 300000, but values are read only as plain numbers in the row's unit (people), so the statistic is left out.");
    // "0x7e8" is no year, though Number() takes it for 2024: the value is kept, the year refused.
    const hex = await read('300000', '0x7e8');
    expect(hex.survey?.regional.cluster_employment).toBe(300000);
    expect(hex.survey?.regionalSources?.cluster_employment).toEqual({ source: 'Yearbook' });
    expect(hex.issues.map(brief)).toEqual([['error', 'regional_not_a_number', 'Regional', 'F2']]);
    // The message says what happened: the statistic is kept, without its year (it had said "the statistic is left out").
    expect(hex.issues[0]?.message).toBe('The year “0x7e8” given for “cluster_employment year” is not a number; the statistic is used without its year.');
    const about = await read('300000', '约2024年');
    expect(about.survey?.regional.cluster_employment).toBe(300000);
    expect(about.issues[0]?.message).toBe(
      'The year “约2024年” given for “cluster_employment year” is an approximate number (about 2024), but only an exact number can be used here, so the statistic is used without its year.',
    );
  });

  it('warns at an id that differs from an earlier one only in letter case, in both readers, and keeps both members', async () => {
    // Responses: ids in column A, the first member in row 3; the second member's id becomes the first's in lower case.
    const xlsx = await editWorkbook(await filled(), (workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      sheet.getCell('A4').value = String(sheet.getCell('A3').value).toLowerCase();
    });
    const first = testRespondents[0]!.id;
    const { survey, issues } = await readBoth(xlsx, { file: 'f.xlsx' });
    expect(survey?.respondents.map((r) => r.id).slice(0, 2)).toEqual([first, first.toLowerCase()]);
    expect(said(issues.filter((i) => i.code === 'respondent_id_case'))).toEqual([
      ['warning', 'respondent_id_case', 'Responses', 'A4', `The respondent id “${first.toLowerCase()}” differs from “${first}” in row 3 only in letter case; both rows are read, as two members.`],
    ]);
  });

  it('drops a badly defined question without warning about its column', async () => {
    // Questions rows follow the framework: row 10 is `note`, row 2 `employees`.
    const xlsx = await editWorkbook(await filled(), (workbook) => {
      const sheet = workbook.getWorksheet('Questions')!;
      sheet.getCell('B10').value = 'essay';
      sheet.getCell('D2').value = null;
    });
    const { survey, issues } = await readSurveyWorkbook(xlsx, { file: 'f.xlsx' });
    expect(issues.map(brief)).toEqual([
      ['warning', 'text_copied_from_other_language', 'Questions', 'D2'],
      ['error', 'unknown_question_type', 'Questions', 'B10'],
    ]);
    expect(survey?.questions.map((question) => question.id)).not.toContain('note');
    expect(survey?.questions[0]?.label).toEqual({ en: 'Employees', zh: 'Employees' });
    expect(survey?.respondents.some((respondent) => 'note' in respondent.answers)).toBe(false);
  });
});
