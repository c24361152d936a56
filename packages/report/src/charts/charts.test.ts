import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart.js';
import { bulletChart } from './bullet-chart.js';
import { divergingBars } from './diverging-bars.js';
import { dotPlot } from './dot-plot.js';
import { chartClashes, chartGeometry } from './test-chart-geometry.js';
import { SEQUENTIAL_5, sequentialBin } from './palette.js';

const widthOf = (svg: string, attr: string): number[] =>
  [...svg.matchAll(new RegExp(`<rect x="[^"]*" y="[^"]*" width="([\\d.]+)"[^>]*${attr}`, 'gu'))].map((m) => Number(m[1]));
const xOf = (svg: string, attr: string): number[] =>
  [...svg.matchAll(new RegExp(`<rect x="([\\d.-]+)"[^>]*${attr}`, 'gu'))].map((m) => Number(m[1]));

describe('divergingBars', () => {
  const percent = (s: number) => `${Math.round(s * 100)}%`;
  const chart = (counts: number[]) =>
    divergingBars({ rows: [{ label: 'Q', counts }], pointLabels: ['1', '2', '3', '4', '5'], nLabel: (n) => `n = ${n}`, percent, width: 400, labelWidth: 100, fontSize: 8 });

  it('puts low answers left of the centre line and splits the middle answer across it', () => {
    // Counts 2, 2, 4, 1, 1 of n = 10 → shares .2 .2 .4 .1 .1. Left part = .2 + .2 + .4/2 = .6,
    // right part = .1 + .1 + .4/2 = .4; the scale's half-width stands for .6 (already a fifth).
    const svg = chart([2, 2, 4, 1, 1]);
    const xs = xOf(svg, 'data-point');
    const ws = widthOf(svg, 'data-point');
    expect(ws).toHaveLength(5);
    // Middle segment (point 3) is centred on the zero line: its centre = centre of the plot.
    const mid = (xs[2] ?? 0) + (ws[2] ?? 0) / 2;
    // Left edge of point 1 is .6 of the half-width left of centre; right edge of point 5 is .4 right.
    const half = ((ws[0] ?? 0) / 0.2) * 0.6; // a .2 share is .2/.6 of the half-width
    expect(mid - (xs[0] ?? 0)).toBeCloseTo(half, 1);
    expect((xs[4] ?? 0) + (ws[4] ?? 0) - mid).toBeCloseTo((half * 0.4) / 0.6, 1);
    expect(svg).toContain('n = 10');
    expect(svg).toContain('>40%<'); // the 40 % middle segment is labelled; 10 % segments only if they fit
  });

  it('labels a share by its printed value: 7.9 % prints, and is labelled, as 8 %; 7.4 % prints as 7 % and is not', () => {
    // 79 of 1,000 at point 1 and 74 of 1,000 at point 5; the wide middle segments hold the rest.
    const svg = chart([79, 300, 247, 300, 74]);
    expect(svg).toContain('>8%<');
    expect(svg).not.toContain('>7%<');
  });

  it('draws nothing for a zero share and keeps every legend label', () => {
    const svg = chart([0, 5, 5, 0, 0]);
    expect(widthOf(svg, 'data-point="1"')[0]).toBe(0);
    for (const label of ['1', '2', '3', '4', '5']) expect(svg).toContain(`>${label}<`);
  });
});

describe('barChart', () => {
  it('draws value/max of the plot width, and a note instead of a bar for null', () => {
    const svg = barChart({ rows: [{ label: 'A', value: 50, text: '50.0' }, { label: 'B', value: null, text: '' }], max: 100, width: 300, missing: 'no data', labelWidth: 100 });
    const [bar] = widthOf(svg, 'data-bar');
    // Plot width = 300 − (100 + 8) − value column; the 50 bar is half of it. Track widths equal the plot.
    const track = Number(/<rect x="108" y="[\d.]+" width="([\d.]+)"/u.exec(svg)?.[1]);
    expect(bar).toBeCloseTo(track / 2, 1);
    expect(svg.match(/data-bar/g)).toHaveLength(1);
    expect(svg).toContain('>no data<');
  });
});

