import { pipeline, type Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import type { WorkbookLimits } from '../inspect-workbook.js';

/** Why the archive cannot be read; each maps to one refusal issue of inspect-workbook. */
export type ZipRefusal =
  | { reason: 'corrupt' | 'encrypted' }
  | { reason: 'total'; bytes: number }
  | { reason: 'ratio'; entry: string; ratio: number };

/** Thrown inside this module only, and turned into an issue by the reader. */
export class ZipRefused extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(refusal.reason);
  }
}

const INFLATE_CHUNK = 64 * 1024;

type Limits = Pick<WorkbookLimits, 'maxUncompressedBytes' | 'maxCompressionRatio' | 'ratioFloorBytes'>;

/**
 * The entries of an .xlsx zip, opened from a file or from memory, inflated one at a time
 * on demand. The same limits as inspect-workbook's scan apply: declared sizes are checked
 * up front, real inflated bytes as they come, so a zip bomb is stopped, never expanded.
 */
export class ZipEntries {
  private inflatedBytes = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: Limits,
  ) {}

  /** Opens the archive and reads its central directory. Throws ZipRefused. */
  static async open(source: string | Buffer, limits: Limits): Promise<ZipEntries> {
    const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true };
    let zip: yauzl.ZipFile;
    try {
      zip = typeof source === 'string' ? await yauzl.openPromise(source, options) : await yauzl.fromBufferPromise(source, options);
    } catch {
      throw new ZipRefused({ reason: 'corrupt' });
    }
    const entries = new Map<string, yauzl.Entry>();
    const archive = new ZipEntries(zip, entries, limits);
    try {
      let declared = 0;
      for await (const entry of archiveEntries(zip)) {
        if (entry.isEncrypted()) throw new ZipRefused({ reason: 'encrypted' });
        declared += entry.uncompressedSize;
        if (declared > limits.maxUncompressedBytes) throw new ZipRefused({ reason: 'total', bytes: declared });
        archive.checkRatio(entry, entry.uncompressedSize);
        // The local header must name the entry as the directory does, as inspection checks (JSZip goes by the former).
        const header = await zip.readLocalFileHeaderPromise(entry);
        if (!header.fileName.equals(entry.fileNameRaw)) throw new ZipRefused({ reason: 'corrupt' });
        // exceljs drops one leading slash from entry names.
        entries.set(entry.fileName.replace(/^\//, ''), entry);
      }
    } catch (error) {
      archive.close();
      throw error instanceof ZipRefused ? error : new ZipRefused({ reason: 'corrupt' });
    }
    return archive;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Inflates an entry chunk by chunk into `sink`. Throws ZipRefused on damage or a passed
   * limit; what `sink` throws (a sheet past its size limit, broken XML) is passed on as it is,
   * once the entry has been inflated to its end and found sound.
   */
  async stream(name: string, sink: (chunk: Buffer) => void): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`zip-entries: no entry ${name}; check has() first`);
    let bytes = 0;
    let crc = 0;
    let sinkError: { error: unknown } | undefined;
    try {
      const stream = await this.inflated(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        crc = crc32(chunk, crc);
        this.inflatedBytes += chunk.length;
        if (this.inflatedBytes > this.limits.maxUncompressedBytes) {
          stream.destroy();
          throw new ZipRefused({ reason: 'total', bytes: this.inflatedBytes });
        }
        this.checkRatio(entry, bytes, () => stream.destroy());
        try {
          if (!sinkError) sink(chunk);
        } catch (error) {
          // The rest is still inflated, unread: a damaged archive is corrupt whatever its parser found, as in inspection.
          sinkError = { error };
        }
      }
    } catch (error) {
      throw error instanceof ZipRefused ? error : new ZipRefused({ reason: 'corrupt' });
    }
    // yauzl's own size check is bypassed with the raw stream, so it is done here, with the CRC-32 yauzl never checks.
    if (bytes !== entry.uncompressedSize || crc !== entry.crc32) throw new ZipRefused({ reason: 'corrupt' });
    if (sinkError) throw sinkError.error;
  }

  /**
   * The entry's bytes, inflated by zlib with larger chunks than yauzl uses (16 KB), so
   * inflating runs ahead on the thread pool while the sheet is being parsed.
   */
  private async inflated(entry: yauzl.Entry): Promise<Readable> {
    // Stored entries are read as they are (yauzl refuses the decompress option for them).
    if (entry.compressionMethod === 0) return this.zip.openReadStreamPromise(entry);
    if (entry.compressionMethod !== 8) throw new ZipRefused({ reason: 'corrupt' });
    const raw = await this.zip.openReadStreamPromise(entry, { decompress: false });
    const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK });
    // Errors on either side end up in the inflate stream, which the caller iterates.
    pipeline(raw, inflate, () => undefined);
    return inflate;
  }

  /** A whole entry as text (for the small parts: workbook, relationships, styles, strings). */
  async text(name: string): Promise<string> {
    const chunks: Buffer[] = [];
    await this.stream(name, (chunk) => chunks.push(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }

  close(): void {
    try {
      this.zip.close();
    } catch {
      // yauzl closes a reader itself after an error; nothing is left to release.
    }
  }

  private checkRatio(entry: yauzl.Entry, bytes: number, before?: () => void): void {
    const ratio = Math.round(bytes / Math.max(1, entry.compressedSize));
    if (bytes > this.limits.ratioFloorBytes && ratio > this.limits.maxCompressionRatio) {
      before?.();
      throw new ZipRefused({ reason: 'ratio', entry: entry.fileName, ratio });
    }
  }
}

/** yauzl's lazy entry events as an async iterable. */
async function* archiveEntries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const next = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      const cleanup = () => {
        zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
      };
      const onEntry = (entry: yauzl.Entry) => (cleanup(), resolve(entry));
      const onEnd = () => (cleanup(), resolve(undefined));
      const onError = (error: Error) => (cleanup(), reject(error));
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}
