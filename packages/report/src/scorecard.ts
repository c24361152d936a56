/**
 * Scorecard: every index and dimension with score, rank, peer median and a status cell,
 * then the status legend. Status cells are coloured and worded, so print and colour-blind
 * readers lose nothing.
 */
import type { Change } from '@clusterlens/schema';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { changeCell, hasBaseline } from './change.js';
import { baselineNotes, hasPeers, peerGroupNote } from './comparison-notes.js';
import { dimensionName, type ReportContext } from './context.js';
import { heading } from './heading.js';
import { scaleName } from './scale-words.js';
import { STATUSES, STATUS_COLOURS, statusOf, type Status } from './status.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from './theme.js';

/** A status cell: pale band colour behind the band's name in a dark tone of the same hue. */
export function statusCell(ctx: ReportContext, score: number | null, text?: string): TableCell {
  const { bands } = ctx.scale;
  // Off the 0–100 scale there are no bands: a scored cell says so rather than borrow them.
  if (bands === null && score !== null) return { text: text ?? ctx.m.dash, color: COLOURS.muted, fontSize: 8 };
  const status: Status = statusOf(score, bands ?? undefined);
  const colours = STATUS_COLOURS[status];
  return { text: text ?? ctx.m.status[status], fillColor: colours.fill, color: colours.text, bold: status !== 'none', fontSize: 8 };
}

interface Row {
  name: string;
  score: number | null;
  rank: number | null;
  ranked: number;
  peerMedian: number | null;
  strong: boolean;
  baseline?: Change | undefined;
}

function row(ctx: ReportContext, r: Row): TableCell[] {
  const { f } = ctx;
  return [
    { text: r.name, bold: r.strong, color: r.strong ? COLOURS.navy : COLOURS.ink },
    { text: f.score(r.score), alignment: 'right', bold: r.strong },
    ...(hasBaseline(ctx) ? [changeCell(ctx, r.score, r.baseline)] : []),
    // A rank among one is no rank: the notes and "How to read this report" say so.
    { text: r.rank === null || r.ranked < 2 ? ctx.m.dash : ctx.m.rankCell({ rank: String(r.rank), total: String(r.ranked) }), alignment: 'right' },
    { text: hasPeers(ctx) ? f.score(r.peerMedian) : ctx.m.dash, alignment: 'right', color: COLOURS.muted },
    statusCell(ctx, r.score),
  ];
}

/** "Status: [Good] 60 and above  [Fair] 40 to under 60  [Weak] under 40", or why there are no bands. */
export function statusLegend(ctx: ReportContext): Content {
  const { m, f } = ctx;
  const { bands } = ctx.scale;
  if (bands === null) return { text: m.noBands({ method: scaleName(ctx) }), style: 'note', margin: [0, 2, 0, 4] };
  const range = m.statusRange({ good: f.integer(bands.good), fair: f.integer(bands.fair) });
  return {
    text: [
      { text: `${m.legendTitle}  `, color: COLOURS.muted },
      ...STATUSES.flatMap((s) => [
        { text: ` ${m.status[s]} `, background: STATUS_COLOURS[s].fill, color: STATUS_COLOURS[s].text, bold: true },
        { text: ` ${range[s]}     `, color: COLOURS.muted },
      ]),
    ],
    fontSize: 7.5,
    margin: [0, 2, 0, 4],
  };
}

/** What rank and peer median mean here: rank among all clusters of the run; the peer group, or why there is none. */
function scorecardNotes(ctx: ReportContext): Content[] {
  const peers = peerGroupNote(ctx);
  const ranked = ctx.rankedCount('index', ctx.cluster.indices[0]?.id ?? '');
  if (ranked < 2) return [{ text: ctx.m.joinSentences([ctx.m.comparison.runRankAlone, ...(peers === null ? [] : [peers])]), style: 'note' }];
  if (peers === null) return [{ text: ctx.m.scorecardNote, style: 'note' }];
  return [{ text: ctx.m.joinSentences([ctx.m.comparison.runRank({ count: ctx.f.integer(ranked) }), peers]), style: 'note' }];
}

/** The scorecard section, with a change column when the result has a baseline. */
export function scorecardSection(ctx: ReportContext, number: number): Content[] {
  const { cluster, m, lang } = ctx;
  const baseline = cluster.baseline;
  const rows: Row[] = [
    ...cluster.indices.map((i) => ({ ...i, name: i.label[lang], ranked: ctx.rankedCount('index', i.id), strong: true })),
    ...cluster.dimensions.map((d) => ({ ...d, name: dimensionName(d, lang), ranked: ctx.rankedCount('dimension', d.id), strong: false })),
  ];
  return [
    heading(m.numbered({ number: String(number), title: m.headings.scorecard }), 1),
    {
      style: 'table',
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: baseline ? ['*', 40, 62, 52, 52, 74] : ['*', 44, 58, 58, 84],
        body: [
          [
            headerCell(m.table.item),
            headerCell(m.table.score, 'right'),
            ...(baseline ? [headerCell(m.trend.changeSince({ year: String(baseline.surveyYear) }), 'right')] : []),
            headerCell(m.table.rank, 'right'),
            headerCell(m.table.peerMedian, 'right'),
            headerCell(m.table.status),
          ],
          ...rows.map((r) => row(ctx, r)),
        ],
      },
      layout: ZEBRA_LAYOUT,
    },
    statusLegend(ctx),
    ...scorecardNotes(ctx),
    ...(baseline ? [{ text: m.trend.note({ year: String(baseline.surveyYear) }), style: 'note', margin: [0, 3, 0, 0] } as Content] : []),
    ...baselineNotes(ctx).map((text): Content => ({ text, style: 'note', margin: [0, 3, 0, 0] })),
  ];
}
