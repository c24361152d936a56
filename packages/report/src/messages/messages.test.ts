import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueProblems, cjkLiterals } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { en, zh } from './index.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('report catalogue', () => {
  it('has every key in every language and no empty text', () => {
    expect(catalogueProblems({ en, zh })).toEqual([]);
  });

  it('keeps Chinese text out of code outside messages/', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|(^|\/)test-[^/]*$|^messages\//.test(f));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => cjkLiterals(readFileSync(join(src, f), 'utf8')).map((hit) => `${f}:${hit.line} ${hit.text}`))).toEqual([]);
  });
});
