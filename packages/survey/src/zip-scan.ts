import { SheetExtentScanner, type SheetExtent } from './sheet-extent.js';
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
      /** Extent of each `xl/worksheets/*.xml` entry, by entry name. */
      sheets: Map<string, SheetExtent>;
      /** Text of the small parts that name the sheets: `xl/workbook.xml` and its relationships. */
      parts: Map<string, string>;
    }
  | { ok: false; reason: 'corrupt' | 'encrypted' }
  | { ok: false; reason: 'total'; bytes: number }
  | { ok: false; reason: 'ratio'; entry: string; ratio: number };

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const NAMING_PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels)$/i;
const MAX_PART_CHARS = 1 << 20;

/**
 * Inflates every entry of a zip, counting real bytes rather than trusting the sizes the archive
 * declares (and yauzl fails an entry that lies about its size). Stops at the first limit passed.
 * Always settles; never throws.
 */
export function scanZip(data: Buffer, limits: ZipLimits): Promise<ZipScan> {
  const entries: string[] = [];
  const sheets = new Map<string, SheetExtent>();
  const parts = new Map<string, string>();
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
      const scanner = WORKSHEET.test(name) ? new SheetExtentScanner() : undefined;
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
          scanner?.push(chunk);
          if (keep && bytes <= MAX_PART_CHARS) keep.push(chunk);
          return undefined;
        },
        end: () => {
          if (scanner) sheets.set(name, scanner.end());
          if (keep) parts.set(name.toLowerCase(), Buffer.concat(keep).toString('utf8'));
        },
      };
    },
    done: () => ({ ok: true, entries, sheets, parts }),
  });
}
