import type { PortfolioMessages } from './portfolio-messages.js';

/** 集群总览的中文文本。 */
export const portfolioZh: PortfolioMessages = {
  title: '集群总览',
  titleOf: (p) => `${p.title}（${p.year}年）`,
  subject: (p) => `${p.year}年${p.count}个产业集群总览`,
  keywords: '集群总览，产业集群，排行榜',
  intro: (p) => `本总览比较本次评估的${p.count}个产业集群（调查年度${p.years}），评分采用“${p.framework}”评估框架（版本${p.version}）。`,
  headings: { league: '排行榜', heatmap: '各维度得分', distributions: '得分分布', notes: '说明' },
  rankColumn: '#',
  cluster: '集群',
  score: '得分',
  rank: '排名（5–95%）',
  strong: '强集群',
  stars: '星级',
  yes: '是',
  no: '否',
  policyNote: (p) => `${p.index}：对照政策文件“${p.profile}”（版本${p.version}）的协同程度。`,
  leagueNote: '按第一项指数排序。排名1为最佳；括号内为敏感性分析得出的排名5%–95%区间（如进行了该分析）。—：未评分或无数据。',
  heatmapIntro: (p) => `各集群在各维度的得分（${p.range}）；${p.diverging ? '紫色单元格高于均值，橙色单元格低于均值' : '颜色越深得分越高'}，每个单元格均标注数值。`,
  heatmapLegend: '得分分档：',
  distributionsIntro: '每个点代表一个集群；橙色刻度为各集群的中位数。',
  median: '中位数',
  clusters: '集群',
  strongNote: '强集群：在本次评估的集群中采用美国集群地图检验（区位熵不低于同行第75百分位且不低于1；就业人数和企业数高于第25百分位）。',
  starsNote: '星级：参照欧洲集群观察站方法，规模、专业化（区位熵≥2）和集中度各计一星。',
  sensitivityNote: '排名区间来自对权重和方法选择的蒙特卡洛模拟。',
};
