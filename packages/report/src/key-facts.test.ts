// The key-facts page: regional statistics with source and year, and the survey's coverage,
// in both languages. Figures set by hand here; shares worked out by hand.
import { describe, expect, it } from 'vitest';
import { createContext } from './context.js';
import { coverageSentences, keyFactsSection } from './key-facts.js';
import { docText } from './test-doc-text.js';
import { fixtureResult } from './test-fixture-result.js';

function result() {
  const r = fixtureResult();
  const zhili = r.clusters.find((c) => c.id === 'zhili');
  if (!zhili) throw new Error('fixture lost zhili');
  zhili.regional = [
    { key: 'cluster_employment', label: { en: 'Employment in the cluster industry', zh: '集群产业从业人员' }, unit: { en: 'persons', zh: '人' }, value: 300000, source: 'Huzhou Statistical Yearbook', year: 2024 },
    { key: 'firms', label: { en: 'Number of firms in the cluster', zh: '集群企业数量' }, unit: { en: 'firms', zh: '家' }, value: 1150 },
    { key: 'location_quotient_input', label: { en: 'Not a key fact', zh: '非基本情况' }, unit: { en: 'persons', zh: '人' }, value: 1 },
  ];
  return r;
}

describe('key facts', () => {
  it('lists the key statistics with their source and year, or says the workbook gives none', () => {
    const en = docText({ content: keyFactsSection(createContext(result(), 'zhili', 'en'), 3) });
    expect(en).toContain('3   Key facts');
    expect(en).toEqual(expect.arrayContaining(['Employment in the cluster industry', '300,000 persons', 'Huzhou Statistical Yearbook', '2024']));
    expect(en).toEqual(expect.arrayContaining(['Number of firms in the cluster', '1,150 firms', 'not stated in the workbook']));
    expect(en).not.toContain('Not a key fact');
    const zh = docText({ content: keyFactsSection(createContext(result(), 'zhili', 'zh'), 3) });
    expect(zh).toEqual(expect.arrayContaining(['集群产业从业人员', '300,000人', '1,150家', '工作簿未注明']));
  });

  it('prints a money statistic in the cluster currency, its unit text only when the currency is unknown', () => {
    const r = result();
    const zhili = r.clusters.find((c) => c.id === 'zhili');
    const output = { key: 'output', label: { en: 'Cluster output', zh: '集群产值' }, unit: { en: 'million (local currency)', zh: '百万元（本币）' }, kind: 'money' as const, value: 90000 };
    zhili?.regional?.push(output);
    // 90,000 million = 90 bn = 900 亿 (1 亿 = 100 million).
    const en = docText({ content: keyFactsSection(createContext(r, 'zhili', 'en'), 3) });
    expect(en).toContain('CNY\u00A090\u00A0bn');
    expect(en.join(' ')).not.toContain('local currency');
    const zh = docText({ content: keyFactsSection(createContext(r, 'zhili', 'zh'), 3) });
    expect(zh).toContain('900亿元');
    expect(zh.join('')).not.toContain('本币');
    if (zhili) zhili.currency = null;
    expect(docText({ content: keyFactsSection(createContext(r, 'zhili', 'zh'), 3) })).toContain('90,000百万元（本币）');
  });

  it('states coverage of the firms surveyed and of all firms in the cluster', () => {
    // Zhili: 46 respondents of 120 surveyed = 38.3 %; of 1,150 firms = 4 %.
    expect(coverageSentences(createContext(result(), 'zhili', 'en'))).toEqual([
      '46 respondents answered the survey, 38.3% of the 120 firms surveyed.',
      'The respondents are 4% of the 1,150 firms in the cluster.',
    ]);
    expect(coverageSentences(createContext(result(), 'zhili', 'zh'))).toEqual(['共有46家填报主体作答，占调查企业（120家）的38.3%。', '填报主体占集群全部1,150家企业的4%。']);
  });

  it('is left out without statistics or population', () => {
    const r = fixtureResult();
    const bologna = r.clusters.find((c) => c.id === 'bologna');
    expect(bologna?.respondents.population).toBeNull();
    expect(keyFactsSection(createContext(r, 'bologna', 'en'), 3)).toEqual([]);
  });
});
