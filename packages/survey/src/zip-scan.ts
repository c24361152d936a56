import { PartCheck, partKind } from './part-check.js';
import type { SheetExtent } from './sheet-extent.js';
import { isSharedStringCell, sharedIndexOf } from './stream/cell-model.js';
import type { RawCell, SheetRows } from './stream/sheet-scanner.js';
import type { XmlProblem } from './stream/xml-problem.js';
import { walkZip } from './zip-walk.js';

export interface ZipLimits {
  /** Total uncompressed bytes of all entries, declared or actually inflated. */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of one entry, checked once the entry passes `ratioFloorBytes`. */
  maxCompressionRatio: number;
  ratioFloorBytes: number;
}

export type ZipScan =
  | {
      ok: true;
      /** Entry names in archive order. */
      entries: string[];
      /** Extent of each worksheet entry, by entry name (measured up to its first XML problem). */
      sheets: Map<string, SheetExtent>;
      /** Entries whose XML is not well-formed, in archive order. */
      problems: Map<string, XmlProblem>;
      /** Text of the small parts that name the sheets: `xl/workbook.xml` and its relationships. */
      parts: Map<string, string>;
      /** Worksheet entries with a cell referring to no string of `xl/sharedStrings.xml` (see SharedStringRefs). */
      missingStrings: Set<string>;
    }
  | { ok: false; reason: 'corrupt' | 'encrypted' }
  | { ok: false; reason: 'total'; bytes: number }
  | { ok: false; reason: 'ratio'; entry: string; ratio: number }
  | { ok: false; reason: 'dtd'; entry: string; detail: string };

const NAMING_PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels)$/;

/**
 * The shared strings a worksheet's cells refer to, judged as the streaming reader's CellModel
 * judges them: the highest index, and whether a cell gives no index at all. The table may come
 * after the sheet in the archive, so the two are compared once every entry is read.
 */
class SharedStringRefs implements SheetRows {
  readonly keepsNoCells = true;
  highest = -1;
  unreadable = false;

  row(_row: number, cells: RawCell[]): void {
    for (const cell of cells) {
      if (!isSharedStringCell(cell)) continue;
      const index = sharedIndexOf(cell);
      if (index < 0) this.unreadable = true;
      else if (index > this.highest) this.highest = index;
    }
  }
}
const MAX_PART_CHARS = 1 << 20;

/**
 * Inflates every entry of a zip, counting real bytes rather than trusting the sizes the archive
 * declares (and yauzl fails an entry that lies about its size), and checks each XML part on the
 * way (part-check.ts). Stops at the first limit passed or the first DTD. Always settles; never throws.
 */
export function scanZip(data: Buffer, limits: ZipLimits): Promise<ZipScan> {
  const entries: string[] = [];
  const sheets = new Map<string, SheetExtent>();
  const problems = new Map<string, XmlProblem>();
  const parts = new Map<string, string>();
  const refs = new Map<string, SharedStringRefs>();
  let sharedStrings = 0;
  let declared = 0;
  let inflated = 0;
  return walkZip<ZipScan>(data, {
    corrupt: { ok: false, reason: 'corrupt' },
    encrypted: { ok: false, reason: 'encrypted' },
    entry: (entry) => {
      const name = entry.fileName;
      entries.push(name);
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) return { stop: { ok: false, reason: 'total', bytes: declared } };
      if (name.endsWith('/')) return { skip: true };
      const ratioOf = (bytes: number) => Math.round(bytes / Math.max(1, entry.compressedSize));
      if (entry.uncompressedSize > limits.ratioFloorBytes && ratioOf(entry.uncompressedSize) > limits.maxCompressionRatio) {
        return { stop: { ok: false, reason: 'ratio', entry: name, ratio: ratioOf(entry.uncompressedSize) } };
      }
      const sheetRefs = partKind(name) === 'worksheet' ? new SharedStringRefs() : undefined;
      if (sheetRefs) refs.set(name, sheetRefs);
      const check = new PartCheck(name, sheetRefs);
      const keep = NAMING_PARTS.test(name) ? ([] as Buffer[]) : undefined;
      let bytes = 0;
      return {
        chunk: (chunk) => {
          bytes += chunk.length;
          inflated += chunk.length;
          if (inflated > limits.maxUncompressedBytes) return { ok: false, reason: 'total', bytes: inflated };
          if (bytes > limits.ratioFloorBytes && ratioOf(bytes) > limits.maxCompressionRatio) {
            return { ok: false, reason: 'ratio', entry: name, ratio: ratioOf(bytes) };
          }
          check.write(chunk);
          if (check.problem?.fault === 'dtd') return { ok: false, reason: 'dtd', entry: name, detail: check.problem.detail };
          if (keep && bytes <= MAX_PART_CHARS) keep.push(chunk);
          return undefined;
        },
        end: () => {
          const problem = check.end();
          if (problem?.fault === 'dtd') return { ok: false, reason: 'dtd', entry: name, detail: problem.detail };
          if (problem) problems.set(name, problem);
          if (check.measure) sheets.set(name, check.measure.extent);
          if (check.sharedStrings) sharedStrings = check.sharedStrings.count;
          if (keep) parts.set(name, Buffer.concat(keep).toString('utf8'));
          return undefined;
        },
      };
    },
    done: () => {
      const missingStrings = new Set([...refs].flatMap(([name, sheet]) => (sheet.unreadable || sheet.highest >= sharedStrings ? [name] : [])));
      return { ok: true, entries, sheets, problems, parts, missingStrings };
    },
  });
}
