/**
 * Test helper: golden files of pdfmake document definitions (STYLE.md §6). Numbers are rounded
 * to 3 dp, dates written as ISO strings, the running header and footer as printed on pages 1
 * and 2 of 9, and table-layout functions by name. On a mismatch the new layout is written
 * beside the golden file as `<name>-changed.json` and the test fails; `UPDATE_GOLDEN=1` rewrites
 * the golden files instead.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { expect } from 'vitest';
import { PAGE_SIZE } from './theme.js';

const DIR = fileURLToPath(new URL('./golden/', import.meta.url));

function plain(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1000) / 1000;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'function') return `function ${value.name}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** The document definition as comparable JSON. */
export function layoutOf(doc: TDocumentDefinitions): unknown {
  const size = { ...PAGE_SIZE, orientation: 'portrait' as const };
  const onPages = (fn: unknown) => (typeof fn === 'function' ? [1, 2].map((page) => fn(page, 9, size) as unknown) : fn);
  return plain({ ...doc, header: onPages(doc.header), footer: onPages(doc.footer) });
}

/** Compares `value` with the golden file `golden/<name>.json`. */
export function expectGolden(name: string, value: unknown): void {
  const file = join(DIR, `${name}.json`);
  const changed = join(DIR, `${name}-changed.json`);
  const text = `${JSON.stringify(value, null, 1)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  if (!existsSync(file)) throw new Error(`No golden file ${file}; write it with UPDATE_GOLDEN=1 npx vitest run.`);
  const golden = readFileSync(file, 'utf8');
  if (golden === text) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, text);
  expect(text, `${name} differs from its golden file; the new layout is in ${changed}`).toBe(golden);
}
