import { describe, expect, it } from 'vitest';
import { lineChart } from './line-chart.js';
import { sparkline } from './sparkline.js';
import { chartClashes } from './test-chart-geometry.js';

/** The [x1, y1, x2, y2] of the lines drawn in a colour at a stroke width. */
const segments = (svg: string, colour: string, width: string): number[][] =>
  [...svg.matchAll(new RegExp(`<line x1="([\\d.]+)" y1="([\\d.]+)" x2="([\\d.]+)" y2="([\\d.]+)" stroke="${colour}" stroke-width="${width}"`, 'gu'))].map((m) =>
    m.slice(1, 5).map(Number),
  );

describe('lineChart', () => {
  const svg = lineChart({
    years: [2020, 2021, 2022, 2023, 2024],
    series: [
      { label: 'A', values: [10, 20, null, 40, 50], lastText: '50.0' },
      { label: 'B', values: [null, 30, null, 30, null] },
    ],
    width: 400,
    plotHeight: 100,
    noData: 'no run',
  });

  it('joins adjacent years only: the missing 2022 breaks the line instead of being bridged', () => {
    const lines = segments(svg, '#0072B2', '1.4');
    expect(lines).toHaveLength(2);
    // On a 100 pt plot of 0–100, 10 → 20 rises 10 pt and 40 → 50 another 10 pt; both span one year.
    const [first, second] = lines as [number[], number[]];
    expect(first[1]! - first[3]!).toBeCloseTo(10, 1);
    expect(second[1]! - second[3]!).toBeCloseTo(10, 1);
    expect(second[0]! - first[0]!).toBeCloseTo(3 * (first[2]! - first[0]!), 1);
    // B has no two adjacent values: markers only, its two and the one of its legend swatch.
    expect(segments(svg, '#E69F00', '1.4')).toHaveLength(0);
    expect(svg.match(/<rect(?: data-series="1")? x="[^"]*" y="[^"]*" width="6" height="6" fill="#E69F00"/gu)).toHaveLength(3);
  });

  it('labels every year and marks the one no series has, on a fixed 0–100 axis', () => {
    for (const year of ['2020', '2021', '2022', '2023', '2024']) expect(svg).toContain(`>${year}</text>`);
    expect(svg.match(/>no run</gu)).toHaveLength(1);
    for (const tick of ['0', '25', '50', '75', '100']) expect(svg).toContain(`>${tick}</text>`);
    expect(svg).toContain('>50.0</text>');
  });
});

describe('lineChart last values', () => {
  it('stacks last values that end near 0 upwards from the 0 line, clear of the year labels', () => {
    const svg = lineChart({
      years: [2023, 2024],
      series: [{ label: 'A', values: [50, 0], lastText: '0.0' }, { label: 'B', values: [50, 1], lastText: '1.0' }, { label: 'C', values: [50, 2], lastText: '2.0' }],
      width: 300,
      plotHeight: 100,
      noData: 'none',
    });
    // The plot's foot is at 8 + 100; the lowest label sits beside it (8 × 0.35 lower), the others 8 + 1 pt apart above.
    const at = (text: string) => Number(new RegExp(`y="([\\d.]+)"[^>]*>${text}<`, 'u').exec(svg)?.[1]);
    expect(at('0\\.0')).toBeCloseTo(110.8, 2);
    expect(at('1\\.0')).toBeCloseTo(101.8, 2);
    expect(at('2\\.0')).toBeCloseTo(92.8, 2);
    expect(chartClashes(svg)).toEqual([]);
  });
});

describe('sparkline', () => {
  it('draws no line across a gap: a lone value and the last one are dots', () => {
    const svg = sparkline({ values: [10, null, 30], width: 60, height: 20 });
    expect(segments(svg, '#0072B2', '1')).toHaveLength(0);
    expect(svg.match(/<circle/gu)).toHaveLength(2);
    const joined = sparkline({ values: [10, 20, 30], width: 60, height: 20 });
    expect(segments(joined, '#0072B2', '1')).toHaveLength(2);
  });
});
