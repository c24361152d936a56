// File systems count bytes, most allow 255.
const MAX_NAME_BYTES = 200;
const DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * The name an uploaded file is kept under, inside a folder of its own named by a random id:
 * the last part of what the browser sent (never a folder from it), letters, marks and digits of
 * any script with `_ - . ( )` and spaces kept, every other run of characters one `_`, no leading
 * dot, at most 200 bytes. People find their file again by this name in issues and downloads.
 * @example uploadName('../../etc/passwd') // 'passwd'
 * @example uploadName('织里 2025.xlsx') // '织里 2025.xlsx'
 */
export function uploadName(given: string): string {
  const last = given.split(/[\\/]/u).pop() ?? '';
  let name = last
    .normalize('NFKC')
    .replace(/[^\p{L}\p{M}\p{N}_.() -]+/gu, '_')
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  if (name === '' || DEVICE_NAME.test(name)) name = `upload_${name}`;
  while (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = `${Array.from(name.slice(0, name.length - ext.length)).slice(0, -1).join('')}${ext}`;
  }
  return name;
}
