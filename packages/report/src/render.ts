/**
 * PDF rendering: registers the embedded font with pdfmake, locks down its file and network
 * access, and prints a freshly built document definition to a Buffer.
 */
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { AssessmentResult } from '@clusterlens/schema';
import { installChartPainter } from './chart-painter.js';
import { buildClusterReport, type ClusterReportOptions } from './cluster-report.js';
import { shareFonts } from './font-cache.js';
import { BOLD, FONT_FILES, REGULAR, SYMBOLS_BOLD, SYMBOLS_REGULAR } from './fonts.js';
import { installGraphicsState } from './graphics-state.js';
import { installKeepWithNext } from './keep-with-next.js';
import { SYMBOL_FONT, latinSymbols } from './latin-symbols.js';
import { installMeasureCache } from './measure-cache.js';
import { installStructureHooks } from './tagged/pdfmake-hooks.js';
import { installTextRuns } from './text-runs.js';
import { FONT } from './theme.js';

let configured = false;

function configure(): void {
  if (configured) return;
  // No italics in CJK typography; map them to upright so an italic style cannot fail.
  pdfmake.setFonts({
    [FONT]: { normal: REGULAR, bold: BOLD, italics: REGULAR, bolditalics: BOLD },
    [SYMBOL_FONT]: { normal: SYMBOLS_REGULAR, bold: SYMBOLS_BOLD, italics: SYMBOLS_REGULAR, bolditalics: SYMBOLS_BOLD },
  });
  // Reports never fetch anything, and read no file but the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));
  shareFonts(FONT_FILES);
  // Before the structure hooks: the tagger marks the line as laid out and the chart as a figure,
  // the runs and the chart's drawing go inside them.
  installTextRuns();
  // Inside the chart painter: only SVG it leaves to svg-to-pdfkit bypasses the state cache.
  installGraphicsState();
  installChartPainter();
  installStructureHooks();
  installMeasureCache();
  installKeepWithNext();
  configured = true;
}

/**
 * Renders one cluster's assessment report to PDF bytes (A4, fonts embedded).
 * Deterministic: the same result, cluster and language give identical bytes.
 * @throws Error when `clusterId` is not in `result` (a programming error).
 * @example await writeFile('zhili.pdf', await renderClusterReport(result, 'zhili', { lang: 'en' }));
 */
export async function renderClusterReport(result: AssessmentResult, clusterId: string, options: ClusterReportOptions): Promise<Buffer> {
  return printDocument(buildClusterReport(result, clusterId, options));
}

export interface PrintOptions {
  /**
   * Tag the document (structure tree, PDF/A-2, PDF/UA when its checks pass). Default true;
   * false only to measure what tagging costs (`npm run bench`).
   */
  tagged?: boolean;
}

/**
 * The definition as printed: PDF 1.7, tagged, showing its title, PDF/A-2 unless it is encrypted
 * (PDF/A forbids encryption; an encrypted one keeps assistive technology's access to the text).
 */
export function accessibleDefinition(doc: TDocumentDefinitions): TDocumentDefinitions {
  const encrypted = Boolean(doc.userPassword || doc.ownerPassword);
  return {
    ...doc,
    version: '1.7',
    tagged: true,
    displayTitle: true,
    ...(encrypted ? { permissions: { ...doc.permissions, contentAccessibility: true } } : { subset: 'PDF/A-2b' }),
  };
}

/** Prints any report's document definition with the embedded font and the locked-down access. */
export async function printDocument(doc: TDocumentDefinitions, options: PrintOptions = {}): Promise<Buffer> {
  configure();
  const printed = latinSymbols(doc);
  return pdfmake.createPdf(options.tagged === false ? printed : accessibleDefinition(printed)).getBuffer();
}
