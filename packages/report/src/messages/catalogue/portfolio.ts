/** Message types of the portfolio overview (part of `Messages` as `portfolio`). */
type Fn<K extends string> = (p: Record<K, string>) => string;

export interface PortfolioMessages {
  title: string;
  /** The PDF title with the year. */
  titleOf: (p: { title: string; year: string }) => string;
  subject: Fn<'count' | 'year'>;
  keywords: string;
  intro: Fn<'count' | 'framework' | 'version' | 'years'>;
  headings: { league: string; heatmap: string; distributions: string; notes: string };
  rankColumn: string;
  cluster: string;
  score: string;
  rank: string;
  /** The rank column without a sensitivity analysis, so without intervals. */
  rankPlain: string;
  strong: string;
  stars: string;
  yes: string;
  no: string;
  leagueNote: string;
  leagueNotePlain: string;
  /** Under the league table when a score is printed with more digits than one. */
  digitsNote: string;
  /** Names the policy profile the policy index measures alignment with. */
  policyNote: (p: { index: string; profile: string; version: string }) => string;
  heatmapIntro: (p: { range: string; diverging: boolean }) => string;
  heatmapLegend: string;
  distributionsIntro: string;
  /** The same when the clusters are not one peer group of enough clusters, so no median is marked. */
  distributionsIntroNoMedian: string;
  median: string;
  clusters: string;
  strongNote: string;
  starsNote: string;
  /** When no cluster of the run has a strong-cluster test or stars, in place of strongNote and starsNote. */
  noFlagsNote: string;
  sensitivityNote: Fn<'varied'>;
  /** The same for a Monte Carlo whose draws varied nothing. */
  sensitivityNothing: string;
  peerGroup: Fn<'key' | 'size'>;
  peerGroupSmall: Fn<'key' | 'size' | 'minSize'>;
  noPeerKey: string;
}
