/**
 * Cover page: report title, cluster name, key facts, and the headline index score set large
 * with its rank — the one number a reader should take away.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { IndexResult, Publisher } from '@clusterlens/schema';
import { headlineIndex, regionName, type ReportContext } from './context.js';
import { reportSet, setWidth, textHeight } from './font-metrics.js';
import { policyIndexAloneNote } from './policy-index.js';
import { publisherBlock, publisherBlockHeight } from './publisher-block.js';
import { STATUS_COLOURS, statusOf } from './status.js';
import { COLOURS, CONTENT_WIDTH, PAGE_MARGINS, PAGE_SIZE, defaultStyle } from './theme.js';

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
function aloneNote(ctx: ReportContext, index: IndexResult): string | null {
  return policyIndexAloneNote(ctx.result, ctx.cluster, index.id, ctx.lang, ctx.m);
}

/** What the cover prints of one index: its name, score, rank line and the note under it. */
interface PanelIndex {
  label: string;
  score: string;
  rank: string;
  note: string | null;
}

/** The score panel's indices: the headline index, then every other. */
function panelIndices(ctx: ReportContext): { main: PanelIndex; others: PanelIndex[] } | undefined {
  const main = headlineIndex(ctx);
  if (!main) return undefined;
  const of = (index: IndexResult): PanelIndex => ({ label: index.label[ctx.lang], score: ctx.f.score(index.score), rank: rankLine(ctx, index), note: aloneNote(ctx, index) });
  return { main: of(main), others: ctx.cluster.indices.filter((i) => i !== main).map(of) };
}

/**
 * The cover's spacing in pt: as designed, and a tighter one for a cover that would not fit its
 * page otherwise (a framework with many indices, a long name and a full publisher block).
 */
const SPACINGS = [
  { top: 40, titleTop: 22, titleBottom: 26, factsBottom: 34, panelEdge: 20, panelGap: 16, indexTop: 12 },
  { top: 8, titleTop: 12, titleBottom: 14, factsBottom: 14, panelEdge: 12, panelGap: 10, indexTop: 7 },
] as const;
type Spacing = (typeof SPACINGS)[number];

const TYPE = { kicker: 10, factLabel: 8, factValue: 10.5, mainLabel: 11, mainScore: 54, mainRank: 10, label: 10, score: 16, rank: 9, note: 8 } as const;
const PANEL_PADDING_X = 22;
const PANEL_RULE = 0.6;
const BAR = { height: 4, above: 2, below: 8 };
const NOTE_ABOVE = 3;
const SCORE_ABOVE = 4;
const KICKER_BELOW = 8;
const FACT_VALUE = { above: 1, below: 8 };
const FACT_GAP = 16;
const YEAR_WIDTH = 90;

function noteContent(note: string | null): Content[] {
  return note === null ? [] : [{ text: note, fontSize: TYPE.note, color: COLOURS.muted, margin: [0, NOTE_ABOVE, 0, 0] }];
}

/** The big score panel: the headline index large, the other indices in rows beneath (two abreast past ONE_ABREAST). */
function scorePanel(ctx: ReportContext, panel: { main: PanelIndex; others: PanelIndex[] }, spacing: Spacing): Content {
  const { main, others } = panel;
  const headline = headlineIndex(ctx);
  const colour = ctx.scale.bands && headline ? STATUS_COLOURS[statusOf(headline.score, ctx.scale.bands)].strong : COLOURS.rule;
  const mainRow: TableCell[] = [
    {
      stack: [
        { text: main.label, fontSize: TYPE.mainLabel, bold: true, color: COLOURS.navy },
        { text: main.score, fontSize: TYPE.mainScore, bold: true, color: COLOURS.navy, lineHeight: 1, margin: [0, SCORE_ABOVE, 0, 0] },
        { canvas: [{ type: 'rect', x: 0, y: 0, w: 64, h: BAR.height, color: colour }], margin: [0, BAR.above, 0, BAR.below] },
        { text: main.rank, fontSize: TYPE.mainRank, color: COLOURS.ink },
        ...noteContent(main.note),
      ],
    },
  ];
  // Every other index takes two rows, name and score, then its rank line; many of them go two abreast.
  const cell = (group: readonly PanelIndex[], item: (index: PanelIndex) => Content): TableCell => ({
    columns: [...group.map((index) => ({ width: '*', stack: [item(index)] })), ...Array.from({ length: abreast(others) - group.length }, () => ({ width: '*', text: '' }))],
    columnGap: ABREAST_GAP,
  });
  const rows: TableCell[][] = [
    mainRow,
    ...rowsOf(others).flatMap((group): TableCell[][] => [
      [
        cell(group, (index) => ({
          columns: [
            { text: index.label, width: '*', bold: true, color: COLOURS.navy, fontSize: TYPE.label },
            { text: index.score, width: 'auto', fontSize: TYPE.score, bold: true, color: COLOURS.navy },
          ],
        })),
      ],
      [cell(group, (index) => ({ stack: [{ text: index.rank, fontSize: TYPE.rank, color: COLOURS.muted }, ...noteContent(index.note)] }))],
    ]),
  ];
  return {
    table: { widths: ['*'], body: rows },
    layout: {
      hLineWidth: (i) => (i === 1 ? PANEL_RULE : 0),
      vLineWidth: () => 0,
      hLineColor: () => COLOURS.rule,
      fillColor: () => COLOURS.zebra,
      paddingLeft: () => PANEL_PADDING_X,
      paddingRight: () => PANEL_PADDING_X,
      paddingTop: (i) => panelPaddingTop(i, spacing),
      paddingBottom: (i, node) => panelPaddingBottom(i, node.table.body.length, spacing),
    },
  };
}

