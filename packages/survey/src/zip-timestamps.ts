/**
 * exceljs zips the workbook with JSZip, which stamps every entry with the current time,
 * so two writes of the same workbook differ in a few bytes. This rewrites those
 * MS-DOS timestamps to 1980-01-01 00:00 (the zip epoch, as reproducible-build tools do).
 * The timestamps are not covered by the entries' CRCs, so the archive stays valid.
 */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // year 1980 + 0, month 1, day 1

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('zip-timestamps: no end-of-central-directory record in the writer output');
}

/** Returns a copy of `zip` with every entry's modification time set to the zip epoch. */
export function normaliseZipTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const end = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`zip-timestamps: bad central header at ${at}`);
    out.writeUInt16LE(DOS_TIME, at + 12);
    out.writeUInt16LE(DOS_DATE, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`zip-timestamps: bad local header at ${local}`);
    out.writeUInt16LE(DOS_TIME, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
