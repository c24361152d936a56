import { PartCheck } from './part-check.js';
import type { SheetExtent } from './sheet-extent.js';
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
    }
  | { ok: false; reason: 'corrupt' | 'encrypted' }
  | { ok: false; reason: 'total'; bytes: number }
  | { ok: false; reason: 'ratio'; entry: string; ratio: number }
  | { ok: false; reason: 'dtd'; entry: string; detail: string };

const NAMING_PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels)$/;
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
      const check = new PartCheck(name);
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
          if (keep) parts.set(name, Buffer.concat(keep).toString('utf8'));
          return undefined;
        },
      };
    },
    done: () => ({ ok: true, entries, sheets, problems, parts }),
  });
}