/** More other indices than this go two abreast, so that a framework of many indices keeps its cover on one page. */
const ONE_ABREAST = 3;
const ABREAST_GAP = 24;
const abreast = (others: readonly PanelIndex[]): number => (others.length > ONE_ABREAST ? 2 : 1);
/** The other indices by row of the panel. */
const rowsOf = (others: readonly PanelIndex[]): PanelIndex[][] => {
  const n = abreast(others);
  return Array.from({ length: Math.ceil(others.length / n) }, (_, i) => others.slice(i * n, (i + 1) * n));
};

const panelPaddingTop = (row: number, spacing: Spacing): number => (row === 0 ? spacing.panelEdge : row % 2 === 1 ? spacing.indexTop : 0);
const panelPaddingBottom = (row: number, rows: number, spacing: Spacing): number => (row === rows - 1 ? spacing.panelEdge : row === 0 ? spacing.panelGap : 2);

/** Sizes of the cover title, largest first; the smallest is taken however many lines it needs. */
const TITLE_SIZES = [30, 25, 21, 18, 16, 14];
const TITLE_LINE_HEIGHT = 1.1;

/** What the cover's parts take on the page, in pt, as pdfmake stacks them; the title apart (it is what gives). */
function coverHeight(ctx: ReportContext, panel: { main: PanelIndex; others: PanelIndex[] } | undefined, publisher: Publisher | undefined, spacing: Spacing): number {
  const { lang, m, result, cluster } = ctx;
  const lineHeight = defaultStyle(lang).lineHeight ?? 1;
  const regular = reportSet(lang);
  const bold = reportSet(lang, true);
  const height = (text: string, width: number, size: number, options = regular, lines = lineHeight) => textHeight(text, width, size, lines, options);
  const kicker = spacing.top + height(m.reportTitle, CONTENT_WIDTH, TYPE.kicker, bold) + KICKER_BELOW;
  const factWidth = (CONTENT_WIDTH - YEAR_WIDTH - 2 * FACT_GAP) / 2;
  const fact = (label: string, value: string, width: number) => height(label, width, TYPE.factLabel) + FACT_VALUE.above + height(value, width, TYPE.factValue) + FACT_VALUE.below;
  const facts =
    Math.max(fact(m.cover.region, regionName(cluster, lang), factWidth), fact(m.cover.year, String(cluster.surveyYear), YEAR_WIDTH), fact(m.cover.framework, `${result.framework.label[lang]} ${result.framework.version}`, factWidth)) +
    spacing.factsBottom;
  return kicker + facts + (panel ? panelHeight(ctx, panel, spacing) : 0) + publisherBlockHeight(publisher, lang, m, 'cluster');
}

