import yauzl from 'yauzl';
import { SheetExtentScanner, type SheetExtent } from './sheet-extent.js';

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
 * Walks a zip's entries with yauzl and inflates each one, counting real bytes rather than
 * trusting the sizes the archive declares (validateEntrySizes makes yauzl fail on a lie).
 * Stops at the first limit passed. Always settles; never throws.
 */
export function scanZip(data: Buffer, limits: ZipLimits): Promise<ZipScan> {
  return new Promise((resolve) => {
    let settled = false;
    let zip: yauzl.ZipFile | undefined;
    const finish = (scan: ZipScan): void => {
      if (settled) return;
      settled = true;
      try {
        zip?.close();
      } catch {
        // Already closed by yauzl after an error; nothing left to release.
      }
      resolve(scan);
    };
    const entries: string[] = [];
    const sheets = new Map<string, SheetExtent>();
    const parts = new Map<string, string>();
    let declared = 0;
    let inflated = 0;

    const readEntry = (file: yauzl.ZipFile, entry: yauzl.Entry): void => {
      const name = entry.fileName;
      entries.push(name);
      if (entry.isEncrypted()) return finish({ ok: false, reason: 'encrypted' });
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) return finish({ ok: false, reason: 'total', bytes: declared });
      if (name.endsWith('/')) return file.readEntry();
      const ratioOf = (bytes: number) => Math.round(bytes / Math.max(1, entry.compressedSize));
      if (entry.uncompressedSize > limits.ratioFloorBytes && ratioOf(entry.uncompressedSize) > limits.maxCompressionRatio) {
        return finish({ ok: false, reason: 'ratio', entry: name, ratio: ratioOf(entry.uncompressedSize) });
      }
      file.openReadStream(entry, (error, stream) => {
        if (error || settled) return finish({ ok: false, reason: 'corrupt' });
        const scanner = WORKSHEET.test(name) ? new SheetExtentScanner() : undefined;
        const keep = NAMING_PARTS.test(name) ? ([] as Buffer[]) : undefined;
        let bytes = 0;
        stream.on('data', (chunk: Buffer) => {
          if (settled) return void stream.destroy();
          bytes += chunk.length;
          inflated += chunk.length;
          if (inflated > limits.maxUncompressedBytes) {
            stream.destroy();
            return finish({ ok: false, reason: 'total', bytes: inflated });
          }
          if (bytes > limits.ratioFloorBytes && ratioOf(bytes) > limits.maxCompressionRatio) {
            stream.destroy();
            return finish({ ok: false, reason: 'ratio', entry: name, ratio: ratioOf(bytes) });
          }
          scanner?.push(chunk);
          if (keep && bytes <= MAX_PART_CHARS) keep.push(chunk);
        });
        stream.on('error', () => finish({ ok: false, reason: 'corrupt' }));
        stream.on('end', () => {
          if (settled) return;
          if (scanner) sheets.set(name, scanner.end());
          if (keep) parts.set(name.toLowerCase(), Buffer.concat(keep).toString('utf8'));
          file.readEntry();
        });
      });
    };

    try {
      yauzl.fromBuffer(data, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (error, file) => {
        if (error || !file) return finish({ ok: false, reason: 'corrupt' });
        zip = file;
        file.on('error', () => finish({ ok: false, reason: 'corrupt' }));
        file.on('entry', (entry: yauzl.Entry) => readEntry(file, entry));
        file.on('end', () => finish({ ok: true, entries, sheets, parts }));
        file.readEntry();
      });
    } catch {
      finish({ ok: false, reason: 'corrupt' });
    }
  });
}
