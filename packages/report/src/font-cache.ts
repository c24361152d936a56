/**
 * One parse of each report font per process (or worker thread). pdfkit reads and parses a font
 * file for every document it opens, which for the 10.5 MB CJK font was most of a member
 * report's time. Our pdfkit patch (patches/pdfkit+0.19.1.patch at the repository root) adds the
 * hook `PDFDocument.loadFontFile(path)`, which may return an already parsed fontkit font; for
 * the report fonts it returns a new fontkit font per document over the bytes and decoded tables
 * read once.
 *
 * Why a new font object per document rather than one shared object: fontkit keeps one glyph
 * object per glyph id, holding the code points it was first reached from, and pdfkit writes
 * those into the PDF's ToUnicode map. Noto Sans SC gives U+0020 and U+00A0, or U+2012 and
 * U+2013, one glyph, so a shared object would make a report's bytes depend on which reports the
 * process rendered before. Only the decoded tables, which nothing writes to, are shared.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { keptShaping, keptShapingOf } from './kept-shaping.js';
import { shareShaping, sharedWordWidth, type ShapingFont, type WordWidth } from './shaping-cache.js';

/** The part of a fontkit font this module touches; `_tables` is fontkit's decoded-table cache. */
export interface FontkitFont extends ShapingFont {
  _tables: Record<string, unknown>;
  /** Our pdfkit patch's hook: pdfkit measures words through it instead of shaping them into the document. */
  wordWidth?: WordWidth;
}

type FontSource = Uint8Array | FontkitFont;

interface PdfkitStatics {
  loadFontFile?: (path: string, family?: string | null) => FontSource;
}

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(data: Uint8Array): FontkitFont };
const PDFDocument = require('pdfkit') as PdfkitStatics;

const parsed = new Map<string, { bytes: Buffer; tables: Record<string, unknown> }>();

/**
 * A fontkit font of `path` for one document: its own glyphs over the process's decoded tables,
 * shaping through the process's shaped words and measuring through its word widths
 * (shaping-cache.ts).
 */
export function documentFont(path: string): FontkitFont {
  const font = sharedTablesFont(path);
  font.wordWidth = sharedWordWidth(path, () => sharedTablesFont(path));
  return font;
}

/** A new fontkit font of `path` over the process's bytes and decoded tables, shaping through the shared words. */
function sharedTablesFont(path: string): FontkitFont {
  const known = parsed.get(path);
  const bytes = known?.bytes ?? readFileSync(path);
  const font = fontkit.create(bytes);
  if (known) font._tables = known.tables;
  else parsed.set(path, { bytes, tables: font._tables });
  shareShaping(font, path, () => keptShaping(path, bytes.length));
  return font;
}

/** The words this process has shaped in the report fonts, as the build keeps them (kept-shaping.ts). */
export function shapedReportWords(): Buffer {
  return keptShapingOf(new Map([...parsed].map(([path, { bytes }]) => [path, bytes.length])));
}

/**
 * Makes pdfkit open the fonts at `paths` through `documentFont`; other paths load as before.
 * Returns false, changing nothing, when pdfkit lacks the hook (the patch was not applied):
 * reports then come out the same, only slower.
 */
export function shareFonts(paths: ReadonlySet<string>): boolean {
  const load = PDFDocument.loadFontFile;
  if (typeof load !== 'function') return false;
  // A family names one face of a font collection; the report fonts are single TTFs.
  PDFDocument.loadFontFile = (path, family) => (paths.has(path) && !family ? documentFont(path) : load(path, family));
  return true;
}
