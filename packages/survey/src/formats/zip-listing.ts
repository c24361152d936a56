import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of the zip format to peek at a few small parts synchronously (format
 * detection): the central directory's entry names, and one entry inflated with a cap.
 * Anything unexpected gives undefined; the real readers do the full, checked work.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function listZip(zip: Buffer): ZipEntry[] | undefined {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  let end = -1;
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries: ZipEntry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_HEADER) return undefined;
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** The first `maxBytes` (at most) of an entry's content as text; undefined when it cannot be read. */
export function peekZipEntry(zip: Buffer, entry: ZipEntry, maxBytes: number): string | undefined {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const packed = zip.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return packed.subarray(0, maxBytes).toString('utf8');
    if (entry.method !== 8) return undefined;
    return inflateRawSync(packed, { maxOutputLength: maxBytes }).toString('utf8');
  } catch {
    // Larger than maxBytes (or damaged): detection then goes by what else it knows.
    return undefined;
  }
}
