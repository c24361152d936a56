import { beforeAll, describe, expect, it } from 'vitest';
import { resultView } from '../../src/server/result-view.js';
import { goldenResult } from '../../src/server/test-app.js';
import type { ClusterView, RunDetail } from './api.js';
import { PAGE_MESSAGES } from './messages/index.js';
import { ClusterDetail, League, regionOf } from './results-view.js';
import { ScrollRegion } from './scroll-region.js';
import { text, walk, type Element } from './test-vnodes.js';

let run: RunDetail;
beforeAll(async () => {
  const view = resultView(await goldenResult());
  // The golden round has no policy profile: give the first cluster one, so its table is drawn too.
  const policy = { profile: { id: 'p', label: { en: 'Green', zh: '绿色' } }, score: 50, priorities: [{ id: 'x', label: { en: 'X', zh: 'X' }, attainment: 40, targets: [] }], gaps: [] };
  view.clusters[0] = { ...view.clusters[0]!, policy } as unknown as ClusterView;
  run = { id: 'r1', status: 'done', lines: [], issues: [], outputs: [], members: 0, result: view };
});

describe('the results page', () => {
  it('names the region in the page’s language, in English where the survey gives no Chinese name', () => {
    const t = PAGE_MESSAGES.zh;
    const league = text(League({ view: run.result!, t, lang: 'zh' }));
    expect(league).toContain('广东省深圳市');
    expect(league).not.toContain('Shenzhen, Guangdong');
    expect(text(ClusterDetail({ run, index: 1, t, lang: 'zh' }))).toContain('广东省深圳市');
    expect(regionOf({ region: 'Shenzhen, Guangdong' }, 'zh')).toBe('Shenzhen, Guangdong');
    expect(regionOf({ region: 'Shenzhen, Guangdong', regionZh: '广东省深圳市' }, 'en')).toBe('Shenzhen, Guangdong');
  });

  it('puts every table in a named region that scrolls sideways on a narrow screen', () => {
    const t = PAGE_MESSAGES.en;
    const trees = [League({ view: run.result!, t, lang: 'en' }), ClusterDetail({ run, index: 0, t, lang: 'en' })];
    const tables = trees.flatMap((tree) => [...walk(tree)].filter(({ node }) => node.type === 'table'));
    expect(tables).toHaveLength(4);
    for (const { within } of tables) {
      const region = within.at(-1)!;
      expect(region.type).toBe(ScrollRegion);
      expect(typeof region.props.label === 'string' && region.props.label.length > 0).toBe(true);
    }
    const div = ScrollRegion({ label: t.results.league, children: null }) as unknown as Element;
    expect(div.props).toMatchObject({ class: 'scroll', role: 'region', 'aria-label': t.results.league, tabindex: '0' });
  });

  it('prints a strict target’s sign (> 70) in the gaps, ≥ for the others', () => {
    const t = PAGE_MESSAGES.en;
    const gap = { priority: 'x', priorityLabel: { en: 'X', zh: 'X' }, indicator: 'd1', indicatorLabel: { en: 'Share', zh: '占比' }, op: '>=', value: 70, shortfall: 0, weightedShortfall: 0, recommendation: { en: 'R', zh: 'R' }, source: 'policy' };
    const withGaps = (gaps: object[]): RunDetail => {
      const view = structuredClone(run.result!);
      view.clusters[0] = { ...view.clusters[0]!, policy: { ...view.clusters[0]!.policy!, gaps } } as unknown as ClusterView;
      return { ...run, result: view };
    };
    const shown = text(ClusterDetail({ run: withGaps([{ ...gap, target: 70, strict: true }, { ...gap, target: 10 }]), index: 0, t, lang: 'en' }));
    expect(shown).toContain('>\u00a070');
    expect(shown).toContain('≥\u00a010');
    expect(shown).not.toContain('≥\u00a070');
    // Up to two decimals, no trailing zeros: 5.2 against ≥ 3.5, not "5.20" against "≥ 3.50".
    const decimals = text(ClusterDetail({ run: withGaps([{ ...gap, value: 5.2, target: 3.5 }, { ...gap, value: 27.975, target: -1.5 }]), index: 0, t, lang: 'en' }));
    expect(decimals).toContain('≥\u00a03.5');
    expect(decimals).toContain('5.2');
    expect(decimals).not.toContain('5.20');
    expect(decimals).toContain('27.98');
    expect(decimals).toContain('≥\u00a0\u22121.5');
    // Chinese writes the sign against the number, as the Chinese PDF reports do.
    const zh = text(ClusterDetail({ run: withGaps([{ ...gap, target: 70, strict: true }, { ...gap, target: 10 }]), index: 0, t: PAGE_MESSAGES.zh, lang: 'zh' }));
    expect(zh).toContain('>70');
    expect(zh).toContain('≥10');
  });
});
