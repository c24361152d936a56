import type { QuestionType } from '@clusterlens/schema';
import type { ClusterKey } from './layout.js';
import { t, type Text } from './message-entry.js';
import { READ_ISSUES } from './messages-read.js';
import { REFUSAL_ISSUES } from './messages-refusal.js';
import { VALUE_ISSUES } from './messages-values.js';
import { ANNOTATE_ISSUES } from './messages-annotate.js';
import { MERGE_ISSUES } from './messages-merge.js';
import { PACKAGE_ISSUES } from './messages-package.js';
import { FORMAT_ISSUES } from './formats/messages-formats.js';

/**
 * The one catalogue of every text this package shows people: issue messages and
 * suggestions, and the explanatory texts written into workbooks. English and Chinese
 * side by side so a missing translation is visible in review. Terms follow DESIGN §10.
 * Issue entries live in messages-*.ts files, one per concern, and are gathered here.
 */
export const ISSUES = {
  ...READ_ISSUES,
  ...REFUSAL_ISSUES,
  ...PACKAGE_ISSUES,
  ...VALUE_ISSUES,
  ...MERGE_ISSUES,
  ...ANNOTATE_ISSUES,
  ...FORMAT_ISSUES,
};
export type IssueCode = keyof typeof ISSUES;
export type IssueParams<C extends IssueCode> = Parameters<(typeof ISSUES)[C]['text']>[0];

/** What a valid number looks like, e.g. “a whole number between 0 and 100”. */
export function expectation(type: QuestionType, min?: number, max?: number): Text {
  const base =
    type === 'integer' || type === 'likert'
      ? t('a whole number', '整数')
      : type === 'percent'
        ? t('a percentage such as 35 (meaning 35 %)', '百分比数值（如 35 表示 35%）')
        : t('a number', '数字');
  if (min !== undefined && max !== undefined) {
    return t(`${base.en} between ${min} and ${max}`, `介于 ${min} 与 ${max} 之间的${base.zh}`);
  }
  if (min !== undefined) return t(`${base.en} of at least ${min}`, `不小于 ${min} 的${base.zh}`);
  if (max !== undefined) return t(`${base.en} of at most ${max}`, `不大于 ${max} 的${base.zh}`);
  return base;
}

export const EXPECT = {
  clusterId: t('an id of letters, digits, “-” and “_”, starting with a letter or digit', '由字母、数字、“-”和“_”组成并以字母或数字开头的编号'),
  surveyYear: t('a year between 1990 and 2100', '1990 至 2100 之间的年份'),
  currency: t('a three-letter currency code such as CNY or EUR', '三位大写字母的货币代码，如 CNY 或 EUR'),
  yesNo: t('yes or no', 'yes 或 no'),
  choiceCode: t('a choice code', '选项代码'),
  chainRole: t('chain role', '产业链角色'),
};

/** Labels of the Cluster sheet rows; they also name the field in issues about it. */
export const CLUSTER_LABELS: Record<ClusterKey, Text> = {
  cluster_id: t('Cluster id (letters, digits, - and _; used as the report file name)', '集群编号（字母、数字、- 和 _；用作报告文件名）'),
  name_en: t('Cluster name in English', '产业集群英文名称'),
  name_zh: t('Cluster name in Chinese', '产业集群中文名称'),
  region: t('Region', '所在地区'),
  region_zh: t('Region in Chinese (optional), printed by Chinese reports', '所在地区中文名称（选填，用于中文报告）'),
  industry_code: t('Industry code (optional, e.g. national industry classification)', '行业代码（选填，如国民经济行业分类代码）'),
  survey_year: t('Survey year, e.g. 2024', '调查年份，如 2024'),
  currency: t('Currency of money answers (optional), e.g. CNY', '金额所用货币（选填），如 CNY'),
  population: t('Number of members surveyed (optional, for the response rate)', '受调查成员总数（选填，用于计算回复率）'),
};

/** Texts written into the Responses sheet: row-2 labels and the input and error messages of cells. */
export const SHEET_TEXT = {
  respondentId: t('Respondent id (one row per member)', '填报主体编号（每个成员一行）'),
  promptTitle: t('How to answer', '填写说明'),
  errorTitle: t('Value not allowed', '输入无效'),
  chooseFromList: t('Choose from the list.', '请从下拉列表中选择。'),
  chooseYesNo: t('Choose yes or no.', '请选择 yes（是）或 no（否）。'),
  likert: (min: number, max: number): Text =>
    t(`Choose a whole number from ${min} to ${max}.`, `请选择 ${min} 至 ${max} 之间的整数。`),
  selectMultiple: (codes: string): Text =>
    t(`Type one or more codes, separated by spaces. Codes: ${codes}`, `填写一个或多个代码，用空格分隔。可用代码：${codes}`),
  text: t('Type your answer as text.', '请填写文字答案。'),
  date: t('Type a date as YYYY-MM-DD, e.g. 2024-03-15.', '请按 YYYY-MM-DD 格式填写日期，如 2024-03-15。'),
  typeValue: (expect: Text): Text => t(`Type ${expect.en}.`, `请填写${expect.zh}。`),
};