describe('dotPlot', () => {
  it('highlights one cluster with its interval and prints its note', () => {
    const svg = dotPlot({ rows: [{ label: 'Index', values: [40, 60, 80], highlight: 1, interval: [55, 70], note: '2 of 3 (1–3)' }], width: 400, legend: { highlight: 'This', others: 'Others', interval: '5–95%' } });
    expect(svg).toContain('data-peer-dots="2"');
    // Two circles, each two arcs, in one path.
    expect(/<path d="([^"]*)"[^>]*data-peer-dots/u.exec(svg)?.[1]?.match(/a3 3 0 1 0/g)).toHaveLength(4);
    expect(svg.match(/data-dot="own"/g)).toHaveLength(1);
    expect(svg).toContain('data-interval="1"');
    expect(svg).toContain('2 of 3 (1–3)');
  });

  it('marks the peer median the result gives, and none without one', () => {
    // Median of 10 and 30 (the null is not scored): 20, as the result's peerMedian records it.
    const svg = dotPlot({ rows: [{ label: 'D1', values: [10, null, 30], median: 20 }], width: 400, legend: { others: 'Clusters', median: 'Median' } });
    expect(svg).toContain('data-peer-dots="2"'); // the null is left out
    expect(svg).toContain('data-median="1"');
    const bare = dotPlot({ rows: [{ label: 'D1', values: [10, null, 30] }], width: 400, legend: { others: 'Clusters' } });
    expect(bare).not.toContain('data-median');
  });
});

