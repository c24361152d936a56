import type { PortfolioMessages } from '../catalogue/portfolio.js';

/** English texts of the portfolio overview. */
export const portfolioEn: PortfolioMessages = {
  title: 'Portfolio overview',
  titleOf: (p) => `${p.title}, ${p.year}`,
  subject: (p) => `Overview of ${p.count} industrial clusters, ${p.year}`,
  keywords: 'portfolio overview, industrial cluster, league table',
  intro: (p) => `This overview compares the ${p.count} industrial clusters of the assessment (survey year ${p.years}), scored with the ${p.framework} framework, version ${p.version}.`,
  headings: { league: 'League table', heatmap: 'Dimension scores', distributions: 'Distributions', notes: 'Notes' },
  rankColumn: '#',
  cluster: 'Cluster',
  score: 'Score',
  rank: 'Rank (5–95%)',
  strong: 'Strong',
  stars: 'Stars',
  yes: 'Yes',
  no: 'No',
  policyNote: (p) => `${p.index}: alignment with the policy profile ${p.profile} (version ${p.version}).`,
  leagueNote: 'Ordered by the first index. Rank 1 = best; in brackets the 5–95% rank interval from the sensitivity analysis, where one was run. — : not scored or no data.',
  heatmapIntro: (p) =>
    `Dimension scores (${p.range}) of every cluster; ${p.diverging ? 'purple cells lie above the mean, orange cells below it' : 'darker cells are higher scores'}, and every cell prints its value.`,
  heatmapLegend: 'Score bands:',
  distributionsIntro: 'Each dot is one cluster; the orange tick marks the median of the clusters.',
  distributionsIntroNoMedian: 'Each dot is one cluster. No median is marked: the clusters do not form one peer group of enough clusters.',
  median: 'Median',
  clusters: 'Clusters',
  strongNote: 'Strong cluster: the US Cluster Mapping test within the cluster’s peer group (location quotient at or above the 75th percentile of the peers and at least 1; employment and establishments above the 25th percentile). Peer group: the clusters of this run with the same peer group or industry code; the test and the stars are made only in a group large enough, — otherwise.',
  peerGroup: (p) => `Peer group ${p.key} · ${p.size} clusters`,
  peerGroupSmall: (p) => `${p.key} · ${p.size === '1' ? '1 cluster' : `${p.size} clusters`} (no peer group of ${p.minSize}: not compared with peers)`,
  noPeerKey: 'No industry code or peer group (not compared with peers)',
  starsNote: 'Stars: European Cluster Observatory style, one each for size, specialisation (location quotient ≥ 2) and focus.',
  sensitivityNote: 'Rank intervals come from a Monte Carlo analysis over weights and method choices.',
};
