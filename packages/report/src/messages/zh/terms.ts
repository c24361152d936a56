/**
 * 多处文本共用的术语：一个概念只用一个词（术语表见 DESIGN.md §10），改动只在此处。
 * The D8 dimension and the indices are named by the framework (result data), not here.
 */
export const TERMS = {
  /** 对标组内各集群的中位数（与“对标组”一致，而非泛指“同行”）。 */
  peerMedian: '同组中位数',
  /** 政策协同指数中来自其自身维度（D8）的部分。 */
  uptake: '政策使用度',
  /** 政策协同指数中政策方案目标的达成部分。 */
  targetAttainment: '目标达成度',
} as const;
