import { SheetMeasure } from './sheet-extent.js';
import { SheetScanner, type SheetRows } from './stream/sheet-scanner.js';
import { XmlProblem } from './stream/xml-problem.js';
import { XmlTokenizer, type XmlHandler } from './stream/xml-tokenizer.js';

/**
 * What a zip entry of a workbook is, for checking it: a worksheet; one of the parts every
 * sheet needs (sheet names and order, number formats, shared strings); another XML part;
 * a legacy VML drawing (notes' shapes), which Excel itself does not always write as XML;
 * or anything else (pictures, binaries), which is not checked.
 */
export type PartKind = 'worksheet' | 'core' | 'xml' | 'vml' | 'other';

/** The worksheet parts exceljs loads (xlsx.js, unanchored as there); both readers read only these as sheets. */
export const EXCELJS_WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;

// Both readers go by these, so they judge the same entries the same way.
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
// Exact case, as exceljs and the streaming reader look these up.
const CORE = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml)$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

export function partKind(entry: string): PartKind {
  if (WORKSHEET.test(entry)) return 'worksheet';
  if (CORE.test(entry)) return 'core';
  const lower = entry.toLowerCase();
  if (lower.endsWith('.xml') || lower.endsWith('.rels')) return 'xml';
  return lower.endsWith('.vml') ? 'vml' : 'other';
}

const ROOTS: Record<string, string> = {
  'xl/workbook.xml': 'workbook',
  'xl/styles.xml': 'styleSheet',
  'xl/sharedStrings.xml': 'sst',
  '[Content_Types].xml': 'Types',
};

/** The root element a part must have, for the parts exceljs and the readers take for what their name says. */
export function expectedRoot(entry: string): string | undefined {
  if (partKind(entry) === 'worksheet') return 'worksheet';
  return entry.endsWith('.rels') ? 'Relationships' : ROOTS[entry];
}

const IGNORE: XmlHandler = { open: () => undefined, close: () => undefined, text: () => undefined, wantsText: () => false };

/** Counts the `<si>` items of the shared-string table, each one string as both readers number them. */
class SharedStringCount implements XmlHandler {
  count = 0;

  open(name: string): void {
    if (name === 'si') this.count++;
  }

  close(): void {}

  text(): void {}

  wantsText(): boolean {
    return false;
  }
}
const DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;

/** VML is only searched for declarations: Excel writes unclosed `<br>` in some, and it holds no answers. */
class DeclarationScan {
  private carry = '';

  write(chunk: Buffer): void {
    const text = this.carry + chunk.toString('latin1');
    const found = DECLARATION.exec(text);
    if (found) throw new XmlProblem('dtd', text.slice(found.index, found.index + 40).split('\n')[0] ?? '');
    this.carry = text.slice(-8);
  }

  end(): void {}
}

/**
 * Checks one part (by its entry name) as its inflated bytes arrive, by the strict
 * tokenizer's rules (see XmlTokenizer), its root element included. A worksheet is also scanned into `rows` — a SheetMeasure by default — so its
 * extent comes out of the same pass. The first problem stops the check and is kept.
 */
export class PartCheck {
  problem: XmlProblem | undefined;
  readonly measure: SheetMeasure | undefined;
  /** For `xl/sharedStrings.xml`: its strings, counted as the part is checked. */
  readonly sharedStrings: SharedStringCount | undefined;
  private readonly parser: { write(chunk: Buffer): void; end(): void } | undefined;

  constructor(entry: string, rows?: SheetRows) {
    const kind = partKind(entry);
    const root = expectedRoot(entry);
    if (kind === 'worksheet') {
      this.measure = rows instanceof SheetMeasure ? rows : new SheetMeasure(rows);
      this.parser = new XmlTokenizer(new SheetScanner(this.measure), root);
    } else if (entry === SHARED_STRINGS) {
      this.sharedStrings = new SharedStringCount();
      this.parser = new XmlTokenizer(this.sharedStrings, root);
    } else if (kind === 'core' || kind === 'xml') this.parser = new XmlTokenizer(IGNORE, root);
    else if (kind === 'vml') this.parser = new DeclarationScan();
  }

  write(chunk: Buffer): void {
    if (!this.problem) this.guard(() => this.parser?.write(chunk));
  }

  end(): XmlProblem | undefined {
    if (!this.problem) this.guard(() => this.parser?.end());
    return this.problem;
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (!(error instanceof XmlProblem)) throw error;
      this.problem = error;
    }
  }
}
