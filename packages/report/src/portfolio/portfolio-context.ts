/**
 * What the portfolio sections share: the run, the language's texts and formats, the clusters
 * in league order and the index and dimension ids of the run (from its first cluster, as every
 * cluster of a run is scored with the same framework).
 */
import type { AssessmentResult, ClusterResult, Lang } from '@clusterlens/schema';
import { formatterFor, type Formatter } from '../format.js';
import { messagesFor, type Messages } from '../messages/index.js';
import { scoreScale, type ScoreScale } from '../score-scale.js';

export interface PortfolioContext {
  result: AssessmentResult;
  lang: Lang;
  m: Messages;
  f: Formatter;
  /** The scale of the scores, from the recorded normalise step. */
  scale: ScoreScale;
  /** Clusters by rank on the headline index (unscored last), then by id for a stable order. */
  ordered: ClusterResult[];
  indexIds: string[];
  dimensionIds: string[];
  /** Whether any cluster has a strong-cluster test or stars: without, the league table has no columns for them. */
  flags: boolean;
  /** The clusters by peer group (groups in league order of their best cluster), each in league order; one unnamed group for a result without peer groups. */
  groups: PeerSection[];
}

/** One peer group of the portfolio: its heading and its clusters. */
export interface PeerSection {
  label: string | null;
  clusters: ClusterResult[];
}

/** "Peer group C18 · 5 clusters" or "C18 · 1 cluster (no peer group of 5)" or "No industry code or peer group". */
function groupLabel(m: Messages, f: Formatter, c: ClusterResult): string | null {
  const p = c.peers;
  if (!p) return null;
  if (p.key === null) return m.portfolio.noPeerKey;
  const size = f.integer(p.size);
  return p.compared ? m.portfolio.peerGroup({ key: p.key, size }) : m.portfolio.peerGroupSmall({ key: p.key, size, minSize: f.integer(p.minSize) });
}

function groupsOf(m: Messages, f: Formatter, ordered: readonly ClusterResult[]): PeerSection[] {
  const sections = new Map<string, PeerSection>();
  for (const c of ordered) {
    const key = c.peers ? (c.peers.key === null ? '\u0000none' : c.peers.key) : '';
    const section = sections.get(key) ?? { label: groupLabel(m, f, c), clusters: [] };
    section.clusters.push(c);
    sections.set(key, section);
  }
  // Clusters without a key close the table.
  return [...sections].sort(([a], [b]) => Number(a === '\u0000none') - Number(b === '\u0000none')).map(([, s]) => s);
}

function rankOf(c: ClusterResult, indexId: string): number {
  return c.indices.find((i) => i.id === indexId)?.rank ?? Number.POSITIVE_INFINITY;
}

/** Builds the context; an empty run is a programming error. */
export function portfolioContext(result: AssessmentResult, lang: Lang): PortfolioContext {
  const first = result.clusters[0];
  if (!first) throw new Error('renderPortfolioReport needs a result with at least one cluster');
  const indexIds = first.indices.map((i) => i.id);
  const lead = result.framework.headlineIndex;
  const ordered = [...result.clusters].sort((a, b) => rankOf(a, lead) - rankOf(b, lead) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const m = messagesFor(lang);
  const f = formatterFor(lang);
  const flags = result.clusters.some((c) => (c.specialisation?.strongCluster ?? null) !== null || (c.specialisation?.stars ?? null) !== null);
  return { result, lang, m, f, scale: scoreScale(result), ordered, indexIds, dimensionIds: first.dimensions.map((d) => d.id), flags, groups: groupsOf(m, f, ordered) };
}
