import type { FigureMessages } from '../catalogue/figure.js';

export const figureEn: FigureMessages = {
  figure: {
    alt: ({ kind, title, values }) => `${kind}: ${title}. ${values}.`,
    kinds: { bars: 'Bar chart', radar: 'Radar chart', diverging: 'Diverging bar chart', dots: 'Dot plot', bullets: 'Bullet chart' },
    row: ({ label, values }) => `${label}: ${values}`,
    value: ({ series, value }) => `${series} ${value}`,
    valueSeparator: ', ',
    rowSeparator: '; ',
    dataCaption: ({ title }) => `Data of the chart: ${title}`,
    members: 'Members (share)',
    chainPosition: 'Chain position',
    sizeBand: 'Size band',
    stage: 'Stage',
    priority: 'Priority',
    attainment: 'Attainment',
    dimension: 'Dimension',
    question: 'Question',
    answers: 'Answers',
    measure: 'Index or dimension',
    interval: '5–95% interval',
    member: 'Your score',
    clusterMedian: 'Cluster median',
    middleHalf: 'Middle half',
  },
};
