import { LANGS, type Lang } from './common.js';

/**
 * Checks of the catalogue convention every package follows (README "Translations"), shared so
 * that each package's messages test runs the same rules:
 * `catalogueProblems` compares the per-language catalogues of `src/messages/`, and
 * `cjkLiterals` finds Chinese text written in code outside them.
 */

/** Differences in shape between the catalogues of LANGS, and empty texts; none for a sound catalogue. */
export function catalogueProblems(catalogues: Record<Lang, unknown>): string[] {
  const problems: string[] = [];
  const [first, ...rest] = LANGS;
  const reference = leaves(catalogues[first], '');
  for (const [path, kind] of reference) if (kind === 'empty') problems.push(`${first}: ${path} is empty`);
  for (const lang of rest) {
    const other = leaves(catalogues[lang], '');
    for (const [path, kind] of other) {
      if (kind === 'empty') problems.push(`${lang}: ${path} is empty`);
      if (!reference.has(path)) problems.push(`${lang}: ${path} is not in ${first}`);
      else if (!sameKind(reference.get(path)!, kind)) problems.push(`${lang}: ${path} is a ${kind}, in ${first} a ${reference.get(path)}`);
    }
    for (const path of reference.keys()) if (!other.has(path)) problems.push(`${lang}: ${path} is missing`);
  }
  return problems;
}

type Leaf = 'text' | 'empty' | 'function' | 'other';
const sameKind = (a: Leaf, b: Leaf) => a === b || (a !== 'function' && a !== 'other' && b !== 'function' && b !== 'other');

function leaves(value: unknown, path: string, out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (typeof value === 'string') out.set(path, value.trim() === '' ? 'empty' : 'text');
  else if (typeof value === 'function') out.set(path, 'function');
  else if (Array.isArray(value)) value.forEach((item, i) => leaves(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) leaves(item, path === '' ? key : `${path}.${key}`, out);
  } else out.set(path, 'other');
  return out;
}

/** Chinese, Japanese and Korean characters, and the full-width punctuation Chinese text uses. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * The string, template and regular-expression literals of a TypeScript or JavaScript source that
 * hold CJK characters, with their line; comments are skipped (they may quote Chinese terms).
 */
export function cjkLiterals(source: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let i = 0;
  let last = ''; // the last significant character, to tell a regular expression from a division
  const lineAt = (at: number) => source.slice(0, at).split('\n').length;
  const literal = (start: number, end: number) => {
    const text = source.slice(start, end);
    if (CJK.test(text)) found.push({ line: lineAt(start), text });
  };
  // Reads a quoted literal from its opening quote; for templates, `${…}` parts are read as code.
  const quoted = (quote: string): void => {
    let start = i++;
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') i++;
      else if (quote === '`' && source[i] === '$' && source[i + 1] === '{') {
        literal(start, i);
        i += 2;
        code('}');
        start = i;
      }
      i++;
    }
    literal(start, ++i);
    last = quote;
  };
  const code = (until?: string): void => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i]!;
      if (until && c === until && depth === 0) return;
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i) < 0 ? source.length : source.indexOf('\n', i);
      else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i + 2) < 0 ? source.length : source.indexOf('*/', i + 2) + 2;
      else if (c === '"' || c === "'" || c === '`') quoted(c);
      else if (c === '/' && (last === '' || '(,=:[!&|?{};+-*%<>~^'.includes(last) || /\breturn\s*$/.test(source.slice(Math.max(0, i - 8), i)))) regex();
      else {
        if (!/\s/.test(c)) last = c;
        i++;
      }
    }
  };
  const regex = (): void => {
    const start = i++;
    let inClass = false;
    while (i < source.length && source[i] !== '\n' && (inClass || source[i] !== '/')) {
      if (source[i] === '\\') i++;
      else if (source[i] === '[') inClass = true;
      else if (source[i] === ']') inClass = false;
      i++;
    }
    literal(start, ++i);
    last = '/';
  };
  code();
  return found;
}
