/**
 * Synthetic survey outcomes for three clusters, shaped after the default framework (DESIGN §5)
 * and scaled after the published figures of DESIGN §11. Test-only data (not built).
 */
import type { AggregationRule, LocalizedText } from '@clusterlens/schema';

export const CLUSTER_IDS = ['zhili', 'shenzhen', 'bologna'] as const;
export type ClusterId = (typeof CLUSTER_IDS)[number];

/** A cluster value, or `[null, answers]` when too few members answered. */
export type Cell = number | readonly [null, number];

export interface IndicatorSpec {
  id: string;
  dimension: string;
  label: LocalizedText;
  unit: LocalizedText;
  direction: 1 | -1;
  goalposts: { min: number; max: number };
  rule: AggregationRule;
  values: Record<ClusterId, Cell>;
}

export const DIMENSIONS: readonly { id: string; label: LocalizedText }[] = [
  { id: 'D1', label: { en: 'Agglomeration & chain completeness', zh: '产业集聚与链条完整度' } },
  { id: 'D2', label: { en: 'Shared resources', zh: '公共资源共享' } },
  { id: 'D3', label: { en: 'Proximity efficiency', zh: '空间邻近效率' } },
  { id: 'D4', label: { en: 'Innovation spillover', zh: '创新溢出' } },
  { id: 'D5', label: { en: 'Collaborative symbiosis', zh: '协同共生网络' } },
  { id: 'D6', label: { en: 'Brand, scale & global reach', zh: '品牌规模与全球竞争力' } },
  { id: 'D7', label: { en: 'Positioning & differentiation', zh: '企业定位与差异化' } },
  { id: 'D8', label: { en: 'Policy uptake', zh: '政策使用度' } },
];

const PCT: LocalizedText = { en: '%', zh: '%' };
const LIKERT: LocalizedText = { en: '/5', zh: '/5' };

type Row = [string, string, string, string, LocalizedText, 1 | -1, number, number, AggregationRule, Cell, Cell, Cell];
const mean = (question: string): AggregationRule => ({ method: 'mean', question });
const shareYes = (question: string): AggregationRule => ({ method: 'share_yes', question });
const regional = (stat: string): AggregationRule => ({ method: 'regional', stat });

