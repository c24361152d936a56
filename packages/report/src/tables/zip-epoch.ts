/**
 * Reproducible zip bytes: exceljs (through JSZip) stamps every archive entry with the current
 * time. This sets the MS-DOS date and time of each entry, in its local header and in the
 * central directory, to 1980-01-01 00:00, the zip epoch. The stamps are outside the CRCs.
 *
 * The same fix lives in @clusterlens/survey (zip-timestamps.ts); packages may not import each
 * other's internals, so this is a small equivalent until the lead hoists one shared helper.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EPOCH_DATE = (0 << 9) | (1 << 5) | 1;

/** A copy of `zip` whose entries all carry the zip-epoch timestamp. */
export function zipAtEpoch(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  let eocd = out.length - 22;
  while (eocd >= 0 && out.readUInt32LE(eocd) !== EOCD) eocd -= 1;
  if (eocd < 0) throw new Error('zipAtEpoch: not a zip archive (no end of central directory)');
  let at = out.readUInt32LE(eocd + 16);
  for (let n = out.readUInt16LE(eocd + 10); n > 0; n -= 1) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error(`zipAtEpoch: no central directory entry at ${at}`);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`zipAtEpoch: no local header at ${local}`);
    // Central entry: time at +12, date at +14; local header: time at +10, date at +12.
    out.writeUInt32LE(EPOCH_DATE << 16, at + 12);
    out.writeUInt32LE(EPOCH_DATE << 16, local + 10);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
