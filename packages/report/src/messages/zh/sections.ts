import type { PolicyKind } from '@clusterlens/schema';
import type { SectionMessages } from '../catalogue/sections.js';
import { TERMS } from './terms.js';

/** 按政策方案类型称呼其条件。 */
const KIND_CRITERION: Record<PolicyKind, string> = { recognition: '认定条件', strategy: '方案条件' };

const yis = new Map<number, Intl.NumberFormat>();
const yi = (digits = 2): Intl.NumberFormat => yis.get(digits) ?? yis.set(digits, new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits })).get(digits)!;
const CURRENCY_NAMES: Record<string, string> = { CNY: '元', EUR: '欧元', USD: '美元', GBP: '英镑', JPY: '日元' };

/** 报告v1之后新增章节的中文文本。 */
export const sectionsZh: SectionMessages = {
  trend: {
    changeSince: (p) => `较${p.year}年变化`,
    note: (p) => `变化：与${p.year}年评估相比的得分差（分）；▲上升，▼下降，▶持平。`,
    mismatch: (p) => `上年评估采用的评估框架版本为${p.version}，变化数据可能不完全可比。`,
    previous: (p) => `${p.year}年：${p.value}`,
    headline: (p) =>
      p.trend === 'flat'
        ? `与${p.year}年相比，${p.index}持平，仍为${p.previous}分。`
        : `与${p.year}年相比，${p.index}从${p.previous}分${p.trend === 'up' ? '上升' : '下降'}了${p.diff}分。`,
    rank: (p) => `排名由第${p.previous}位变为第${p.rank}位。`,
    biggestRise: (p) => `进步最大的维度是${p.dimension}（+${p.diff}分）。`,
    biggestFall: (p) => `下降最多的维度是${p.dimension}（−${p.diff}分）。`,
    rankStable: (p) => `考虑${p.varied}的不确定性，其${p.index}排名稳定在第${p.rank}位。`,
    rankRange: (p) => `考虑${p.varied}的不确定性，其${p.index}排名在第${p.lo}至第${p.hi}位之间（5%–95%区间）。`,
  },

  profile: {
    industryCode: '行业代码',
    respondents: '填报主体',
    population: '调查企业数',
    responseRate: '回收率',
    locationQuotient: '区位熵',
    hhi: '集中度（HHI，0–10,000）',
    hhiBasis: (p) =>
      p.members === '1'
        ? '集中度仅基于1家填报营业收入的填报主体，而非集群全部企业：只有1家企业时，HHI必然为10,000。'
        : `集中度基于${p.members}家填报营业收入的填报主体的收入份额，而非集群全部企业：${p.members}家企业的HHI不可能低于${p.floor}。`,
    strongCluster: '强集群（美国集群地图检验）',
    yes: '是',
    no: '否',
    stars: '星级（欧洲集群观察站方法）',
    starsOf: (p) => `${p.stars}星（满分3星）`,
    byRole: '按产业链定位划分的填报主体',
    bySize: '按规模划分的填报主体',
    coverage: (p) => `产业链覆盖：填报主体覆盖了${p.total}个产业链环节中的${p.present}个。`,
    missingRoles: (p) => `填报主体中未出现：${p.list}。`,
  },

  policy: {
    intro: (p) =>
      `对照政策方案“${p.profile}”（版本${p.version}）：${p.index}为${p.score}分，由${TERMS.targetAttainment}（${p.targets}分）和${TERMS.uptake}（即${p.uptakeName}的得分，${p.uptake}分）综合而成。`,
    priorityLabel: (p) => `${p.label}（权重${p.weight}）`,
    noData: '无数据',
    attainmentTitle: '各重点领域的达成度',
    attainmentNote: '达成度0–100：100表示该领域的全部目标均已达到，未达到的按比例计分。颜色与计分卡的状态分档一致。',
    atStrictTarget: '数值恰为“高于T”类目标的T时得满分但不算达到，因此达成度为100的领域仍可能有差距。',
    attainmentNoteDecided: '达成度0–100，按该领域可判定的目标计算：100表示这些目标均已达到，未达到的按比例计分。颜色与计分卡的状态分档一致。',
    eligibilityTitle: { recognition: '认定条件核对', strategy: '方案条件核对' },
    eligibilityTally: (p) =>
      `共${p.total}项条件：${[
        `${p.met}项符合`,
        ...(p.notMet === '0' ? [] : [`${p.notMet}项不符合`]),
        ...(p.noData === '0' ? [] : [`${p.noData}项无数据`]),
        ...(p.notApplicable === '0' ? [] : [`${p.notApplicable}项不适用`]),
      ].join('，')}。`,
    // 1亿 = 100 million: "4,000 million CNY" is 40亿元.
    money: (p) => `${yi(p.digits).format(p.millions / 100)}亿${CURRENCY_NAMES[p.currency] ?? p.currency}`,
    count: (p) => `${p.value}家`,
    clause: (p) => `依据：${p.clause}`,
    partOr: (p) => `或${p.part}`,
    ofRespondents: (p) => `${p.respondents}家填报主体中有${p.value}`,
    undecided: '无法判定',
    respondentsOnlyNote: (p) =>
      `${p.part}：会员调查统计到${p.value}（共${p.respondents}家填报主体）。调查只统计作答的单位，少于${p.threshold}并不表明整个集群不足；在区域统计表给出全集群的数量之前，该条件计为无数据。`,
    targetRespondentsOnly: (p) =>
      `${p.indicator}${p.target}：会员调查统计到${p.value}。调查只统计作答的单位，该数量并不表明整个集群${p.atMost ? '未超过目标' : '未达到目标'}；该目标不计达成度、不列为差距，所属重点领域的达成度按其他目标计算。`,
    valueSource: { regional: '区域统计', survey: '会员调查', derived: '据区域统计推算' },
    converted: (p) => `${p.original} × ${p.rate} = ${p.value}`,
    notApplicable: '不适用',
    notApplicableReason: {
      no_rate: (p) => `未给定 ${p.from}/${p.to} 汇率`,
      currency_unknown: '工作簿未注明货币',
    },
    sourceColumn: '数据来源',
    actionsTitle: '行动计划',
    actionsIntro: (p) => `最能提高各项指数的${p.count}项行动。提高分数：若达到该目标而其他条件不变，各指数可提高的分数，由重新运行评分计算得出（见方法说明）。`,
    actionColumn: '重点领域 · 目标 · 行动',
    gainColumn: '达标后提高',
    whoColumn: '实施主体',
    horizonColumn: '时限',
    gain: (p) => `${p.index} +${p.points}`,
    actor: { association: '行业协会', government: '政府部门', members: '会员企业' },
    horizon: { short: '一年内', medium: '一至三年', long: '三年以上' },
    measure: (p) => `扶持措施：${p.measure}`,
    noActions: '没有未达到的目标能够提高指数，因此无行动计划。',
    gapsInAppendix: '全部未达到的目标及其差距列于附录。',
    eligibilityCount: (p) => `${p.total}项条件中满足${p.passed}项。`,
    eligible: { recognition: '本集群达到认定标准。', strategy: '本集群满足该政策方案的全部条件。' },
    notEligible: { recognition: '本集群尚未达到认定标准。', strategy: '本集群尚未满足该政策方案的全部条件。' },
    eligibilityUnknown: { recognition: '部分条件缺少数据，无法判定是否符合认定标准。', strategy: '部分条件缺少数据，无法判定是否满足该政策方案的全部条件。' },
    criterion: '条件',
    threshold: '标准',
    result: '结果',
    pass: '符合',
    passViaAlternative: '经替代条件符合',
    fail: '不符合',
    unknown: '无数据',
    gapsTitle: '差距与建议',
    gapsIntro: '尚未达到的目标，按加权差距从大到小排列。差距：该目标尚未获得的得分比例。',
    noGaps: '政策方案的全部目标均已达到。',
    gapIndicator: '重点领域 · 指标 · 建议',
    target: '目标',
    shortfall: '差距',
    targetNote: (p) => `政策目标${p.target}`,
    labelTarget: (p) => `${p.label}${p.target}`,
    benchmarkNote: (p) => `参考基准${p.target}（由评估框架编制者设定，并非政策文件规定）`,
    source: { policy: '政策', framework: '基准' },
    sourceNote: {
      policy: '目标标注“政策”：政策文件本身规定的门槛。',
      framework: '目标标注“基准”：评估框架编制者为衡量政策重点领域进展而选定的数值，政策文件并未规定。',
    },
    citation: (p) => `政策文件：${p.citation}。`,
    summaryGap: (p) => `对照政策方案“${p.profile}”，差距最大的是${p.indicator}：当前为${p.value}，${p.source === 'policy' ? '政策目标' : '评估框架编制者设定的参考基准'}为${p.target}。`,
    summaryEligible: (p) => `全部${p.total}项${KIND_CRITERION[p.kind]}均已满足。`,
    summaryFailed: (p) => `尚有${p.count}项${KIND_CRITERION[p.kind]}未满足：${p.list}。`,
  },

  likert: {
    intro: '填报主体对量表题的回答分布：低分回答位于中线左侧，高分回答位于右侧，中间选项跨越中线。',
    note: (p) => `比例以各题作答填报主体为基数；显示值低于${p.min}的比例在图中不标注。`,
    lowest: (p) => `${p.value} 最低`,
    highest: (p) => `${p.value} 最高`,
    n: (p) => `n = ${p.n}`,
  },

  integration: {
    stageLabel: (p) => `${p.stage} ${p.label}`,
    mean: (p) => `平均融入阶段为${p.mean}（共${p.total}个阶段），基于${p.answered}家作答填报主体。`,
    answered: (p) => `共有${p.answered}家填报主体回答了融入阶段问题。`,
    stagesTitle: '各融入阶段',
  },

  comparison: {
    peerGroup: (p) => `对标组：本次评估中${p.basis}为“${p.key}”的${p.size}个集群。${TERMS.peerMedian}、强集群检验和星级仅与本组比较。`,
    basis: { config: '配置文件所设对标组', peer_group: '对标组', industry_code: '行业代码' },
    tooSmall: (p) =>
      `无${p.minSize}个集群的对标组：本次评估中${p.size === '1' ? '没有其他集群' : `仅有${p.size}个集群`}的${p.basis}为“${p.key}”，因此不显示${TERMS.peerMedian}、强集群检验和星级。本集群改为与${p.against}比较。`,
    noKey: (p) => `无${p.minSize}个集群的对标组：工作簿未提供行业代码或对标组，因此不显示${TERMS.peerMedian}、强集群检验和星级。本集群改为与${p.against}比较。`,
    against: { goalposts: '目标值区间', history: '目标值区间及自身历史数据' },
    notCompared: (p) => `未与${p.year}年比较：${p.list}。`,
    reason: (p) => `${p.names}（${p.reason}）`,
    notComparedCell: (p) => `未比较：${p.reason}`,
    shortReason: {
      framework: '框架不同',
      normalisation: '标准化方法不同',
      goalposts: '目标值区间不同',
      policy_profile: '政策方案不同',
      policy_version: '政策方案版本不同',
      policy_added: '基期无政策方案',
      policy_removed: '本期无政策方案',
      survey_year: '基期年份不早于本期',
    },
    forced: (p) => `基期为${p.baselineYear}年，不早于本次调查（${p.year}年）；仅因运行时强制指定才进行比较。`,
    noPeerTest: (p) => `未检验（无${p.minSize}个集群的对标组）`,
    runRank: (p) => `排名“n / N”：在本次评估中有得分的${p.count}个集群（全部集群，而非仅对标组）之间的位次（1为最佳）。`,
    runRankAlone: '排名：本次评估中没有其他集群有得分，故不排名。',
  },

  peers: {
    intro: (p) => `每个点代表本次评估的${p.count}个集群之一，实心点为本集群。`,
    others: '其他集群',
    interval: '得分5%–95%区间',
    withInterval: (p) => `${p.rank}（${p.span}）`,
    sensitivity: (p) =>
      `在变动${p.varied}的敏感性分析中，其${p.index}排名的中位数为第${p.median}位（共${p.total}个），90%的抽样结果${p.lo === p.hi ? `排名均为第${p.lo}位` : `排名在第${p.lo}至第${p.hi}位之间`}。`,
    tableRanked: (p) => `图下表格列出本集群及${p.index}排名与其相邻的${p.count}个集群的得分。`,
    tableTop: (p) => `图下表格列出本集群（在${p.index}上无排名）及${p.index}排名最高的${p.count}个集群的得分。`,
    rankHead: '排名',
    rankHeadInterval: '排名（5–95%）',
  },

  quality: {
    missingTitle: '各指标的缺失数据',
    missingIntro: '回答数：其回答计入指标数值的填报主体数与全部填报主体数之比。权重：维度内的名义权重；实际权重：剔除无数据指标后实际使用的权重。',
    answers: '回答数',
    answersOf: (p) => `${p.answers} / ${p.respondents}`,
    answeredShare: '比例',
    regional: '区域统计',
    weight: '权重',
    effectiveWeight: '实际权重',
    used: '已采用',
    weightsTitle: '权重',
    component: '指数 · 维度',
    targetAttainment: TERMS.targetAttainment,
    uptakePart: (p) => `${TERMS.uptake}：${p.dimension}`,
  },
};
