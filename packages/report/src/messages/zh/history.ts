import type { HistoryMessages } from '../catalogue/history.js';

/** 历史部分、集群总览趋势列和方法说明中历史数据来源的中文文本。 */
export const historyZh: HistoryMessages = {
  heading: '历年变化',
  intro: (p) =>
    `结果库中存有本集群${p.count}个可比年份（${p.first}年至${p.last}年）的评估结果：均按“${p.framework}”评估框架（版本 ${p.version}）、相同的目标值区间和政策设置评分，与本年一致。`,
  indexTrend: (p) =>
    p.trend === 'flat'
      ? `${p.index}${p.last}年为${p.to}分，与${p.first}年持平。`
      : `${p.index}从${p.first}年的${p.from}分${p.trend === 'up' ? '上升' : '下降'}到${p.last}年的${p.to}分（${p.diff}分）。`,
  indexOnce: (p) => `${p.index}仅在${p.year}年有得分（${p.score}分）。`,
  indexNever: (p) => `${p.index}在这些年份均未能评分。`,
  missingYears: (p) => `结果库中没有${p.list}年的可比评估结果；图中该处留空。`,
  otherSeries: (p) => `另有${p.count}次存储的评估（${p.years}年）采用了不同的框架版本、标准化方法或政策方案，不可比，未列入。`,
  chartAlt: (p) => `${p.cluster}${p.first}年至${p.last}年各指数得分的折线图，刻度为0至100分。${p.series}`,
  altSeries: (p) => `${p.index}：${p.points}。`,
  altPoint: (p) => `${p.year}年${p.score}分`,
  altMissing: (p) => `${p.list}年没有可比结果。`,
  caption: (p) => `${p.first}年至${p.last}年各指数得分（0–100）。某年没有可比得分时折线在该处断开；具体数值见下表。`,
  tableTitle: '历年得分',
  item: '指数／维度',
  yearHeader: (p) => `${p.year}年`,
  cellNote: '每格上方为得分（0–100），下方为较上一年的变化（分；▲上升，▼下降，▶持平）。',
  dashUnscored: '得分为“—”：该年数据不足，未评分。',
  dashFirst: (p) => `${p.year}年的变化为“—”：结果库中没有更早的可比年份。`,
  dashGap: (p) => `${p.list}年的变化为“—”：上一年没有可比结果，无法计算一年的变化。`,
  dashPreviousUnscored: '其他变化为“—”：该年或上一年未评分。',
  axisNoRun: '无结果',

  trendHeading: '历年趋势',
  trendIntro: (p) => `结果库中各集群可比年份（最多10年，含本年）的得分；折线为${p.index}（0–100），某年没有可比得分时在该处断开。`,
  trendColumn: '趋势',
  trendYears: '年份',
  trendYearsCell: (p) => (p.first === p.last ? `${p.last}年` : `${p.first}–${p.last}年（${p.count}年）`),
  trendChange: (p) => `${p.index}变化`,
  trendSince: (p) => `较${p.year}年${p.diff}`,
  trendAlt: (p) => `${p.cluster}，${p.index}：${p.points}。`,
  trendNote: '变化：本年得分减去所列最早可比年份的得分（分）。“—”：没有更早的可比年份，或两年中有一年未评分。',

  sourceTitle: '历年数据',
  source: (p) =>
    `“历年变化”部分取自结果库：同一评估序列的${p.count}个年份（${p.list}年）——“${p.framework}”评估框架（版本 ${p.version}），标准化指纹 ${p.goalposts}，${p.policy}。${p.year}年数据为本次评估结果；此前各年为当年存储的得分，未重新计算。`,
  sourcePolicy: (p) => `政策方案 ${p.id}（版本 ${p.version}）`,
  sourceNoPolicy: '无政策方案',
  sourceAlone: (p) => `结果库中没有本集群早于${p.year}年的可比年份，因此报告不含“历年变化”部分。`,
};
