import type { TableMessages } from '../catalogue/tables.js';
import { TERMS } from './terms.js';

/** 分析工作簿的中文列标题。 */
export const tablesZh: TableMessages = {
  columns: {
    cluster_id: '集群编号', name_en: '名称（英文）', name_zh: '名称（中文）', region: '地区', industry_code: '行业代码',
    survey_year: '调查年度', respondents: '填报主体', population: '调查企业数', response_rate: '回收率',
    excluded_answers: '未采用的回答', excluded_rows: '未采用的成员行', location_quotient: '区位熵', strong_cluster: '强集群', stars: '星级',
    policy_profile: '政策方案', policy_target_score: TERMS.targetAttainment, policy_uptake_score: TERMS.uptake, eligible: '符合条件',
    dimension_id: '维度', label_en: '名称（英文）', label_zh: '名称（中文）', score: '得分', coverage: '覆盖率', rank: '排名',
    peer_median: TERMS.peerMedian, change: '较基期变化', indicator_id: '指标', unit_en: '单位（英文）', unit_zh: '单位（中文）',
    direction: '方向', rule: '填报主体汇总方法', goalpost_min: '目标值下限', goalpost_max: '目标值上限', value: '数值',
    answers: '回答数', status: '状态', weight: '权重', effective_weight: '实际权重', member_id: '填报主体编号',
    chain_role: '产业链定位', integration_stage: '融入阶段', severity: '严重程度', code: '代码', message: '说明',
    suggestion: '修改建议', file: '文件', sheet: '工作表', cell: '单元格', question: '题目', respondent: '填报主体', effect: '对数据的影响',
  },
  indexColumn: (p) => `${p.index}：${p.what}`,
  dimensionColumn: (p) => `${p.dimension} ${p.what}`,
  what: { score: '得分', rank: '排名', percentile: '百分位', peerMedian: TERMS.peerMedian, change: '变化', rankP5: '排名5%', rankP95: '排名95%' },
};
