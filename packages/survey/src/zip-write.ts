import { crc32, deflateRawSync } from 'node:zlib';

/** One file for writeZip. */
export interface ZipFile {
  name: string;
  data: Buffer | string;
  /** __Default:__ `'deflate'`. */
  method?: 'store' | 'deflate';
  /** The uncompressed size to declare, when it is to differ from the data's (tests build lying archives). */
  declaredSize?: number;
}

// MS-DOS date of 1980-01-01, the zip epoch: same entries, same bytes.
const DOS_DATE = (1 << 5) | 1;

/** A minimal zip writer (no data descriptors, no zip64), for packages rebuilt in memory. */
export function writeZip(entries: readonly ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const deflate = entry.method !== 'store';
    const body = deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(deflate ? 8 : 0, at + 4);
      header.writeUInt16LE(0, at + 6); // time
      header.writeUInt16LE(DOS_DATE, at + 8);
      header.writeUInt32LE(crc32(raw), at + 10);
      header.writeUInt32LE(body.length, at + 14);
      header.writeUInt32LE(entry.declaredSize ?? raw.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
