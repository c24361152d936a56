import type { CellValue } from 'exceljs';
import type { Issue, RegionalStat } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { readBoth } from './test-package.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { editWorkbook } from './test-workbook.js';

const text = (en: string, zh: string) => ({ en, zh });

/**
 * Statistics of every measure, as the vcm-cluster framework has them, and one without a measure.
 * Regional rows follow this order from row 2; values are in column D.
 */
const STATS: RegionalStat[] = [
  { key: 'cluster_employment', label: text('Employment in the cluster industry', '集群产业从业人员'), unit: text('persons', '人'), measure: 'count' },
  { key: 'champions', label: text('National single-product manufacturing champions', '国家级制造业单项冠军企业'), unit: text('firms', '家'), measure: 'count' },
  { key: 'output', label: text('Cluster output', '集群产值'), unit: text('million (local currency)', '百万元（本币）'), kind: 'money', measure: 'amount' },
  { key: 'leading_industry_share', label: text('Leading-industry share of cluster output', '主导产业产值占比'), unit: text('%', '%'), measure: 'share' },
  { key: 'sme_output_share', label: text('Share of cluster output produced by SMEs', '中小企业产值占集群产值比重'), unit: text('%', '%'), measure: 'share' },
  { key: 'output_growth', label: text('Growth of cluster output', '集群产值增长率'), unit: text('%', '%'), measure: 'percent' },
  { key: 'patents', label: text('Patents granted', '授权专利数'), unit: text('patents', '件') },
];
const ROW = Object.fromEntries(STATS.map((stat, index) => [stat.key, index + 2]));
const framework = { chainRoleQuestion: 'chain_role', regional: STATS };

/** Reads a filled workbook whose Regional value cells hold `values`, each a value or a value with its number format. */
async function readRegional(values: Record<string, CellValue | [number, string]>, lang: 'en' | 'zh' = 'en') {
  const filled = await writeSurveyWorkbook({ framework: { ...testFramework, regional: STATS }, lang: 'en', cluster: testCluster, respondents: testRespondents });
  const xlsx = await editWorkbook(filled, (workbook) => {
    const sheet = workbook.getWorksheet('Regional')!;
    for (const [key, value] of Object.entries(values)) {
      const cell = sheet.getCell(`D${ROW[key]}`);
      if (Array.isArray(value)) [cell.value, cell.numFmt] = value;
      else cell.value = value;
    }
  });
  return readBoth(xlsx, { file: 'f.xlsx', lang, framework });
}

const brief = (issue: Issue) => [issue.severity, issue.code, issue.sheet, issue.cell];

