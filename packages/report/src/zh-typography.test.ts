// Chinese typography over every Chinese string the report can produce: each text of the zh
// catalogue (functions called with sample values) and what the shared zh renders print (cluster
// report, member report, portfolio — generated sentences, table cells, figures as a reader sees
// them). Full-width punctuation next to Chinese characters, no half-width brackets; and in both
// languages no line that ends on a comparison sign or splits a number from its Chinese unit.
import { describe, expect, it } from 'vitest';
import { policies } from '@clusterlens/models';
import { messagesFor } from './messages/index.js';
import { RENDERS, renderedText } from './test-renders.js';

const HAN = '\\u3400-\\u9FFF';
const HAS_HAN = new RegExp(`[${HAN}]`, 'u');
// Half-width brackets belong only to formulas: after a function name ("exp(…)") or around an
// operation ("(w ÷ x)"); a rank interval "(1–3)" or a note in brackets takes （）.
const FORMULA = /^[A-Za-z]|[Σ÷×·=+−]/u;
const halfWidthBrackets = (line: string): boolean =>
  /[[\]]/u.test(line) || [...line.matchAll(/(.?)\(([^()]*)\)/gu)].some(([, before = '', inside = '']) => !FORMULA.test(before) && !FORMULA.test(inside));
const RULES: [(line: string) => boolean, string][] = [
  [(line) => new RegExp(`[${HAN}][,;:!?()]|[,;:!?()][${HAN}]`, 'u').test(line), 'half-width punctuation next to a Chinese character'],
  [halfWidthBrackets, 'a half-width bracket outside a formula in Chinese text'],
  // Sentences joined with the English space ("…说明）。 目标…"): a Chinese full stop takes none after it.
  [(line) => /[。；！？] +\S/u.test(line), 'a space after a Chinese sentence mark'],
];

/** Lines that break a rule, with the rule: empty when the text is clean. */
function offences(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.split('\n')).filter((line) => HAS_HAN.test(line)).flatMap((line) => RULES.filter(([rule]) => rule(line)).map(([, why]) => `${why}: «${line}»`));
}

/** Every text of a catalogue, its functions called with sample values (any parameter reads "3"). */
function catalogueTexts(node: unknown): string[] {
  const sample = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? '3' : undefined) });
  if (typeof node === 'string') return [node];
  if (typeof node === 'function') return catalogueTexts(node.length === 0 ? node() : node(sample));
  if (Array.isArray(node)) return node.flatMap(catalogueTexts);
  if (node !== null && typeof node === 'object') return Object.values(node).flatMap(catalogueTexts);
  return [];
}

// A line that ends on a sign, or a number whose Chinese unit starts the next line.
const SPLIT_SIGN = /[≥≤<>]\s*$/u;
const UNIT_START = /^(?:[%‰]|[件家亿万元个项分名位年天周次人倍](?![\u3400-\u9FFF]{2}))/u;
const SPLIT_UNIT = (line: string, next: string) => /\d$/u.test(line.trimEnd()) && UNIT_START.test(next.trimStart());

/** The Chinese texts of the built-in policy profiles, and the titles of the documents they cite in 《》. */
const profileTexts = Object.values(policies).flatMap((profile) => catalogueTexts(JSON.parse(JSON.stringify(profile), (key, value) => (key === 'en' ? undefined : value))));
const TITLES = [...new Set(profileTexts.flatMap((text) => [...text.matchAll(/《([^》]+)》/gu)].map((m) => m[1] ?? '')))];

/** Places where a cited document's title is named without its 《》. */
function bareTitles(texts: readonly string[]): string[] {
  return texts.flatMap((text) => TITLES.flatMap((title) => [...text.matchAll(new RegExp(`(.?)${title}(.?)`, 'gu'))].filter(([, before, after]) => before !== '《' || after !== '》').map(([found]) => found)));
}

describe('Chinese typography', () => {
  it('names every document in 《》: the built-in profiles, the zh catalogue and the zh renders', () => {
    // The MIIT measures and the recognition standard, as the profile cites them.
    expect(TITLES).toEqual(expect.arrayContaining(['促进中小企业特色产业集群发展暂行办法', '中小企业特色产业集群认定标准']));
    const rendered = RENDERS.filter((r) => r.endsWith('-zh')).map((r) => renderedText(r).text.replace(/\s+/gu, ''));
    const { joinList: _, joinSentences: __, ...catalogue } = messagesFor('zh');
    expect(bareTitles([...profileTexts, ...catalogueTexts(catalogue), ...rendered])).toEqual([]);
    expect(bareTitles(['依据促进中小企业特色产业集群发展暂行办法'])).toHaveLength(1);
  });

  it('the zh catalogue has full-width punctuation and no half-width brackets', () => {
    const { joinList, joinSentences, ...rest } = messagesFor('zh');
    const texts = [...catalogueTexts(rest), joinList(['甲', '乙', '丙']), joinSentences(['甲。', '乙。'])];
    expect(texts.length).toBeGreaterThan(500);
    expect(offences(texts)).toEqual([]);
  });

  for (const name of RENDERS.filter((r) => r.endsWith('-zh'))) {
    it(`the ${name} render prints full-width punctuation and no half-width brackets`, () => {
      expect(offences(renderedText(name).pages)).toEqual([]);
    });
  }

  it('catches what it is meant to (the check can fail)', () => {
    for (const bad of ['排名 2 (1–3)', '数据来源:会员调查', '数值(说明)', '计算得出（见方法说明）。 目标标注']) expect(offences([bad]), bad).not.toEqual([]);
    expect(offences(['加权几何平均 exp(Σ w·ln x ÷ Σ w)，调和平均 Σ w ÷ Σ (w ÷ x)'])).toEqual([]);
    expect(SPLIT_SIGN.test('目标 ≥')).toBe(true);
    expect(SPLIT_UNIT('专利数为172.6', '件/万名员工')).toBe(true);
    expect(SPLIT_UNIT('2024', '评估框架')).toBe(false);
  });

  for (const name of RENDERS) {
    it(`the ${name} render breaks no line between a sign and its number, or a number and its unit`, () => {
      const split = renderedText(name).pages.flatMap((page) => {
        const lines = page.split('\n');
        return lines.flatMap((line, k) => (SPLIT_SIGN.test(line) || SPLIT_UNIT(line, lines[k + 1] ?? '') ? [`«${line}» / «${lines[k + 1] ?? ''}»`] : []));
      });
      expect(split).toEqual([]);
    });
  }
});
