import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueProblems, cjkLiterals } from '../catalogue-check.js';
import { CATALOGUES } from './index.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Schema descriptions that quote what people type in Chinese; documentation of input, not messages. */
const QUOTES_INPUT = new Set(['survey.ts', 'mapping.ts']);

describe('schema catalogue', () => {
  it('has every key in every language and no empty text', () => {
    expect(catalogueProblems(CATALOGUES)).toEqual([]);
  });

  it('keeps Chinese text out of code outside messages/', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|(^|\/)test-[^/]*$|^messages\//.test(f) && !QUOTES_INPUT.has(f));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => cjkLiterals(readFileSync(join(src, f), 'utf8')).map((hit) => `${f}:${hit.line} ${hit.text}`))).toEqual([]);
  });
});
