/**
 * Our own charts drawn by our own painter (charts/chart-paint.ts), not by svg-to-pdfkit.
 * pdfmake hands every SVG to svg-to-pdfkit, which parses it into a DOM, resolves CSS and
 * computes every property of every element: about a tenth of a member report's time for its one
 * chart (7.6 of 80 ms measured), and its objects kept V8's compiler and collector busy besides. Our
 * charts use a small, fixed part of SVG, which the painter reads and draws in a fraction of
 * that. Markup outside that part (a chart of someone else's definition, a link on a chart)
 * still goes to svg-to-pdfkit.
 *
 * Wraps pdfmake's Renderer.renderSVG (no patch: its modules are reachable by path); installed
 * before the structure hooks, so the tagger still marks the chart as the figure it is.
 */
import { readChartMarkup } from './charts/chart-markup.js';
import { chartTexts, paintChart, type ChartFont, type ChartPdf } from './charts/chart-paint.js';
import { wrapPdfmake } from './pdfmake-class.js';

interface SvgItem {
  svg: unknown;
  x: number;
  y: number;
  _width: number;
  _height: number;
  font?: string;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
}

type PainterPdf = ChartPdf & {
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  provideFont(family: string, bold: boolean, italics: boolean): ChartFont;
};

let installed = false;

/** Draws `item` with our painter when its markup allows; false when it must go the general way. */
export function paintOwnChart(doc: PainterPdf, item: SvgItem): boolean {
  if (typeof item.svg !== 'string' || item.link || item.linkToPage || item.linkToDestination) return false;
  const root = readChartMarkup(item.svg);
  const family = root?.attrs['font-family'];
  if (!root || family === undefined || doc.getFontFile(family, false, false) === null || doc.getFontFile(family, true, false) === null) return false;
  const font = (bold: boolean): ChartFont => doc.provideFont(family, bold, false);
  const texts = chartTexts(root, font);
  if (!texts) return false;
  paintChart(doc, root, texts, { x: item.x, y: item.y, width: item._width, height: item._height });
  return true;
}

/** Installs the painter on pdfmake's renderer (idempotent); before the structure hooks. */
export function installChartPainter(): void {
  if (installed) return;
  wrapPdfmake<{ pdfDocument: PainterPdf }>('Renderer', 'renderSVG', 'the chart painter', (renderSVG) =>
    function (this: { pdfDocument: PainterPdf }, ...args: unknown[]) {
      if (paintOwnChart(this.pdfDocument, args[0] as SvgItem)) return undefined;
      return renderSVG.apply(this, args);
    },
  );
  installed = true;
}
