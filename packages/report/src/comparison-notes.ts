/**
 * What a cluster is compared with, in words from the result: its peer group (which key, how many
 * clusters) or why it has none, and which scores were not compared with the baseline and why.
 * Shared by the scorecard, the profile and the peers section, so every place says the same.
 */
import type { NotComparedReason } from '@clusterlens/schema';
import type { ReportContext } from './context.js';
import { historyView } from './history/history-view.js';

/** What a cluster without ranks or peers is compared with: its own history only where the result has a baseline or the store a series of years. */
export function comparedAgainst(ctx: ReportContext): string {
  const history = ctx.cluster.baseline !== undefined || historyView(ctx.history) !== undefined;
  return ctx.m.comparison.against[history ? 'history' : 'goalposts'];
}

/** "Peer group: the 5 clusters … with the industry code “C18” …" or why there is none; null for a result without peer groups. */
export function peerGroupNote(ctx: ReportContext): string | null {
  const { cluster, f, m } = ctx;
  const peers = cluster.peers;
  if (!peers) return null;
  const minSize = f.integer(peers.minSize);
  if (peers.key === null || peers.basis === 'none') return m.comparison.noKey({ minSize, against: comparedAgainst(ctx) });
  const words = { key: peers.key, basis: m.comparison.basis[peers.basis], size: f.integer(peers.size) };
  return peers.compared ? m.comparison.peerGroup(words) : m.comparison.tooSmall({ ...words, minSize, against: comparedAgainst(ctx) });
}

/** Whether the cluster's peer statistics are shown: a compared peer group, or a result that predates peer groups. */
export function hasPeers(ctx: ReportContext): boolean {
  return ctx.cluster.peers === undefined || ctx.cluster.peers.compared;
}

/** The sentences on the baseline's comparability: what was not compared, grouped by reason, and a forced comparison. */
export function baselineNotes(ctx: ReportContext): string[] {
  const { cluster, m, lang, nameOf } = ctx;
  const baseline = cluster.baseline;
  if (!baseline) return [];
  const out: string[] = [];
  const year = String(baseline.surveyYear);
  if (baseline.forced) out.push(m.comparison.forced({ year: String(cluster.surveyYear), baselineYear: year }));
  const byReason = new Map<NotComparedReason, string[]>();
  for (const n of baseline.notCompared ?? []) {
    const name = n.kind === 'indicators' ? m.log.allIndicators : nameOf(n.id);
    byReason.set(n.reason, [...(byReason.get(n.reason) ?? []), name]);
  }
  if (byReason.size > 0) {
    const list = [...byReason].map(([reason, names]) => m.comparison.reason({ names: names.join(m.itemSeparator), reason: m.log.notComparedReason[reason] }));
    out.push(m.comparison.notCompared({ year, list: list.join(m.listSeparator) }));
  }
  return out;
}

/** The short cell text standing for the baseline value of a score not compared ("Not compared: goalposts differ"); null when it was compared. */
export function notComparedCell(ctx: ReportContext, kind: 'index' | 'dimension', id: string): string | null {
  const n = ctx.cluster.baseline?.notCompared?.find((x) => x.kind === kind && x.id === id);
  return n ? ctx.m.comparison.notComparedCell({ reason: ctx.m.comparison.shortReason[n.reason] }) : null;
}
