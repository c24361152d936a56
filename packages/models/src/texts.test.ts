import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cjkLiterals, LANGS } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { frameworks, policies } from './index.js';

const src = dirname(fileURLToPath(import.meta.url));

/** Every object of `value` that holds a text in some language, with its path. */
function texts(value: unknown, path: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) value.forEach((item, i) => texts(item, `${path}/${i}`, out));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (LANGS.some((lang) => lang in record)) out.push([path, record]);
    else for (const [key, item] of Object.entries(record)) texts(item, `${path}/${key}`, out);
  }
  return out;
}

describe('models: texts live in the framework data, in every language', () => {
  it('gives every text of the built-in frameworks and policy profiles exactly the languages of LANGS, none empty', () => {
    const all = [...Object.values(frameworks), ...Object.values(policies)].flatMap((data) => texts(data, data.id));
    expect(all.length).toBeGreaterThan(100);
    const wrong = all.filter(([, text]) => Object.keys(text).sort().join() !== [...LANGS].sort().join() || LANGS.some((lang) => typeof text[lang] !== 'string' || text[lang] === ''));
    expect(wrong.map(([path]) => path)).toEqual([]);
  });

  it('writes no Chinese text in code (the data JSON holds the texts)', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|(^|\/)test-[^/]*$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    expect(files.flatMap((f) => cjkLiterals(readFileSync(join(src, f), 'utf8')).map((hit) => `${f}:${hit.line} ${hit.text}`))).toEqual([]);
  });
});
