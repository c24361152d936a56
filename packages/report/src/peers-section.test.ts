import { describe, expect, it } from 'vitest';
import type { AssessmentResult } from '@clusterlens/schema';
import { buildClusterReport } from './cluster-report.js';
import { createContext } from './context.js';
import { peersSection, tableClusters } from './peers-section.js';
import { docText, nodesOf } from './test-doc-text.js';
import { fullFixtureResult } from './test-fixture-analysis.js';

/** Ten copies of the fixture's first cluster, c0…c9, ranked 1…10 on the headline index (c9 unranked when `unranked`). */
function tenClusters(unranked = false): AssessmentResult {
  const result = fullFixtureResult();
  const headline = result.framework.headlineIndex;
  const template = result.clusters[0]!;
  result.clusters = Array.from({ length: 10 }, (_, i) => ({
    ...template,
    id: `c${i}`,
    name: { en: `Cluster ${i}`, zh: `集群${i}` },
    indices: template.indices.map((index) => (index.id === headline ? { ...index, rank: unranked && i === 9 ? null : i + 1 } : index)),
  }));
  return result;
}

const shown = (result: AssessmentResult, id: string) => {
  const table = tableClusters(createContext(result, id, 'en'));
  return { ids: table.clusters.map((c) => c.id), chosen: table.chosen };
};

describe('the peers table', () => {
  it('has every cluster of a small run', () => {
    const result = fullFixtureResult();
    expect(result.clusters).toHaveLength(3);
    expect(shown(result, 'zhili')).toEqual({ ids: result.clusters.map((c) => c.id), chosen: 'all' });
  });

  it('has six clusters of a larger run: this one and its neighbours in rank, two above and three below where the ranks allow', () => {
    // Rank 6 of 10: ranks 4 and 5 above, 7, 8 and 9 below.
    expect(shown(tenClusters(), 'c5')).toEqual({ ids: ['c3', 'c4', 'c5', 'c6', 'c7', 'c8'], chosen: 'ranked' });
    // Rank 1: the five ranked next below it.
    expect(shown(tenClusters(), 'c0')).toEqual({ ids: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'], chosen: 'ranked' });
    // Rank 10: the five ranked above it.
    expect(shown(tenClusters(), 'c9')).toEqual({ ids: ['c4', 'c5', 'c6', 'c7', 'c8', 'c9'], chosen: 'ranked' });
    // No rank: the five ranked highest.
    expect(shown(tenClusters(true), 'c9')).toEqual({ ids: ['c0', 'c1', 'c2', 'c3', 'c4', 'c9'], chosen: 'top' });
  });

  it('says which clusters the table of a larger run gives, in English and Chinese', () => {
    const headline = (lang: 'en' | 'zh') => tenClusters().clusters[0]!.indices.find((i) => i.id === tenClusters().framework.headlineIndex)!.label[lang];
    expect(docText(buildClusterReport(tenClusters(), 'c5', { lang: 'en' }))).toContain(`The table under the chart gives the scores of this cluster and of the 5 clusters ranked next to it on the ${headline('en')}.`);
    expect(docText(buildClusterReport(tenClusters(), 'c5', { lang: 'zh' }))).toContain(`图下表格列出本集群及${headline('zh')}排名与其相邻的5个集群的得分。`);
    expect(docText(buildClusterReport(tenClusters(true), 'c9', { lang: 'en' }))).toContain(`The table under the chart gives the scores of this cluster, which has no rank on the ${headline('en')}, and of the 5 clusters ranked highest on it.`);
  });
});

describe('the peers section', () => {
  it('heads the rank column in the chart and ends with its data table, so no note can be left alone on the next page', () => {
    const result = fullFixtureResult();
    const withInterval = result.clusters[0]!.indices.some((i) => i.sensitivity?.scoreP5 != null);
    for (const lang of ['en', 'zh'] as const) {
      const content = nodesOf(peersSection(createContext(result, 'zhili', lang), 11));
      const svg = content.find((node) => typeof node.svg === 'string')?.svg as string;
      const head = { en: withInterval ? 'Rank (5–95%)' : 'Rank', zh: withInterval ? '排名（5–95%）' : '排名' }[lang];
      expect(svg).toContain(`>${head}</text>`);
      expect(content.at(-1)).toHaveProperty('table');
    }
  });

  it('prints apart, in its data table, two scores that would print alike but rank apart', () => {
    const result = fullFixtureResult();
    // Competitiveness: Bologna ranked 2 at 57.53; Zhili given 57.48 at rank 3 prints 57.5 too at one decimal.
    const zhili = result.clusters.find((c) => c.id === 'zhili')!;
    zhili.indices[0]!.score = 57.48;
    zhili.indices[0]!.rank = 3;
    const text = docText({ content: peersSection(createContext(result, 'zhili', 'en'), 11) }).join('\n');
    expect(text).toContain('57.53');
    expect(text).toContain('57.48');
  });
});