/** The score panel's height: its rows with their paddings and rule. */
function panelHeight(ctx: ReportContext, panel: { main: PanelIndex; others: PanelIndex[] }, spacing: Spacing): number {
  const lineHeight = defaultStyle(ctx.lang).lineHeight ?? 1;
  const regular = reportSet(ctx.lang);
  const bold = reportSet(ctx.lang, true);
  const inner = CONTENT_WIDTH - 2 * PANEL_PADDING_X;
  const note = (text: string | null, width = inner) => (text === null ? 0 : NOTE_ABOVE + textHeight(text, width, TYPE.note, lineHeight, regular));
  const { main, others } = panel;
  const cells = [
    textHeight(main.label, inner, TYPE.mainLabel, lineHeight, bold) + SCORE_ABOVE + textHeight(main.score, inner, TYPE.mainScore, 1, bold) + BAR.above + BAR.height + BAR.below + textHeight(main.rank, inner, TYPE.mainRank, lineHeight, regular) + note(main.note),
    ...rowsOf(others).flatMap((group) => {
      const width = (inner - ABREAST_GAP * (abreast(others) - 1)) / abreast(others);
      const named = (index: PanelIndex) => {
        const scoreWidth = setWidth(index.score, TYPE.score, bold);
        return Math.max(textHeight(index.label, width - scoreWidth, TYPE.label, lineHeight, bold), textHeight(index.score, scoreWidth + 1, TYPE.score, lineHeight, bold));
      };
      const ranked = (index: PanelIndex) => textHeight(index.rank, width, TYPE.rank, lineHeight, regular) + note(index.note, width);
      return [Math.max(...group.map(named)), Math.max(...group.map(ranked))];
    }),
  ];
  const rows = cells.reduce((sum, cell, row) => sum + panelPaddingTop(row, spacing) + cell + panelPaddingBottom(row, cells.length, spacing), 0);
  return rows + (cells.length > 1 ? PANEL_RULE : 0);
}

/**
 * The cover's title size and spacing: the largest size at which the cluster's name, with
 * everything else the cover holds (its indices, the publisher block), fits the cover's page, so
 * that a full official name (town, county and city, products, “provincial pilot”) leaves the
 * cover on one page. Only when even the smallest size leaves too little room does the spacing tighten.
 */
function coverLayout(ctx: ReportContext, panel: { main: PanelIndex; others: PanelIndex[] } | undefined, publisher: Publisher | undefined): { size: number; spacing: Spacing } {
  const name = ctx.cluster.name[ctx.lang];
  const bold = reportSet(ctx.lang, true);
  for (const spacing of SPACINGS) {
    const room = PAGE_HEIGHT - coverHeight(ctx, panel, publisher, spacing) - spacing.titleTop - spacing.titleBottom;
    const size = TITLE_SIZES.find((s) => textHeight(name, CONTENT_WIDTH, s, TITLE_LINE_HEIGHT, bold) <= room);
    if (size !== undefined) return { size, spacing };
  }
  return { size: TITLE_SIZES[TITLE_SIZES.length - 1]!, spacing: SPACINGS[SPACINGS.length - 1]! };
}

/** The page height a cover has: A4 within the margins. */
const PAGE_HEIGHT = PAGE_SIZE.height - PAGE_MARGINS[1] - PAGE_MARGINS[3];

/** The cover page content (ends with a page break). */
export function coverSection(ctx: ReportContext, publisher?: Publisher): Content[] {
  const { cluster, m, lang, result } = ctx;
  const panel = panelIndices(ctx);
  const { size, spacing } = coverLayout(ctx, panel, publisher);
  const fact = (label: string, value: string): Content[] => [
    { text: label, fontSize: TYPE.factLabel, color: COLOURS.muted },
    { text: value, fontSize: TYPE.factValue, margin: [0, FACT_VALUE.above, 0, FACT_VALUE.below] },
  ];
  return [
    { text: m.reportTitle.toLocaleUpperCase(m.locale), fontSize: TYPE.kicker, bold: true, color: COLOURS.cluster, characterSpacing: lang === 'zh' ? 2 : 1.5, margin: [0, spacing.top, 0, KICKER_BELOW] },
    rule(CONTENT_WIDTH, COLOURS.navy, 1.2),
    { text: cluster.name[lang], fontSize: size, bold: true, color: COLOURS.navy, lineHeight: TITLE_LINE_HEIGHT, margin: [0, spacing.titleTop, 0, spacing.titleBottom] },
    {
      columns: [
        { width: '*', stack: fact(m.cover.region, regionName(cluster, lang)) },
        { width: YEAR_WIDTH, stack: fact(m.cover.year, String(cluster.surveyYear)) },
        { width: '*', stack: fact(m.cover.framework, `${result.framework.label[lang]} ${result.framework.version}`) },
      ],
      columnGap: FACT_GAP,
      margin: [0, 0, 0, spacing.factsBottom],
    },
    panel ? scorePanel(ctx, panel, spacing) : { text: '' },
    // The break goes with the block: an empty text after it takes a line, which a full cover has no room for (and it made a blank page 2).
    { stack: [publisherBlock(publisher, lang, m, 'cluster')], pageBreak: 'after' },
  ];
}