describe('Regional values checked against their statistic’s measure', () => {
  it('reads a percent-formatted share or percentage as the percentage it shows, and says so', async () => {
    // Excel stores "82%" typed into a General cell as 0.82 formatted '0%'; 0.867 as '0.0%' shows 86.7%.
    const { survey, issues } = await readRegional({ leading_industry_share: [0.82, '0%'], sme_output_share: [0.867, '0.0%'], output_growth: [-0.05, '0%'] });
    expect(survey?.regional).toEqual({ leading_industry_share: 82, sme_output_share: 86.7, output_growth: -5 });
    expect(issues.map(brief)).toEqual([
      ['info', 'percent_format_converted', 'Regional', 'D5'],
      ['info', 'percent_format_converted', 'Regional', 'D6'],
      ['info', 'percent_format_converted', 'Regional', 'D7'],
    ]);
    expect(issues[0]?.message).toBe('The percent-formatted value “82%” was read as 82%.');
    const zh = await readRegional({ leading_industry_share: [0.82, '0%'] }, 'zh');
    expect(zh.issues.map((issue) => issue.message)).toEqual(['百分比格式的数值“82%”已按 82% 读取。']);
  });

  it('keeps a plain share within ±1 as per cent but warns that it may be a fraction, unless another percentage on the sheet is beyond 1', async () => {
    // 0.82 typed with no "%" and no percent format is 0.82%, as on the Responses sheet; 82% typed as a fraction looks the same.
    const { survey, issues } = await readRegional({ leading_industry_share: 0.82, output_growth: -0.05 });
    expect(survey?.regional).toEqual({ leading_industry_share: 0.82, output_growth: -0.05 });
    expect(issues.map(brief)).toEqual([
      ['warning', 'regional_percent_maybe_fraction', 'Regional', 'D5'],
      ['warning', 'regional_percent_maybe_fraction', 'Regional', 'D7'],
    ]);
    expect(issues[0]?.message).toBe(
      'The number 0.82 given for “Leading-industry share of cluster output” was read as 0.82%, but it may be a fraction meaning 82%: no other percentage on the Regional sheet is above 1, which would show that percentages were typed from 0 to 100.',
    );
    const zh = await readRegional({ leading_industry_share: 0.82 }, 'zh');
    expect(zh.issues.map((issue) => issue.message)).toEqual([
      '“主导产业产值占比”填写的数字 0.82 已按 0.82% 读取，但它也可能是表示 82% 的小数：Regional 工作表上的其他百分比均未超过 1，无法看出百分比是按 0–100 填写的。',
    ]);
    // A share of 35 shows the sheet types 0–100: the small growth rate is then taken as it reads.
    const shown = await readRegional({ leading_industry_share: 0.82, sme_output_share: 35 });
    expect(shown.survey?.regional).toEqual({ leading_industry_share: 0.82, sme_output_share: 35 });
    expect(shown.issues).toEqual([]);
    // "0.82%" with its sign, or a count of 1, leaves no doubt.
    expect((await readRegional({ leading_industry_share: '0.82%', patents: 1 })).issues.map(brief)).toEqual([['info', 'number_text_converted', 'Regional', 'D5']]);
  });

  it('refuses a percentage for a statistic that is none, or whose framework does not say', async () => {
    const { survey, issues } = await readRegional({ cluster_employment: [0.82, '0%'], output: '5%', patents: [0.3, '0%'], leading_industry_share: '82%' });
    // Only the share keeps its value: "82%" typed as text is 82.
    expect(survey?.regional).toEqual({ leading_industry_share: 82 });
    expect(issues.map(brief)).toEqual([
      ['error', 'regional_percent_refused', 'Regional', 'D2'],
      ['error', 'regional_percent_refused', 'Regional', 'D4'],
      ['info', 'number_text_converted', 'Regional', 'D5'],
      ['error', 'regional_percent_refused', 'Regional', 'D8'],
    ]);
    expect([issues[0]?.message, issues[0]?.suggestion]).toEqual([
      'The value “82%” given for “Employment in the cluster industry” is a percentage, but the statistic is not given in per cent; the statistic is left out.',
      'Type a whole number of at least 0, without “%”, in a cell formatted as Number or General.',
    ]);
    expect(issues[3]?.suggestion).toBe('Type a number, without “%”, in a cell formatted as Number or General.');
    const zh = await readRegional({ cluster_employment: [0.82, '0%'] }, 'zh');
    expect([zh.issues[0]?.message, zh.issues[0]?.suggestion]).toEqual([
      '“集群产业从业人员”填写的数值“82%”是百分比，但该统计数据不以百分比计，该统计数据未予采用。',
      '请在“数值”或“常规”格式的单元格中填写不小于 0 的整数，不带“%”。',
    ]);
  });

  it('refuses negative counts and amounts, shares above 100 and fractional counts, keeping the other values', async () => {
    const { survey, issues } = await readRegional({
      cluster_employment: -300000,
      champions: 2.5,
      output: -5,
      leading_industry_share: 100,
      sme_output_share: 250,
      output_growth: -12,
      patents: -3.5,
    });
    // The bounds themselves are values a statistic can have; a percentage and an unmeasured statistic take any number.
    expect(survey?.regional).toEqual({ leading_industry_share: 100, output_growth: -12, patents: -3.5 });
    expect(issues.map(brief)).toEqual([
      ['error', 'regional_out_of_range', 'Regional', 'D2'],
      ['error', 'regional_not_a_whole_number', 'Regional', 'D3'],
      ['error', 'regional_out_of_range', 'Regional', 'D4'],
      ['error', 'regional_out_of_range', 'Regional', 'D6'],
    ]);
    expect(issues.map((issue) => [issue.message, issue.suggestion])).toEqual([
      ['The value -300000 given for “Employment in the cluster industry” is outside what the statistic can be; the statistic is left out.', 'Type a whole number of at least 0.'],
      ['The value 2.5 given for “National single-product manufacturing champions” is not a whole number, but the statistic is a count; the statistic is left out.', 'Type a whole number of at least 0.'],
      ['The value -5 given for “Cluster output” is outside what the statistic can be; the statistic is left out.', 'Type a number of at least 0.'],
      ['The value 250 given for “Share of cluster output produced by SMEs” is outside what the statistic can be; the statistic is left out.', 'Type a percentage such as 35 (meaning 35%) between 0 and 100.'],
    ]);
    const zh = await readRegional({ champions: 2.5, sme_output_share: 250 }, 'zh');
    expect(zh.issues.map((issue) => [issue.message, issue.suggestion])).toEqual([
      ['“国家级制造业单项冠军企业”是计数，填写的数值 2.5 不是整数，该统计数据未予采用。', '请填写不小于 0 的整数。'],
      ['“中小企业产值占集群产值比重”填写的数值 250 超出该统计数据可能的范围，该统计数据未予采用。', '请填写介于 0 与 100 之间的百分比数值（如 35 表示 35%）。'],
    ]);
  });

  it('checks a percent-formatted share as the percentage it shows, and a count given as text', async () => {
    // 1.2 formatted '0%' shows 120%: above 100. "2.5家" is 2.5 firms: no count.
    const { survey, issues } = await readRegional({ sme_output_share: [1.2, '0%'], champions: '2.5家', cluster_employment: 0 });
    expect(survey?.regional).toEqual({ cluster_employment: 0 });
    expect(issues.map(brief)).toEqual([
      ['error', 'regional_not_a_whole_number', 'Regional', 'D3'],
      ['error', 'regional_out_of_range', 'Regional', 'D6'],
    ]);
    expect(issues[1]?.message).toBe('The value 120% given for “Share of cluster output produced by SMEs” is outside what the statistic can be; the statistic is left out.');
  });
});
