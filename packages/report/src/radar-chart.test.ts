import { describe, expect, it } from 'vitest';
import { radarChart, type RadarAxis } from './radar-chart.js';
import { createContext } from './context.js';
import { radarData } from './radar-section.js';
import { fullFixtureResult } from './test-fixture-analysis.js';

const legend = { cluster: 'This cluster', peer: 'Peer median', notScored: 'Not scored', notScoredLine: '(Not scored)' };
const axis = (code: string, value: number | null, peer: number | null = 50): RadarAxis => ({ code, label: `Label ${code}`, value, peer });

describe('radarChart', () => {
  it('draws one axis per dimension and 4 gridlines', () => {
    const svg = radarChart({ axes: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'].map((c) => axis(c, 60)), legend });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/data-axis="/g)).toHaveLength(8);
    // 4 grid rings (25/50/75/100) + 1 cluster polygon.
    expect(svg.match(/<polygon /g)).toHaveLength(5);
    expect(svg).toMatch(/width="[\d.]+" height="[\d.]+"/);
  });

  it('places points at value/100 of the radius, clockwise from the top', () => {
    // 4 axes, radius 100: axis 0 points up (−90°), axis 1 right (0°), axis 2 down (90°).
    // Values 50, 100, 25 → (0, −50), (100, 0), (0, 25); axis 3 is null and left out.
    const svg = radarChart({ axes: [axis('A', 50), axis('B', 100), axis('C', 25), axis('D', null)], legend, radius: 100 });
    expect(svg).toContain('data-series="cluster" points="0,-50 100,0 0,25"');
  });

  it('keeps untruncated scores beyond 0–100 on the chart scale', () => {
    // 3 axes at −90°, 30°, 150°. 130 is drawn on the 100 ring: (cos 30°·100, sin 30°·100) = (86.6, 50);
    // −20 is drawn at the centre. The tables print the actual numbers.
    const svg = radarChart({ axes: [axis('A', 50), axis('B', 130), axis('C', -20)], legend, radius: 100 });
    expect(svg).toContain('data-series="cluster" points="0,-50 86.6,50 0,0"');
  });

  it('marks a null score with a gap, not a zero', () => {
    const svg = radarChart({ axes: [axis('A', 50), axis('B', 100), axis('C', 25), axis('D', null)], legend, radius: 100 });
    expect(svg).toContain('data-gap="D"');
    expect(svg).toContain('(Not scored)');
    // The outline has segments A–B and B–C only: C–D and D–A are broken by the gap.
    const outline = /data-outline="cluster" d="([^"]*)"/.exec(svg)?.[1] ?? '';
    expect(outline.match(/M/g)).toHaveLength(2);
    // The legend explains the marker.
    expect(svg).toContain('>Not scored<');
  });

  it('escapes label text and wraps long labels', () => {
    const svg = radarChart({
      axes: [
        { code: 'D1', label: 'Agglomeration & chain completeness', value: 50, peer: 50 },
        axis('D2', 40),
        axis('D3', 30),
      ],
      legend,
    });
    expect(svg).toContain('Agglomeration &#38;');
    expect(svg).not.toContain('Agglomeration & ');
    expect(svg).toContain('>completeness<');
  });

  it('refuses fewer than 3 axes (a programming error)', () => {
    expect(() => radarChart({ axes: [axis('A', 1), axis('B', 2)], legend })).toThrow(/at least 3 axes/);
  });

  it('names the peer median only where one is drawn: no legend entry, no data column without a peer group', () => {
    const without = radarChart({ axes: ['A', 'B', 'C'].map((c) => axis(c, 60, null)), legend });
    expect(without).not.toContain('Peer median');
    expect(without).not.toContain('data-series="peer"');
    expect(radarChart({ axes: ['A', 'B', 'C'].map((c) => axis(c, 60)), legend })).toContain('>Peer median</text>');
    // The fixture's clusters have no peer group of 5: the table has no peer column, rather than "Not scored" in every row.
    const result = fullFixtureResult();
    const data = radarData(createContext(result, 'zhili', 'en'));
    expect(data.head).toEqual(['Dimension', 'This cluster', 'This cluster, 2023']);
    expect(data.rows.every((row) => row.length === 3)).toBe(true);
    // With a peer median for one dimension only, the others show a dash.
    result.clusters.find((c) => c.id === 'zhili')!.dimensions[0]!.peerMedian = 61.3;
    const one = radarData(createContext(result, 'zhili', 'en'));
    expect(one.head).toEqual(['Dimension', 'This cluster', 'Peer median', 'This cluster, 2023']);
    expect(one.rows.map((row) => row[2])).toEqual(['61.3', ...Array(one.rows.length - 1).fill('—')]);
  });
});
