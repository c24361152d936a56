import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';

/** What to do with one zip entry: skip it, end the walk with a result, or read its bytes. */
export type EntryPlan<R> =
  | { skip: true }
  | { stop: R }
  | {
      /** One inflated chunk; returning a result ends the walk (e.g. a limit was passed). */
      chunk(bytes: Buffer): R | undefined;
      /** The entry was read to its end; returning a result ends the walk. */
      end(): R | undefined;
    };

export interface ZipVisitor<R> {
  /** The result when the archive (or an entry's data) is damaged. */
  corrupt: R;
  /** The result when an entry is encrypted (password-protected zips). */
  encrypted: R;
  entry(entry: yauzl.Entry): EntryPlan<R>;
  /** The result once every entry was visited. */
  done(): R;
}

/**
 * Walks a zip held in memory entry by entry with yauzl, inflating the entries the visitor
 * wants. `validateEntrySizes` makes yauzl fail when an entry inflates to other than its declared
 * size, and each entry's CRC-32 is checked here (yauzl does not), so a lying or damaged
 * archive is corrupt rather than read with changed bytes. Always settles with one result; never throws.
 */
export function walkZip<R>(data: Buffer, visitor: ZipVisitor<R>): Promise<R> {
  return new Promise((resolve) => {
    let settled = false;
    let zip: yauzl.ZipFile | undefined;
    const finish = (result: R): void => {
      if (settled) return;
      settled = true;
      try {
        zip?.close();
      } catch {
        // Already closed by yauzl after an error; nothing left to release.
      }
      resolve(result);
    };
    const visit = (file: yauzl.ZipFile, entry: yauzl.Entry): void => {
      if (entry.isEncrypted()) return finish(visitor.encrypted);
      // Readers that go by the local headers (JSZip, under exceljs) must see the same names as yauzl, which goes by the directory.
      file.readLocalFileHeader(entry, (headerError, header) => {
        if (headerError || settled || !header.fileName.equals(entry.fileNameRaw)) return finish(visitor.corrupt);
        const plan = visitor.entry(entry);
        if ('skip' in plan) return file.readEntry();
        if ('stop' in plan) return finish(plan.stop);
        read(file, entry, plan);
      });
    };
    const read = (file: yauzl.ZipFile, entry: yauzl.Entry, plan: Extract<EntryPlan<R>, { chunk: unknown }>): void => {
      file.openReadStream(entry, (error, stream) => {
        if (error || settled) return finish(visitor.corrupt);
        let crc = 0;
        stream.on('data', (chunk: Buffer) => {
          if (settled) return void stream.destroy();
          crc = crc32(chunk, crc);
          const stop = plan.chunk(chunk);
          if (stop === undefined) return;
          stream.destroy();
          finish(stop);
        });
        stream.on('error', () => finish(visitor.corrupt));
        stream.on('end', () => {
          if (settled) return;
          if (crc !== entry.crc32) return finish(visitor.corrupt);
          const stop = plan.end();
          if (stop !== undefined) return finish(stop);
          file.readEntry();
        });
      });
    };
    try {
      yauzl.fromBuffer(data, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (error, file) => {
        if (error || !file) return finish(visitor.corrupt);
        zip = file;
        file.on('error', () => finish(visitor.corrupt));
        file.on('entry', (entry: yauzl.Entry) => visit(file, entry));
        file.on('end', () => finish(visitor.done()));
        file.readEntry();
      });
    } catch {
      finish(visitor.corrupt);
    }
  });
}
