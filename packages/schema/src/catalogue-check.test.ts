import { describe, expect, it } from 'vitest';
import { catalogueProblems, cjkLiterals } from './catalogue-check.js';

describe('catalogueProblems', () => {
  it('names keys missing or extra in a language, empty texts and a text where a function belongs', () => {
    const en = { a: 'A', b: { c: (p: { n: number }) => `${p.n}`, d: 'D' }, list: ['x'] };
    const zh = { a: '', b: { c: '丙', e: '戊' }, list: ['甲'] };
    expect(catalogueProblems({ en, zh })).toEqual(['zh: a is empty', 'zh: b.c is a text, in en a function', 'zh: b.e is not in en', 'zh: b.d is missing']);
    expect(catalogueProblems({ en, zh: { ...en, a: '甲' } })).toEqual([]);
  });
});

describe('cjkLiterals', () => {
  it('finds Chinese in strings, templates and regular expressions but not in comments', () => {
    const source = [
      "// 注释 'not a string'",
      "const a = 'x' / 2; /* 也是注释 */",
      'const b = `ok ${f("中")} 尾`;',
      'const c = /年/.test(s), d = "a//b";',
      "const e = { k: '很好' };",
    ].join('\n');
    expect(cjkLiterals(source)).toEqual([
      { line: 3, text: '"中"' },
      { line: 3, text: '} 尾`' },
      { line: 4, text: '/年/' },
      { line: 5, text: "'很好'" },
    ]);
    expect(cjkLiterals("const s = 'https://x'; const t = 'y'; // 中文")).toEqual([]);
  });
});