describe('dotPlot names', () => {
  const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)</gu)].map((m) => m[1]);

  it('names the other clusters at their dots, on the line beside the dot where there is room', () => {
    const svg = dotPlot({ rows: [{ label: 'Index', values: [40, 60, 80], highlight: 1 }], width: 400, legend: { highlight: 'Beta', others: 'Others' }, names: ['Alpha', 'Beta', 'Gamma'] });
    // Plot from x = 140 + 10 to 400 − 6 (no note): 244 pt; 40 sits at 150 + 0.4 × 244 = 247.6, and
    // "Alpha" starts past the dot's radius and outline (3.45) and a 2 pt gap: 253.05.
    expect(svg).toContain('<text x="253.05"');
    expect(texts(svg)).toEqual(['Beta', 'Others', 'Index', 'Alpha', 'Gamma', '0', '25', '50', '75', '100']);
    expect(chartClashes(svg)).toEqual([]);
  });

  /** The centres of the other clusters' dots: each circle starts at its leftmost point, 3 pt left of its centre. */
  const peerCentres = (svg: string) =>
    [...(/<path d="([^"]*)"[^>]*data-peer-dots/u.exec(svg)?.[1] ?? '').matchAll(/M([\d.]+) ([\d.]+)a3/gu)].map((m) => ({ x: Number(m[1]) + 3, y: Number(m[2]) }));

  it('stacks dots that would touch off the line, the highlighted one staying on it', () => {
    // On a 244 pt plot, 50 and 51 lie 2.44 pt apart, less than the radii 4.2 + 3 and a 1.5 pt gap; 60 lies 24.4 pt away.
    const svg = dotPlot({ rows: [{ label: 'Index', values: [50, 51, 60], highlight: 0 }], width: 400, legend: { others: 'Others' } });
    const own = /<circle cx="[\d.]+" cy="([\d.]+)"[^>]*data-dot="own"/u.exec(svg)!;
    const line = Number(own[1]);
    const [near, far] = peerCentres(svg);
    // One step up, clear of the highlighted dot: its radius, a peer's and the gap, 4.2 + 3 + 1.5 = 8.7 pt.
    expect(near!.y).toBeCloseTo(line - 8.7, 2);
    expect(far!.y).toBeCloseTo(line, 2);
    expect(svg).not.toContain('data-covered-dots');
    expect(chartClashes(svg)).toEqual([]);
  });

  it('keeps every dot of equal scores apart up to five, and redraws the outline of a dot that still lies under the highlighted one', () => {
    const svg = dotPlot({ rows: [{ label: 'Index', values: [50, 50, 50, 50, 50, 50, 50], highlight: 0 }], width: 400, legend: { others: 'Others' } });
    const line = Number(/<circle cx="[\d.]+" cy="([\d.]+)"[^>]*data-dot="own"/u.exec(svg)![1]);
    // The highlighted dot holds the line; four others take the levels 1 and 2 steps over and under it; the last two find none.
    expect(peerCentres(svg).map((c) => Math.round((c.y - line) / 8.7))).toEqual([-1, 1, -2, 2, 0, 0]);
    expect(svg).toContain('data-covered-dots="2"');
    expect(svg.indexOf('data-covered-dots')).toBeGreaterThan(svg.indexOf('data-dot="own"'));
  });

  it('leaves a cluster without a name unnamed', () => {
    const svg = dotPlot({ rows: [{ label: 'Index', values: [40, 60, 80] }], width: 400, legend: { others: 'Others' }, names: ['Alpha', null, 'Gamma'] });
    expect(texts(svg)).toEqual(['Others', 'Index', 'Alpha', 'Gamma', '0', '25', '50', '75', '100']);
  });

  it('numbers the dots with a key when the names do not fit, and names none when numbers do not fit either', () => {
    // Four dots 2.44 pt apart stack on four levels (0, over, under, twice over), and each long name
    // (83–104 pt at 6.8 pt) finds room beside its own dot on its level.
    const long = ['A cluster with a long name', 'Another cluster with a long name', 'A third cluster with a long name', 'A fourth cluster with a long name'];
    const stacked = dotPlot({ rows: [{ label: 'Index', values: [50, 51, 52, 53] }], width: 400, legend: { others: 'Others' }, names: long });
    expect(texts(stacked)).toEqual(['Others', 'Index', ...long, '0', '25', '50', '75', '100']);
    expect(chartClashes(stacked)).toEqual([]);
    // With six such dots, 12.2 pt from first to last, the long names no longer all find room: the
    // dots are numbered (3.8 pt each) with a key.
    const six = [...long, ...long.slice(0, 2)].map((name, i) => `${name} ${i}`);
    const crowded = dotPlot({ rows: [{ label: 'Index', values: [50, 51, 52, 53, 54, 55] }], width: 400, legend: { others: 'Others' }, names: six });
    expect(texts(crowded)).toEqual(['Others', 'Index', '1', '2', '3', '4', '5', '6', '0', '25', '50', '75', '100', ...six.map((name, i) => `${i + 1} ${name}`)]);
    expect(chartClashes(crowded)).toEqual([]);
    const many = Array.from({ length: 40 }, (_, i) => `C${i}`);
    const packed = dotPlot({ rows: [{ label: 'Index', values: many.map(() => 50) }], width: 400, legend: { others: 'Others' }, names: many });
    expect(texts(packed)).toEqual(['Others', 'Index', '0', '25', '50', '75', '100']);
  });

  it('sets a name over or under the line only where it spans no dot but its own', () => {
    // Plot 150–394 (244 pt): 60 at 296.4 and 66 at 311.0. "Beta" (14.4 pt at 6.8 pt) would meet the
    // dot at 66 on its right, so it goes left of its dot (276.6–291.0). "A much longer cluster name"
    // (88.0 pt) would end at 311.0 + 5.45 + 88.0 = 404.5 on its right, past the plot, meets the dot
    // at 60 on its left, and centred over or under its dot (267.0–355.0) it would span that dot:
    // so the row is numbered.
    const names = ['Beta', 'A much longer cluster name'];
    const row = (values: number[]) => dotPlot({ rows: [{ label: 'Index', values }], width: 400, legend: { others: 'Others' }, names });
    expect(texts(row([60, 66]))).toContain('1 Beta');
    // Apart, each is named: Beta right of its dot at 20, the long name over its dot at 66, where it spans no other.
    expect(texts(row([20, 66]))).toEqual(expect.arrayContaining(names));
  });

  it('grounds each name in white exactly as wide as the name is set, so it hides no more of the row line than the name would', () => {
    const svg = dotPlot({ rows: [{ label: 'Index', values: [20, 60, 80], highlight: 1 }], width: 400, legend: { highlight: 'Beta', others: 'Others' }, names: ['Alpha Valley', 'Beta', 'Gamma'] });
    const { labels } = chartGeometry(svg);
    for (const name of ['Alpha Valley', 'Gamma']) {
      const ink = labels.find((l) => l.text === name)!.box;
      const ground = new RegExp(`<rect x="([\\d.]+)" y="[^"]*" width="([\\d.]+)"[^>]*/><text[^>]*>${name}<`, 'u').exec(svg)!;
      const [x0, x1] = [Number(ground[1]), Number(ground[1]) + Number(ground[2])];
      // The ground covers the ink and reaches past it by no more than the glyphs' side bearings (< 1 pt at 6.8 pt).
      expect(x0).toBeLessThanOrEqual(ink.x0 + 0.01);
      expect(x1).toBeGreaterThanOrEqual(ink.x1 - 0.01);
      expect(ink.x0 - x0).toBeLessThan(1);
      expect(x1 - ink.x1).toBeLessThan(1);
    }
  });

  it('keeps the names clear of each other and of the dots in Chinese', () => {
    const svg = dotPlot({
      rows: [
        { label: '竞争力指数', values: [50.2, 80.4, 20.3], highlight: 0, interval: [45.5, 55.9], note: '3 / 3（3–3）' },
        { label: 'D8 政策协同', values: [54.6, 85.4, 25.7], highlight: 0, median: 55.7 },
      ],
      width: 475,
      legend: { highlight: '织里童装产业集群', others: '其他集群', interval: '得分5%–95%区间', median: '中位数' },
      names: ['织里童装产业集群', '深圳电子信息产业集群', '博洛尼亚—雷焦艾米利亚包装机械谷'],
    });
    expect(texts(svg).filter((t) => t === '深圳电子信息产业集群')).toHaveLength(2);
    expect(texts(svg).filter((t) => t === '博洛尼亚—雷焦艾米利亚包装机械谷')).toHaveLength(2);
    expect(chartClashes(svg)).toEqual([]);
  });
});

