import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepNumbersTogether, keepRunsTogether } from './no-break.js';

// The line breaker pdfmake itself uses: where it may break a string, and where not.
const require = createRequire(import.meta.url);
const LineBreaker = require(require.resolve('linebreak', { paths: [require.resolve('pdfmake')] })) as new (text: string) => { nextBreak(): { position: number } | null };
function breaks(text: string): number[] {
  const breaker = new LineBreaker(text);
  const out: number[] = [];
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) if (bk.position < text.length) out.push(bk.position);
  return out;
}

describe('keepRunsTogether', () => {
  it('keeps the last two Chinese characters of a text together, so that no line holds one alone', () => {
    expect(keepRunsTogether('博洛尼亚—雷焦艾米利亚包装机械谷')).toEqual(['博洛尼亚—雷焦艾米利亚包装机', { text: '械谷', noWrap: true }]);
    expect(keepRunsTogether('共有172.6件专利数据')).toEqual(['共有', { text: '172.6件', noWrap: true }, '专利', { text: '数据', noWrap: true }]);
    // A text of two characters, one ending in punctuation or in a kept run, and Latin text stay as they were.
    expect(keepRunsTogether('集群')).toBe('集群');
    expect(keepRunsTogether('集群评估。')).toBe('集群评估。');
    expect(keepRunsTogether('共有172.6件')).toEqual(['共有', { text: '172.6件', noWrap: true }]);
    expect(keepRunsTogether('Packaging Valley')).toBe('Packaging Valley');
  });

  it('keeps what the line breaker would split: a sign and its number, a number and its Chinese unit, 第 and its number', () => {
    // The breaker splits these (so they need keeping together) …
    expect(breaks('≥ 3.5')).toEqual([2]);
    expect(breaks('172.6件/万名员工')).toContain(5);
    expect(keepRunsTogether('目标 ≥ 3.5，当前为172.6件/万名员工，排名第3名。')).toEqual([
      '目标 ',
      { text: '≥ 3.5', noWrap: true },
      '，当前为',
      { text: '172.6件/万名员工', noWrap: true },
      '，排名',
      { text: '第3名', noWrap: true },
      '。',
    ]);
    expect(keepRunsTogether('Benchmark ≥ 40% (set by the framework)')).toEqual(['Benchmark ', { text: '≥ 40%', noWrap: true }, ' (set by the framework)']);
  });

  it('keeps the two numbers of a range together, which the line breaker would split after the dash', () => {
    expect(breaks('1–4')).toEqual([2]);
    expect(keepRunsTogether('平均融入阶段（阶段，1–4）')).toEqual(['平均融入阶段（阶段，', { text: '1–4', noWrap: true }, '）']);
    expect(keepRunsTogether('0件/万名员工（0–0）')).toEqual([{ text: '0件/万名员工', noWrap: true }, '（', { text: '0–0', noWrap: true }, '）']);
    expect(keepRunsTogether('72.4% (61.5–80.0)')).toEqual(['72.4% (', { text: '61.5–80.0', noWrap: true }, ')']);
    // A dash between codes is no range of numbers.
    expect(keepRunsTogether('D1–D8')).toBe('D1–D8');
  });

  it('keeps a framework’s or profile’s id at its version whole, which the line breaker would split after a hyphen', () => {
    expect(breaks('miit-2022-sme-clusters@1.1.0').length).toBeGreaterThan(0);
    expect(keepRunsTogether('the profile X (miit-2022-sme-clusters@1.1.0).')).toEqual(['the profile X (', { text: 'miit-2022-sme-clusters@1.1.0', noWrap: true }, ').']);
    // A hyphenated word without a version is prose.
    expect(keepRunsTogether('a well-known cluster')).toBe('a well-known cluster');
  });

  it('leaves alone what cannot break: a bare number, "70%", English text without signs', () => {
    expect(breaks('70%')).toEqual([]);
    expect(keepRunsTogether('SMEs produce at least 70% of output')).toBe('SMEs produce at least 70% of output');
    expect(keepRunsTogether('ranks 3rd of 3')).toBe('ranks 3rd of 3');
  });
});

describe('keepNumbersTogether', () => {
  it('cuts text nodes, table cells and styled pieces, keeps their style, and leaves headings, letter-spaced text and charts as they are', () => {
    const content = [
      { text: '40亿元', bold: true },
      { table: { widths: ['*', 60], body: [['300家', { text: [{ text: '≥ 10家', color: 'red' }, '（基准）'] }]] } },
      { text: '第3章 10家', tocItem: true },
      { svg: '<svg><text>10家</text></svg>' },
      { text: '集群评估报告', characterSpacing: 2 },
    ];
    expect(keepNumbersTogether(content as never)).toEqual([
      { text: [{ text: '40亿元', noWrap: true }], bold: true },
      { table: { widths: ['*', 60], body: [[{ text: [{ text: '300家', noWrap: true }] }, { text: [{ text: '≥ 10家', color: 'red', noWrap: true }, '（基准）'] }]] } },
      { text: '第3章 10家', tocItem: true },
      { svg: '<svg><text>10家</text></svg>' },
      { text: '集群评估报告', characterSpacing: 2 },
    ]);
    expect(content[0]).toEqual({ text: '40亿元', bold: true });
  });
});
