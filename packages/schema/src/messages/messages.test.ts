import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueProblems, cjkLiterals } from '../catalogue-check.js';
import { CATALOGUES } from './index.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Chinese words schema descriptions quote as examples of what people type: documentation of input, not messages. */
const QUOTED_INPUT: Record<string, readonly string[]> = { 'survey.ts': ['不适用', '不知道'], 'mapping.ts': ['是', '否'] };
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** A literal whose Chinese is only the quoted input words of its file. */
const quotesInput = (file: string, text: string) => QUOTED_INPUT[file] !== undefined && !CJK.test(QUOTED_INPUT[file].reduce((rest, word) => rest.replaceAll(word, ''), text));

describe('schema catalogue', () => {
  it('has every key in every language and no empty text', () => {
    expect(catalogueProblems(CATALOGUES)).toEqual([]);
  });

  it('keeps Chinese text out of code outside messages/', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|(^|\/)test-[^/]*$|^messages\//.test(f));
    expect(files.length).toBeGreaterThan(10);
    const hits = files.flatMap((f) => cjkLiterals(readFileSync(join(src, f), 'utf8')).map((hit) => ({ file: f, ...hit })));
    expect(hits.filter((hit) => !quotesInput(hit.file, hit.text)).map((hit) => `${hit.file}:${hit.line} ${hit.text}`)).toEqual([]);
    // The quoted words are still there: a stale list would let a message in under their name.
    expect(Object.keys(QUOTED_INPUT).filter((file) => !hits.some((hit) => hit.file === file))).toEqual([]);
  });
});
