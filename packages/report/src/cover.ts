/**
 * Cover page: report title, cluster name, key facts, and the headline index score set large
 * with its rank — the one number a reader should take away.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { IndexResult, Publisher } from '@clusterlens/schema';
import { headlineIndex, regionName, type ReportContext } from './context.js';
import { lineCount, reportSet } from './font-metrics.js';
import { policyIndexAloneNote } from './policy-index.js';
import { publisherBlock, publisherBlockHeight } from './publisher-block.js';
import { STATUS_COLOURS, statusOf } from './status.js';
import { COLOURS, CONTENT_WIDTH } from './theme.js';

function rule(width: number, colour: string, thickness: number): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: thickness, lineColor: colour }] };
}

function rankLine(ctx: ReportContext, index: IndexResult): string {
  if (index.score === null) return ctx.m.cover.notScored;
  const total = ctx.rankedCount('index', index.id);
  const parts = index.rank !== null && total > 1 ? [ctx.m.cover.rank({ rank: String(index.rank), total: String(total) })] : [];
  if (index.peerMedian !== null && total > 1) parts.push(ctx.m.cover.peerMedian({ median: ctx.f.score(index.peerMedian) }));
  return parts.join('   ·   ');
}

/** Under a policy index that is its components alone (no policy profile in the run), the note saying so; none otherwise. */
function aloneNote(ctx: ReportContext, index: IndexResult): Content[] {
  const note = policyIndexAloneNote(ctx.result, ctx.cluster, index.id, ctx.lang, ctx.m);
  return note === null ? [] : [{ text: note, fontSize: 8, color: COLOURS.muted, margin: [0, 3, 0, 0] }];
}

/** The big score panel: headline index large, other indices in a row beneath. */
function scorePanel(ctx: ReportContext): Content {
  const main = headlineIndex(ctx);
  if (!main) return { text: '' };
  const colour = ctx.scale.bands ? STATUS_COLOURS[statusOf(main.score, ctx.scale.bands)].strong : COLOURS.rule;
  const others = ctx.cluster.indices.filter((i) => i !== main);
  const mainRow: TableCell[] = [
    {
      stack: [
        { text: main.label[ctx.lang], fontSize: 11, bold: true, color: COLOURS.navy },
        { text: ctx.f.score(main.score), fontSize: 54, bold: true, color: COLOURS.navy, lineHeight: 1, margin: [0, 4, 0, 0] },
        { canvas: [{ type: 'rect', x: 0, y: 0, w: 64, h: 4, color: colour }], margin: [0, 2, 0, 8] },
        { text: rankLine(ctx, main), fontSize: 10, color: COLOURS.ink },
        ...aloneNote(ctx, main),
      ],
    },
  ];
  // Every other index takes two rows: name and score, then its rank line.
  const rows: TableCell[][] = [
    mainRow,
    ...others.flatMap((index): TableCell[][] => [
      [
        {
          columns: [
            { text: index.label[ctx.lang], width: '*', bold: true, color: COLOURS.navy, fontSize: 10 },
            { text: ctx.f.score(index.score), width: 'auto', fontSize: 16, bold: true, color: COLOURS.navy },
          ],
        },
      ],
      [aloneNote(ctx, index).length > 0 ? { stack: [{ text: rankLine(ctx, index), fontSize: 9, color: COLOURS.muted }, ...aloneNote(ctx, index)] } : { text: rankLine(ctx, index), fontSize: 9, color: COLOURS.muted }],
    ]),
  ];
  return {
    table: { widths: ['*'], body: rows },
    layout: {
      hLineWidth: (i) => (i === 1 ? 0.6 : 0),
      vLineWidth: () => 0,
      hLineColor: () => COLOURS.rule,
      fillColor: () => COLOURS.zebra,
      paddingLeft: () => 22,
      paddingRight: () => 22,
      paddingTop: (i) => (i === 0 ? 20 : i % 2 === 1 ? 12 : 0),
      paddingBottom: (i, node) => (i === node.table.body.length - 1 ? 20 : i === 0 ? 16 : 2),
    },
  };
}

/** Sizes of the cover title, largest first; the smallest is taken however many lines it needs. */
const TITLE_SIZES = [30, 25, 21, 18, 16, 14];
const TITLE_LINE_HEIGHT = 1.1;
/** What the cover holds for its title beside the reports' own disclaimer: three lines at the largest size. */
const TITLE_ROOM = 3 * TITLE_SIZES[0]! * TITLE_LINE_HEIGHT;

/**
 * The cover title's size: the largest at which the cluster's name fits the room the cover has
 * for it, so that a full official name (town, county and city, products, “provincial pilot”)
 * leaves the cover on one page. A publisher block fuller than the reports' own disclaimer takes
 * its extra height from that room.
 */
function titleSize(ctx: ReportContext, publisher: Publisher | undefined): number {
  const { lang, m } = ctx;
  const name = ctx.cluster.name[lang];
  const fuller = publisher ? publisherBlockHeight(publisher, lang, m, 'cluster') - publisherBlockHeight(undefined, lang, m, 'cluster') : 0;
  const room = TITLE_ROOM - fuller;
  const options = reportSet(lang, true);
  const fits = (size: number) => lineCount(name, CONTENT_WIDTH, size, options) * size * TITLE_LINE_HEIGHT <= room;
  return TITLE_SIZES.find(fits) ?? TITLE_SIZES[TITLE_SIZES.length - 1]!;
}

/** The cover page content (ends with a page break). */
export function coverSection(ctx: ReportContext, publisher?: Publisher): Content[] {
  const { cluster, m, lang, result } = ctx;
  const fact = (label: string, value: string): Content[] => [
    { text: label, fontSize: 8, color: COLOURS.muted },
    { text: value, fontSize: 10.5, margin: [0, 1, 0, 8] },
  ];
  return [
    { text: m.reportTitle.toLocaleUpperCase(m.locale), fontSize: 10, bold: true, color: COLOURS.cluster, characterSpacing: lang === 'zh' ? 2 : 1.5, margin: [0, 40, 0, 8] },
    rule(CONTENT_WIDTH, COLOURS.navy, 1.2),
    { text: cluster.name[lang], fontSize: titleSize(ctx, publisher), bold: true, color: COLOURS.navy, lineHeight: TITLE_LINE_HEIGHT, margin: [0, 22, 0, 26] },
    {
      columns: [
        { width: '*', stack: fact(m.cover.region, regionName(cluster, lang)) },
        { width: 90, stack: fact(m.cover.year, String(cluster.surveyYear)) },
        { width: '*', stack: fact(m.cover.framework, `${result.framework.label[lang]} ${result.framework.version}`) },
      ],
      columnGap: 16,
      margin: [0, 0, 0, 34],
    },
    scorePanel(ctx),
    publisherBlock(publisher, lang, m, 'cluster'),
    { text: '', pageBreak: 'after' },
  ];
}