// id, dimension, label en, label zh, unit, direction, goalpost min, max, rule, zhili, shenzhen, bologna
const ROWS: Row[] = [
  ['d1_chain_roles', 'D1', 'Chain roles present among respondents', '填报主体覆盖的产业链环节', PCT, 1, 0, 100, { method: 'distinct_share', question: 'chain_role' }, 86, 93, 71],
  ['d1_local_inputs', 'D1', 'Key inputs sourced inside the cluster', '集群内采购的关键投入品', PCT, 1, 0, 100, mean('local_inputs'), 68, 61, 44],
  ['d1_leading_share', 'D1', 'Leading-industry share of output', '主导产业产值占比', PCT, 1, 30, 90, regional('leading_share'), 82, 64, 75],
  ['d1_support_actors', 'D1', 'Research, service and association actors', '科研、服务与协会机构', { en: 'organisations', zh: '家' }, 1, 0, 50, { method: 'count_in', question: 'chain_role', values: ['research', 'service', 'association'] }, 18, 46, 23],
  ['d1_little_giants', 'D1', 'Specialised “little giant” firms', '专精特新“小巨人”企业', { en: 'firms', zh: '家' }, 1, 0, 30, { method: 'count_yes', question: 'little_giant' }, 4, 27, 9],
  ['d2_testing_platform', 'D2', 'Public testing and inspection platform level', '公共检验检测平台级别', { en: '/3', zh: '/3' }, 1, 0, 3, { method: 'max', question: 'platform_level' }, 3, 3, 1],
  ['d2_shared_use', 'D2', 'Members using shared equipment, logistics or warehousing', '使用共享设备、物流或仓储的会员', PCT, 1, 0, 100, shareYes('shared_use'), 57, 42, 31],
  ['d2_central_supply', 'D2', 'Centrally supplied materials or utilities', '集中供应的原材料或能源', PCT, 1, 0, 100, mean('central_supply'), 38, 22, 12],
  ['d2_skilled_hiring', 'D2', 'Ease of hiring skilled labour', '招聘技术工人的难易程度', LIKERT, 1, 1, 5, mean('skilled_hiring'), 2.9, 3.6, 3.9],
  ['d3_design_to_mass', 'D3', 'Design-to-mass-production time', '从设计到量产的时间', { en: 'days', zh: '天' }, -1, 2, 60, { method: 'median', question: 'design_days' }, 3, 14, 45],
  ['d3_concept_to_proto', 'D3', 'Concept-to-prototype time', '从概念到样机的时间', { en: 'weeks', zh: '周' }, -1, 1, 26, { method: 'median', question: 'proto_weeks' }, [null, 2], 2.5, 10],
  ['d3_suppliers_1h', 'D3', 'Key suppliers within one hour', '一小时车程内的关键供应商', PCT, 1, 0, 100, mean('suppliers_1h'), 91, 78, 52],
  ['d3_logistics_cost', 'D3', 'Logistics cost / revenue', '物流成本占营业收入比重', PCT, -1, 2, 15, mean('logistics_cost'), 4.2, 3.1, 5.8],
  ['d4_rd_intensity', 'D4', 'R&D / revenue', '研发投入占营业收入比重', PCT, 1, 0, 6, { method: 'ratio_of_sums', question: 'rd_spend', denominator: 'revenue', scale: 100 }, 1.4, 5.2, 4.1],
  ['d4_rd_growth', 'D4', 'R&D growth over 3 years', '近三年研发投入增长', PCT, 1, 0, 30, mean('rd_growth'), 9, 21, 12],
  ['d4_patents', 'D4', 'Patents per 10,000 employees', '每万名员工专利数', { en: 'per 10,000 employees', zh: '件/万人' }, 1, 0, 100, { method: 'ratio_of_sums', question: 'patents', denominator: 'employees', scale: 10000 }, 6, 78, 41],
  ['d4_uni_projects', 'D4', 'Members in projects with universities or institutes', '参与产学研合作项目的会员', PCT, 1, 0, 60, shareYes('uni_project'), 11, 39, 47],
  ['d4_iiot', 'D4', 'Industrial-internet platform adoption', '工业互联网平台应用率', PCT, 1, 0, 80, shareYes('iiot'), 34, 58, 49],
  ['d5_integration', 'D5', 'Mean integration stage', '平均融入阶段', { en: '/4', zh: '/4' }, 1, 1, 4, mean('integration_stage'), [null, 3], 2.9, 3.1],
  ['d5_multi_projects', 'D5', 'Members in projects with ≥ 3 partners', '参与三方及以上合作项目的会员', PCT, 1, 0, 60, shareYes('multi_project'), [null, 4], 31, 36],
  ['d5_local_partners', 'D5', 'Local collaboration partners (median)', '本地合作伙伴数量（中位数）', { en: 'partners', zh: '家' }, 1, 0, 20, { method: 'median', question: 'local_partners' }, [null, 1], 9, 7],
  ['d5_trust', 'D5', 'Trust rather than zero-sum rivalry', '互信合作而非零和竞争', LIKERT, 1, 1, 5, mean('trust'), 2.7, 3.2, 3.8],
  ['d5_association', 'D5', 'Association membership', '加入行业协会的会员', PCT, 1, 0, 100, shareYes('association'), 48, 55, 82],
  ['d6_output_growth', 'D6', 'Output growth', '产值增长率', { en: '% per year', zh: '%/年' }, 1, -5, 20, regional('output_growth'), 6.5, 9.8, 4.1],
  ['d6_export_share', 'D6', 'Export share of output', '出口占产值比重', PCT, 1, 0, 90, regional('export_share'), 28, 47, 79],
  ['d6_lq', 'D6', 'Location quotient', '区位熵', { en: '×', zh: '倍' }, 1, 1, 10, regional('location_quotient'), 18.4, 3.1, 6.2],
  ['d6_world_share', 'D6', 'World market share of the signature product', '主导产品的全球市场份额', PCT, 1, 0, 30, regional('world_share'), 9, 12, 21],
  ['d6_collective_brand', 'D6', 'Members using the regional/collective brand', '使用区域或集体品牌的会员', PCT, 1, 0, 80, shareYes('collective_brand'), 36, [null, 3], 44],
  ['d7_know_position', 'D7', 'Members who know their chain position and key customers', '清楚自身产业链定位和关键客户的会员', PCT, 1, 0, 100, shareYes('know_position'), 62, 81, 88],
  ['d7_own_ip', 'D7', 'Revenue from own-IP / core-technology products', '自有知识产权或核心技术产品收入占比', PCT, 1, 0, 70, mean('own_ip'), 12, 44, 58],
  ['d7_data_connected', 'D7', 'Key production data connected', '关键生产数据联网率', PCT, 1, 0, 80, mean('data_connected'), 29, 52, 47],
  ['d8_awareness', 'D8', 'Awareness of local cluster policy', '对本地集群政策的知晓程度', LIKERT, 1, 1, 5, mean('policy_awareness'), 3.4, 3.8, 2.6],
  ['d8_support_used', 'D8', 'Members that used support measures in the last 3 years', '近三年享受过扶持措施的会员', PCT, 1, 0, 80, shareYes('support_used'), 41, 37, 18],
  ['d8_priority_activity', 'D8', 'Self-rated activity on the policy priorities', '对政策重点领域的自评活跃度', { en: '/5', zh: '/5' }, 1, 0, 5, { method: 'mean_items', questions: ['prio_digital', 'prio_green', 'prio_innovation'] }, 2.6, 3.3, 2.4],
];

export const INDICATORS: readonly IndicatorSpec[] = ROWS.map(
  ([id, dimension, en, zh, unit, direction, min, max, rule, zhili, shenzhen, bologna]) => ({
    id,
    dimension,
    label: { en, zh },
    unit,
    direction,
    goalposts: { min, max },
    rule,
    values: { zhili, shenzhen, bologna },
  }),
);
