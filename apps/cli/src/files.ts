import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OutputError } from './exit.js';
import { tempFileOpened, tempFileSettled } from './temp-files.js';

/**
 * Writes through a temporary file and a rename, so an interrupted run never leaves
 * a truncated file that looks complete. Any file-system failure is an OutputError naming `path`.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  tempFileOpened(tmp);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new OutputError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  } finally {
    tempFileSettled(tmp);
  }
}

/** What a path named by `-o` is now: absent, a folder or something else. */
export async function pathKind(path: string): Promise<'none' | 'dir' | 'file'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'none';
  }
}

// File systems count bytes, most allow 255; 200 leaves room for the `.<hex>.tmp` of writeFileAtomic.
const MAX_NAME_BYTES = 200;
const HASH_HEX = 8;
// Names Windows refuses whatever the extension.
const DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The longest start of `text` of at most `bytes` bytes of UTF-8 that ends on a character boundary. */
function cutToBytes(text: string, bytes: number): string {
  let kept = '';
  let size = 0;
  for (const { segment } of graphemes.segment(text)) {
    size += Buffer.byteLength(segment, 'utf8');
    if (size > bytes) break;
    kept += segment;
  }
  return kept;
}

/**
 * A file or folder name made from data (a cluster or member id), as `prefix + stem + extension`.
 * Letters (with their combining marks) and digits of any script, `_`, `-` and `.` are kept; every other run of characters
 * becomes one `_`; leading and trailing dots go. When anything had to change (or the stem is a
 * Windows device name, or `hashed` asks for it), `-` and 8 hex digits of the SHA-256 of the original follow the stem, so
 * ids that clean up to the same text still get different names. The whole name is at most 200
 * bytes of UTF-8: a longer stem is cut at a character boundary, and the hash is always kept.
 * @example safeFileName('织里童装', { extension: '.pdf' }) // '织里童装.pdf'
 * @example safeFileName('../etc/passwd') // 'etc_passwd-<8 hex>'
 */
export function safeFileName(name: string, options: { prefix?: string; extension?: string; hashed?: boolean } = {}): string {
  const prefix = options.prefix ?? '';
  const extension = options.extension ?? '';
  const cleaned = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, '_')
    .replace(/^[._]+|\.+$/gu, '');
  const budget = MAX_NAME_BYTES - Buffer.byteLength(prefix + extension, 'utf8');
  const whole = !options.hashed && cleaned === name && !DEVICE_NAME.test(cleaned) && cleaned !== '' && Buffer.byteLength(cleaned, 'utf8') <= budget;
  if (whole) return `${prefix}${cleaned}${extension}`;
  const hash = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, HASH_HEX);
  const stem = cutToBytes(cleaned === '' ? 'unnamed' : cleaned, budget - HASH_HEX - 1);
  return `${prefix}${stem}-${hash}${extension}`;
}

/**
 * The names of several ids' files in one folder, each as safeFileName makes it, except that ids
 * whose names differ only in letter case ("zl-0005" and "ZL-0005") all get the hash: on the
 * case-blind file systems of Windows and macOS they would be one file, and one member's
 * confidential report would replace another's.
 */
export function safeFileNames(ids: readonly string[], options: { prefix?: string; extension?: string } = {}): Map<string, string> {
  const names = new Map(ids.map((id) => [id, safeFileName(id, options)]));
  const folded = new Map<string, number>();
  for (const name of names.values()) folded.set(name.toLowerCase(), (folded.get(name.toLowerCase()) ?? 0) + 1);
  for (const [id, name] of names) if ((folded.get(name.toLowerCase()) ?? 0) > 1) names.set(id, safeFileName(id, { ...options, hashed: true }));
  return names;
}
