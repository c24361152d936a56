import type { Messages } from './catalogue.js';
import { historyZh } from './zh/history.js';
import { memberZh } from './zh/member.js';
import { stepsZh } from './zh/method.js';
import { figureZh } from './zh/figure.js';
import { sectionsZh } from './zh/sections.js';
import { portfolioZh } from './zh/portfolio.js';
import { tablesZh } from './zh/tables.js';

/** Simplified Chinese catalogue, written as Chinese sentences rather than word-by-word translations. */
const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

export const zh: Messages = {
  ...sectionsZh,
  ...figureZh,
  member: memberZh,
  steps: stepsZh,
  portfolio: portfolioZh,
  history: historyZh,
  tables: tablesZh,
  locale: 'zh-CN',
  reportTitle: '集群评估报告',
  subject: (p) => `${p.year}年${p.cluster}评估`,
  titleOf: (p) => `${p.title}：${p.name}（${p.year}年）`,
  keywords: '产业集群，集群评估',
  keywordSeparator: '，',
  dash: '—',
  pageOf: (p) => `第 ${p.page} 页，共 ${p.total} 页`,
  joinList: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items[items.length - 1] ?? ''}`,
  listSeparator: '；',
  itemSeparator: '、',
  pointSeparator: '，',
  colon: '：',
  inBrackets: (p) => `（${p.text}）`,
  yes: '是',
  no: '否',
  scoreOf: (p) => `${p.name}（${p.score}分）`,
  countShare: (p) => `${p.count}（${p.share}）`,
  inSentence: (name) => name,
  sentenceStart: (text) => text,
  targetWords: (p) => `${p.op === '>=' ? '不低于' : '不高于'}${p.value}`,

  cover: {
    region: '地区',
    year: '调查年度',
    framework: '评估框架',
    rank: (p) => `排名第 ${p.rank} 位（共 ${p.total} 个集群）`,
    peerMedian: (p) => `同行中位数 ${p.median}`,
    notScored: '数据不足，未评分',
  },

  publisher: {
    issuer: '发布机构',
    date: '发布日期',
    contact: '联系方式',
    licence: '许可与引用',
    disclaimer: '免责声明',
    defaultDisclaimer: '本报告的得分基于受调查企业的回答和评估框架的方法（见方法附录），反映调查时的集群状况，不代表任何主管部门认可的排名。',
  },

  headings: {
    contents: '目录',
    summary: '执行摘要',
    howToRead: '阅读说明',
    keyFacts: '基本情况',
    profile: '集群概况',
    scorecard: '计分卡',
    radar: '维度概览',
    indicators: '指标明细',
    likert: '量表题回答分布',
    policy: '政策协同',
    integration: '融入阶段',
    peers: '在本次评估各集群中的排名',
    methodology: '数据质量与方法说明',
  },

  keyFacts: {
    statistic: '区域统计指标',
    source: '来源',
    year: '年份',
    noSource: '工作簿未注明',
    ofSurveyed: (p) => `共有${integer.format(p.count)}家填报主体作答，占调查企业（${integer.format(p.population)}家）的${p.share}。`,
    ofAllFirms: (p) => `填报主体占集群全部${integer.format(p.firms)}家企业的${p.share}。`,
  },

  howToRead: {
    scoreTerm: '得分',
    scoreLevels: '指标得分按评估框架的权重汇总为维度得分，维度得分再汇总为各项指数；每一步见方法附录。',
    goalpostsTerm: '目标值区间',
    goalposts: '评估框架为每项指标设定两个目标值：得0分的数值和得100分的数值。目标值不随参评集群而变，因此同一得分在各年度、各集群之间含义相同。',
    bandsTerm: '状态分档',
    bands: (p) => `良好：${p.good}分及以上；一般：${p.fair}分至${p.good}分以下；薄弱：${p.fair}分以下。分档由评估框架规定，每个着色单元格旁均以文字标明。`,
    peersTerm: '对标组',
    ranksTerm: '排名',
    ranks: (p) => `排名基于本次评估中有得分的${p.count}个集群；第1名为得分最高者。`,
    noRanks: '只有本集群有得分，因此没有排名；本集群与目标值区间及其上一次评估比较。',
    intervalTerm: '排名区间',
    interval: (p) => `敏感性分析对各集群评分${p.draws}次，权重最多变动±${p.weights}，其他变动见方法附录；排名区间为居中90%的排名（第5至第95百分位）。区间越宽，排名越依赖这些选择。`,
    insufficientTerm: '数据不足',
    insufficient: '回答过少的指标不评分，标为“数据不足”；它不计入得分，也不按零分处理。',
  },

  numbered: (p) => `${p.number}   ${p.title}`,

  summary: {
    headline: (p) =>
      `${p.year}年，${p.cluster}的${p.index}得分为${p.score}${p.scale}，在本次评估的${p.total}个集群中排名第${p.rank}。`,
    headlineAlone: (p) => `${p.year}年，${p.cluster}的${p.index}得分为${p.score}${p.scale}。`,
    scale: {
      hundred: '分（满分100分）',
      bounded: (p) => `（取值范围${p.lower}–${p.upper}）`,
      zscore: (p) => `（Z分数：${p.mean}为参评集群的平均水平，${p.sd}为一个标准差）`,
      rank: '（在参评集群中的名次，最低值为1）',
    },
    headlineNotScored: (p) => `由于数据充足的维度过少，${p.cluster}的${p.index}未能评分。`,
    versusMedian: (p) => `得分比同行中位数（${p.median}分）${p.above ? '高' : '低'}${p.diff}分。`,
    atMedian: (p) => `得分与同行中位数（${p.median}分）持平。`,
    secondary: (p) => `${p.index}得分为${p.score}分，排名第${p.rank}（共${p.total}个）。`,
    secondaryPolicy: (p) => `对照“${p.profile}”，${p.index}得分为${p.score}分，排名第${p.rank}（共${p.total}个）。`,
    secondaryAlone: (p) => `${p.index}得分为${p.score}分。`,
    secondaryNotScored: (p) => `${p.index}因数据不足未能评分。`,
    strongest: (p) => `表现最突出的维度是${p.list}。`,
    weakest: (p) => `最薄弱的维度是${p.list}。`,
    unscored: (p) => `${p.list}因有足够回答的指标过少，未能评分。`,
    insufficient: (p) => `${p.total}项指标中有${p.count}项数据不足，未计入得分，也没有按零分处理。`,
    allSufficient: (p) => `全部${p.total}项指标均有足够的回答，均已评分。`,
    response: (p) => `本次评估基于${integer.format(p.count)}家填报主体的回答（共调查${integer.format(p.population)}家企业），回收率为${p.rate}。`,
    responseUnknown: (p) => `本次评估基于${integer.format(p.count)}家填报主体的回答；由于未提供调查企业总数，回收率未知。`,
  },

  table: {
    item: '指数 / 维度',
    score: '得分',
    rank: '排名',
    peerMedian: '同行中位数',
    status: '状态',
    indicator: '指标',
    value: '数值',
  },
  status: { good: '良好', fair: '一般', weak: '薄弱', none: '数据不足' },
  statusRange: (p) => ({ good: `${p.good}分及以上`, fair: `${p.fair}分至${p.good}分以下`, weak: `${p.fair}分以下` }),
  noBands: (p) => `不划分状态档次：本次得分为${p.method}，不在0–100分的尺度上，因此“良好”“一般”“薄弱”对其没有定义。`,
  legendTitle: '得分（0–100）状态：',
  insufficientAnswers: (p) => `数据不足（${p.answers}份回答）`,
  scorecardNote: '排名“n / N”：在本次评估中有得分的N个集群之间的位次（1为最佳）。同行中位数：这些集群得分的中位数。',
  rankCell: (p) => `${p.rank} / ${p.total}`,
  dimensionLine: (p) => `维度得分 ${p.score} · 有数据的指标占该维度权重的${p.coverage}`,
  dimensionNotScored: (p) => `维度未评分 · 有数据的指标仅占该维度权重的${p.coverage}，至少需要${p.minCoverage}`,
  unitNote: (p) => `单位：${p.unit}`,
  goalposts: (p) => `目标值区间 ${p.range}${p.lower ? ' · 越低越好' : ''}`,
  indicatorsIntro: (p) => `数值为根据会员回答或区域统计汇总得到的集群层面数据。同行中位数为参评集群数值的中位数。${p.scores}各项得分的计算方法见方法说明附录。`,

  radar: {
    cluster: '本集群',
    peer: '同行中位数',
    notScored: '未评分',
    baseline: (p) => `本集群（${p.year}年）`,
    gapNote: (p) => `${p.list}：因数据不足未评分，以中心处的空心圆标示（并非零分）。`,
    caption: (p) => `各维度得分（${p.range}），网格线为${p.grid}。`,
  },

  method: {
    exclusions: '本次评估的剔除与调整',
    noExclusions: '无：所有指标和维度均按规定评分。',
    respondents: '填报主体',
    respondentsText: (p) => `共有${p.count}家填报主体参与调查。`,
    excludedAnswers: (p) => `${p.excluded}个回答因无效未予采用。`,
    responseRate: (p) => `调查企业共${p.population}家，回收率为${p.rate}。`,
    responseRateUnknown: '未提供调查企业总数，回收率未知。',
    byRole: '按产业链定位划分的填报主体：',
    sources: '输入文件',
    file: '文件',
    sha256: 'SHA-256',
    noSources: '未记录输入文件。',
    engine: (p) => `评分由 ${p.engine} ${p.version} 按“${p.framework}”评估框架（版本 ${p.frameworkVersion}）计算。`,
  },

  log: {
    indicator_insufficient: (p) => `${p.target}：数据不足（${p.answers}份回答，至少需要${p.minAnswers}份），未评分。`,
    indicator_no_value: (p) => `${p.target}：${p.answers}份回答均未给出可用数值，未评分。`,
    value_imputed: (p) => `${p.target}：数值缺失，按${p.method}插补为${p.value}。`,
    value_winsorised: (p) => `${p.target}：异常值${p.from}经缩尾处理为${p.to}。`,
    value_log_transformed: (p) => `${p.target}：缩尾处理未能消除异常值，因此对数值作对数变换；${p.from}变换为${p.to}。`,
    goalposts_invalid: (p) => `${p.target}：目标值${p.min}和${p.max}不构成有效区间，未评分。`,
    score_truncated: (p) => `${p.target}：数值${p.value}超出目标值区间${p.range}，得分按0分或${p.scale}分计。`,
    normalisation_undefined: (p) => `${p.target}：本次评估的数值无法采用该标准化方法（${p.method}），例如各集群数值相同；未评分。`,
    mean_undefined: {
      negative_child: (p) => `${p.target}：有部分得分为负，几何平均或调和平均无定义；未评分。`,
    },
    dimension_not_scored: (p) => `${p.target}：未评分；有数据的指标仅占其权重的${p.coverage}，至少需要${p.minCoverage}。`,
    group_not_scored: (p) => `${p.target}：未评分；有数据的部分仅占其权重的${p.coverage}，至少需要${p.minCoverage}。`,
    index_not_scored: (p) => `${p.target}：未评分；有数据的维度仅占其权重的${p.coverage}，至少需要${p.minCoverage}。`,
    weights_rescaled: (p) => `${p.target}：权重已在有数据的部分之间重新分配（占原权重的${p.coverage}）。`,
    policy_blended: {
      both: (p) => `${p.target}：${p.index}由目标达成度（权重${p.targetWeight}）和政策使用度（权重${p.uptakeWeight}）构成，二者均有数值。`,
      alone: (p) => `${p.target}：在目标达成度（权重${p.targetWeight}）和政策使用度（权重${p.uptakeWeight}）中，只有${p.part}有数值（占权重的${p.coverage}），因此${p.index}仅由其构成。`,
      short: (p) =>
        `${p.target}：在目标达成度（权重${p.targetWeight}）和政策使用度（权重${p.uptakeWeight}）中，只有${p.part}有数值，仅占权重的${p.coverage}，至少需要${p.minCoverage}；${p.index}未评分。`,
      none: (p) => `${p.target}：目标达成度和政策使用度均无数值；${p.index}未评分。`,
    },
    policyPart: { targets: '目标达成度', uptake: '政策使用度' },
    targets_not_scored: (p) => `${p.target}：目标达成度未评分；有数据的重点领域仅占权重的${p.coverage}，至少需要${p.minCoverage}。`,
    peer_group_compared: (p) => `${p.target}：本集群所在对标组，本次评估中共有${p.size}个集群（至少需要${p.minSize}个）；同组中位数、强集群检验和星级均在本组内计算。`,
    peer_group_too_small: (p) =>
      `${p.target}：本集群所在对标组在本次评估中${p.size === '1' ? '仅有本集群' : `仅有${p.size}个集群`}，少于所需的${p.minSize}个；不显示同组中位数、强集群检验和星级，改为与目标值区间及本集群历史数据比较。`,
    no_peer_group: (p) => `${p.target}：无对标组，工作簿未提供行业代码或对标组；不显示同组中位数、强集群检验和星级，改为与目标值区间及本集群历史数据比较。`,
    baseline_not_compared: (p) => `${p.target}：未与基期比较，原因是${p.reason}。`,
    notComparedReason: {
      framework: '基期采用了其他评估框架或框架版本',
      normalisation: '基期采用了其他标准化方法，或未记录标准化方法',
      goalposts: '至少一项指标的目标值区间与基期不同，或基期未记录',
      policy_profile: '基期采用了其他政策方案或方案版本',
      survey_year: '基期的调查年份不早于本次调查',
    },
    allIndicators: '指标数值',
    baseline_forced: (p) => `${p.target}：基期为${p.baselineYear}年，不早于本次调查（${p.year}年）；仅因运行时强制指定（--force-baseline）才进行比较。`,
  },
};