describe('bulletChart', () => {
  it('draws the band only for rows that have one, else the row’s own note on why not', () => {
    const svg = bulletChart({
      rows: [
        { label: 'D1', value: 61.3, text: '61.3', band: { p25: 45.7, median: 55.6, p75: 65.4 }, hidden: 'unused' },
        { label: 'D5', value: 47.2, text: '47.2', band: null, hidden: 'fewer than 5 members' },
        { label: 'D6', value: 40, text: '40', band: null, hidden: 'withheld' },
      ],
      width: 400,
      legend: { own: 'You', band: 'Middle half', median: 'Median' },
    });
    expect(svg.match(/data-band/g)).toHaveLength(1);
    expect(svg.match(/data-own/g)).toHaveLength(3);
    expect(svg).toContain('fewer than 5 members');
    expect(svg).toContain('withheld');
    expect(svg).not.toContain('unused');
  });

  it('moves the suppression note under the track where the member’s bar leaves it no room', () => {
    const rows = (value: number) => [{ label: 'D5', value, text: '1', band: null, hidden: 'fewer than 5 members' }];
    const o = { width: 400, legend: { own: 'You', band: 'Middle half', median: 'Median' } };
    const short = bulletChart({ ...o, rows: rows(10) });
    const full = bulletChart({ ...o, rows: rows(100) });
    // In the track, its baseline is 4 pt above the track's foot; under it, 14 + 6.8 × 1.1 = 21.48 pt below the track's top.
    const noteY = (svg: string) => Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*>fewer than 5 members</u.exec(svg)?.[1]);
    const trackY = (svg: string) => Number(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="14"/u.exec(svg)?.[1]);
    expect(noteY(short) - trackY(short)).toBeCloseTo(10, 2);
    expect(noteY(full) - trackY(full)).toBeCloseTo(21.48, 2);
    expect(chartClashes(short)).toEqual([]);
    expect(chartClashes(full)).toEqual([]);
  });
});

describe('sequential palette', () => {
  it('bins scores by 20 points and clamps beyond 0–100', () => {
    expect([0, 19.9, 20, 59.9, 80, 100, 130, -5].map(sequentialBin)).toEqual([0, 0, 1, 2, 4, 4, 4, 0]);
    expect(SEQUENTIAL_5).toHaveLength(5);
  });
});
