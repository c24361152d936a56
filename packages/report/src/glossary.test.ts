// One term per concept in Chinese (glossary: DESIGN.md §10) and full-width punctuation, checked
// over every Chinese string of the report catalogues: plain strings as written, sentence
// functions called with placeholder values (every parameter a short Chinese word).
import { describe, expect, it } from 'vitest';
import { messagesFor } from './messages/index.js';

/** Variants a translator might reach for, each with the glossary term that replaces it. */
const NOT_THE_GLOSSARY: [variant: RegExp, term: string][] = [
  [/受访者|受访企业|答卷人|调查对象/u, '填报主体 (respondent)'],
  [/竞争指数|竞争性指数/u, '竞争力指数 (competitiveness index)'],
  [/政策对齐|政策一致性|政策匹配/u, '政策协同 (policy alignment)'],
  [/敏感度分析|灵敏度分析/u, '敏感性分析 (sensitivity analysis)'],
  [/目标区间|阈值区间|门槛区间/u, '目标值区间 (goalposts)'],
  [/区位商/u, '区位熵 (location quotient)'],
  [/整合阶段|集成阶段/u, '融入阶段 (integration stage)'],
  [/链条位置|价值链位置|产业链位置/u, '产业链定位 (chain position)'],
  [/组合概览|投资组合/u, '集群总览 (portfolio overview)'],
  [/资源共享平台|共享资源(?!共享)/u, '公共资源共享 (shared resources)'],
  [/行业商会|产业协会/u, '行业协会 (industry association)'],
  [/科研机构|研究机构/u, '科研院所 (research institute)'],
];

const PLACEHOLDER = '示例';

/** Every string the catalogue can print: strings as they are, functions with placeholder parameters. */
function strings(node: unknown, path: string, out: [string, string][]): void {
  if (typeof node === 'string') out.push([path, node]);
  else if (typeof node === 'function') {
    const params = new Proxy({}, { get: (_, key) => (key === 'count' || key === 'population' || key === 'digits' ? 2 : PLACEHOLDER) });
    const value: unknown = (node as (p: unknown) => unknown)(params);
    if (typeof value === 'string') out.push([path, value]);
    else strings(value, path, out);
  } else if (Array.isArray(node)) node.forEach((n, i) => strings(n, `${path}[${i}]`, out));
  else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) strings(v, path ? `${path}.${k}` : k, out);
}

const HAN = '\\u4E00-\\u9FFF';
const ASCII_PUNCTUATION = new RegExp(`[${HAN}][,;:!?]|[,;:!?][${HAN}]|[${HAN}]\\(|\\)[${HAN}]`, 'u');

describe('the Chinese catalogue', () => {
  const all: [string, string][] = [];
  const zh = messagesFor('zh');
  strings({ ...zh, locale: undefined, joinList: undefined, joinSentences: undefined }, '', all);

  it('reads enough strings to mean something', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it('would catch a wrong term and half-width punctuation', () => {
    expect('本次评估的受访者').toMatch(NOT_THE_GLOSSARY[0]![0]);
    expect('区位商为14.5').toMatch(NOT_THE_GLOSSARY[5]![0]);
    expect('得分为57.7分,排名第3').toMatch(ASCII_PUNCTUATION);
    expect('得分为57.7分，排名第3（共3个）').not.toMatch(ASCII_PUNCTUATION);
    expect(all.some(([path]) => path.startsWith('steps.'))).toBe(true);
    expect(all.some(([path]) => path.startsWith('portfolio.'))).toBe(true);
  });

  it('uses one term per concept, the glossary’s', () => {
    for (const [path, text] of all) {
      for (const [variant, term] of NOT_THE_GLOSSARY) expect(text, `${path}: use ${term}`).not.toMatch(variant);
    }
  });

  it('uses full-width punctuation next to Chinese characters', () => {
    for (const [path, text] of all) expect(text, `${path}: «${text}»`).not.toMatch(ASCII_PUNCTUATION);
  });
});
