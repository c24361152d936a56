// The answers table keeps each dimension's name with the dimension's first answer: the name is
// in that answer's row, never a row of its own that a page break could leave at a page foot.
import { describe, expect, it } from 'vitest';
import type { ContentTable } from 'pdfmake/interfaces.js';
import { createContext } from '../context.js';
import { fullFixtureResult } from '../test-fixture-analysis.js';
import { renderedText } from '../test-renders.js';
import { memberAnswersSection } from './member-answers.js';

const result = fullFixtureResult();

/** The printed strings of a row, in order (the `text` of every node). */
function textsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node === null || typeof node !== 'object') return [];
  const { text, stack, table } = node as { text?: unknown; stack?: unknown; table?: { body: unknown } };
  if (typeof text === 'string') return [text];
  return textsOf(stack ?? table?.body ?? []);
}
const zhili = result.clusters.find((c) => c.id === 'zhili');

describe.each(['en', 'zh'] as const)('member answers table (%s)', (lang) => {
  const dimensions = (zhili?.dimensions ?? []).map((d) => d.label[lang]);
  const indicators = new Set((zhili?.indicators ?? []).map((i) => i.label[lang]));

  it('prints each dimension’s name in the row of its first answer, never in a row of its own', () => {
    const ctx = createContext(result, 'zhili', lang);
    for (const member of zhili?.members ?? []) {
      const table = memberAnswersSection(ctx, member, 5).find((c): c is ContentTable => typeof c === 'object' && 'table' in c);
      if (!table) continue;
      const rows = table.table.body.slice(1).map((row) => textsOf(row));
      const named = rows.filter((texts) => dimensions.includes(texts[0] ?? ''));
      expect(named.length).toBeGreaterThan(0);
      // The name, then the first answer's indicator.
      for (const texts of named) expect(indicators.has(texts[1] ?? '') || [...indicators].some((l) => (texts[1] ?? '').startsWith(l)), texts.join(' | ')).toBe(true);
    }
  });

  it('says a unit beside the indicator only when its name does not say it already', () => {
    // d1_local_inputs given a unit too long to print beside each number: said beside its name, unless the name holds it.
    const unit = { en: 'per cent of key inputs by value', zh: '（按价值计的关键投入占比）' };
    const printed = (label?: string) => {
      const copy = structuredClone(result);
      const cluster = copy.clusters.find((c) => c.id === 'zhili')!;
      const indicator = cluster.indicators.find((i) => i.id === 'd1_local_inputs')!;
      indicator.unit = unit;
      if (label !== undefined) indicator.label[lang] = label;
      const ctx = createContext(copy, 'zhili', lang);
      const texts = (cluster.members ?? []).flatMap((member) =>
        memberAnswersSection(ctx, member, 5)
          .filter((c): c is ContentTable => typeof c === 'object' && 'table' in c)
          .flatMap((table) => table.table.body.slice(1).flatMap((row) => textsOf(row))),
      );
      return [...new Set(texts.filter((text) => text.startsWith(indicator.label[lang])))];
    };
    const label = zhili!.indicators.find((i) => i.id === 'd1_local_inputs')!.label[lang];
    expect(printed()).toEqual([lang === 'en' ? `${label} (${unit.en})` : `${label}${unit.zh}`]);
    const named = lang === 'en' ? 'Bought inside the cluster, per cent of key inputs by value' : '集群内采购（按价值计的关键投入占比）';
    expect(printed(named)).toEqual([named]);
  });

  it('ends no page of the rendered report with a dimension’s name', () => {
    const pages = renderedText(`member-${lang}`).pages;
    for (const page of pages) {
      const lines = page.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/Page \d+ of \d+|第\s*\d+\s*页/u.test(l));
      expect(dimensions).not.toContain(lines[lines.length - 1]);
    }
  });
});
