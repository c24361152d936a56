import yauzl from 'yauzl';
import { DEFAULT_LIMITS } from '../inspect-workbook.js';

export type ZipRead = { ok: true; files: Map<string, Buffer> } | { ok: false; reason: 'corrupt' | 'encrypted' | 'too_large' };

/**
 * The entries of a zip archive whose names `want` accepts, inflated into memory. Bytes are
 * counted as they inflate (not as the archive declares them), so a zip bomb stops at the
 * limit. Always settles; never throws.
 */
export function readZip(data: Buffer, want: (name: string) => boolean, maxBytes = DEFAULT_LIMITS.maxUncompressedBytes): Promise<ZipRead> {
  return new Promise((resolve) => {
    let settled = false;
    let zip: yauzl.ZipFile | undefined;
    const files = new Map<string, Buffer>();
    let total = 0;
    const finish = (result: ZipRead): void => {
      if (settled) return;
      settled = true;
      try {
        zip?.close();
      } catch {
        // yauzl has closed the archive itself after an error.
      }
      resolve(result);
    };
    const readEntry = (file: yauzl.ZipFile, entry: yauzl.Entry): void => {
      if (entry.isEncrypted()) return finish({ ok: false, reason: 'encrypted' });
      if (entry.fileName.endsWith('/') || !want(entry.fileName)) return file.readEntry();
      file.openReadStream(entry, (error, stream) => {
        if (error || settled) return finish({ ok: false, reason: 'corrupt' });
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > maxBytes) {
            stream.destroy();
            return finish({ ok: false, reason: 'too_large' });
          }
          chunks.push(chunk);
        });
        stream.on('error', () => finish({ ok: false, reason: 'corrupt' }));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
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
        file.on('end', () => finish({ ok: true, files }));
        file.readEntry();
      });
    } catch {
      finish({ ok: false, reason: 'corrupt' });
    }
  });
}
