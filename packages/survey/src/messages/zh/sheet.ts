import type { Expectations, SheetTexts } from '../catalogue.js';
import { bareUnit } from '../unit-text.js';

export const expectZh: Expectations = {
  number: (p) => {
    const base =
      p.type === 'integer' || p.type === 'likert'
        ? '整数'
        : p.type === 'percent'
          ? '百分比数值（如 35 表示 35%）'
          : '数字';
    if (p.min !== undefined && p.max !== undefined) return `介于 ${p.min} 与 ${p.max} 之间的${base}`;
    if (p.min !== undefined) return `不小于 ${p.min} 的${base}`;
    if (p.max !== undefined) return `不大于 ${p.max} 的${base}`;
    return base;
  },
  clusterId: '由字母、数字、“-”和“_”组成并以字母或数字开头的编号',
  surveyYear: '介于 1990 与 2100 之间的年份',
  currency: '三位大写字母的货币代码，如 CNY 或 EUR',
  peerGroup: '不超过64个字符的代码，如 C18 或 kidswear',
  yesNo: 'yes 或 no',
  choiceCode: '选项代码',
  chainRole: '产业链角色',
  textFormat: '文字题填写“email”，或留空',
  email: '电子邮箱地址，如 name@example.com',
};

/** Texts written into the Responses and Cluster sheets: row-2 labels and the input and error messages of cells. */
export const sheetZh: SheetTexts = {
  clusterLabels: {
    cluster_id: '集群编号（字母、数字、- 和 _；用作报告文件名）',
    name_en: '产业集群英文名称',
    name_zh: '产业集群中文名称',
    region: '所在地区',
    industry_code: '行业代码（选填，如国民经济行业分类代码）',
    peer_group: '对标组（选填）：填写相同代码的集群相互比较；默认按行业代码分组',
    survey_year: '调查年份，如 2024',
    currency: '金额所用货币（选填），如 CNY',
    population: '受调查成员总数（选填，用于计算回复率）',
    region_zh: '所在地区中文名称（选填，用于中文报告）',
  },
  contactLabel: (p) => {
    const field = { name: '姓名或部门', email: '电子邮箱', phone: '电话' }[p.field];
    return p.isDefault
      ? `会员反馈报告中的协会联系人（选填，适用于未单列联系人的建议）：${field}`
      : `会员反馈报告中联系人代码为“${p.topic}”的建议的协会联系人（选填）：${field}`;
  },
  regionalYear: (key) => `${key} 年份`,
  respondentId: '填报主体编号（每个成员一行）',
  promptTitle: '填写说明',
  errorTitle: '输入无效',
  chooseFromList: '请从下拉列表中选择。',
  chooseYesNo: '请选择 yes（是）或 no（否）。',
  likert: (p) => `请选择 ${p.min} 至 ${p.max} 之间的整数。`,
  selectMultiple: (p) => `填写一个或多个代码，用空格分隔。可用代码：${p.codes}`,
  text: '请填写文字答案。',
  date: '请按 YYYY-MM-DD 格式填写日期，如 2024-03-15。',
  email: '请填写一个电子邮箱地址，如 name@example.com；或留空。',
  typeValue: (p) => `请填写${p.expect.zh}。`,
  headingWithUnit: (p) => `${p.label}（${bareUnit(p.unit)}）`,
};
