import { describe, expect, it } from 'vitest';
import { PAGE_MESSAGES } from './index.js';
import { MESSAGES } from '../../../src/messages/index.js';

/** Every key path of a catalogue, functions as leaves. */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

describe('catalogues', () => {
  it('the server and the page have the same keys in English and Chinese, none empty', () => {
    for (const catalogue of [MESSAGES, PAGE_MESSAGES]) {
      expect(keys(catalogue.zh)).toEqual(keys(catalogue.en));
      const leaves = (c: unknown): unknown[] => (c !== null && typeof c === 'object' ? Object.values(c).flatMap(leaves) : [c]);
      for (const leaf of [...leaves(catalogue.en), ...leaves(catalogue.zh)]) expect(typeof leaf === 'function' || (typeof leaf === 'string' && leaf.length > 0)).toBe(true);
    }
  });

  it('names in the radar’s alt text only the lines the chart draws', () => {
    const { en, zh } = PAGE_MESSAGES;
    expect(en.results.radarAlt('Zhili', { peers: false, lastYear: null })).toBe('Radar chart of the dimension scores of Zhili (0–100).');
    expect(en.results.radarAlt('Zhili', { peers: true, lastYear: null })).toBe('Radar chart of the dimension scores of Zhili (0–100), with the peer median.');
    expect(en.results.radarAlt('Zhili', { peers: true, lastYear: 2024 })).toBe('Radar chart of the dimension scores of Zhili (0–100), with the peer median and the scores of 2024.');
    expect(zh.results.radarAlt('织里', { peers: false, lastYear: 2024 })).toBe('织里各维度得分（0–100）的雷达图，含2024年得分。');
    expect(zh.results.radarAlt('织里', { peers: false, lastYear: null })).toBe('织里各维度得分（0–100）的雷达图。');
  });

  it('the Chinese page texts are Chinese', () => {
    expect(PAGE_MESSAGES.zh.nav.results).toBe('结果');
    expect(PAGE_MESSAGES.zh.issues.columns.suggestion).toBe('修改建议');
  });
});
