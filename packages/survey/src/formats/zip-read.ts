import { DEFAULT_LIMITS } from '../inspect-workbook.js';
import { walkZip } from '../zip-walk.js';

export type ZipRead = { ok: true; files: Map<string, Buffer> } | { ok: false; reason: 'corrupt' | 'encrypted' | 'too_large' };

/**
 * The entries of a zip archive whose names `want` accepts, inflated into memory. Bytes are
 * counted as they inflate (not as the archive declares them), so a zip bomb stops at the
 * limit. Always settles; never throws.
 */
export function readZip(data: Buffer, want: (name: string) => boolean, maxBytes = DEFAULT_LIMITS.maxUncompressedBytes): Promise<ZipRead> {
  const files = new Map<string, Buffer>();
  let total = 0;
  return walkZip<ZipRead>(data, {
    corrupt: { ok: false, reason: 'corrupt' },
    encrypted: { ok: false, reason: 'encrypted' },
    entry: (entry) => {
      if (entry.fileName.endsWith('/') || !want(entry.fileName)) return { skip: true };
      const chunks: Buffer[] = [];
      return {
        chunk: (bytes) => {
          total += bytes.length;
          if (total > maxBytes) return { ok: false, reason: 'too_large' };
          chunks.push(bytes);
          return undefined;
        },
        end: () => void files.set(entry.fileName, Buffer.concat(chunks)),
      };
    },
    done: () => ({ ok: true, files }),
  });
}
