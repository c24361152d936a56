import type { FigureMessages } from '../catalogue/figure.js';

export const figureZh: FigureMessages = {
  figure: {
    alt: ({ kind, title, values }) => `${kind}：${title}。${values}。`,
    kinds: { bars: '条形图', radar: '雷达图', diverging: '发散条形图', dots: '点图', bullets: '子弹图' },
    row: ({ label, values }) => `${label}：${values}`,
    value: ({ series, value }) => `${series} ${value}`,
    valueSeparator: '，',
    rowSeparator: '；',
    dataCaption: ({ title }) => `图表数据：${title}`,
    members: '填报主体数（占比）',
    chainPosition: '产业链定位',
    sizeBand: '规模档',
    stage: '阶段',
    priority: '重点',
    attainment: '达成度',
    dimension: '维度',
    question: '问题',
    answers: '回答数',
    measure: '指数或维度',
    interval: '5–95% 区间',
    member: '您的得分',
    clusterMedian: '集群中位数',
    middleHalf: '居中一半',
  },
};
