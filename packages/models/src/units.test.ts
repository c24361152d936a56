import { describe, expect, it } from 'vitest';
import { vcmCluster } from './index.js';

// A unit with a scale note is written in brackets in both languages, "(level, 0–3)" and
// "（级，0–3）": the reports print it after the label as it stands, and put brackets round any
// other unit, so "级（0–3）" printed "平台级别（级（0–3））".
describe('vcm-cluster units', () => {
  it('bracket a unit with a scale note as a whole in Chinese as in English', () => {
    const units = vcmCluster.dimensions.flatMap((d) => d.indicators.map((i) => ({ id: i.id, ...i.unit })));
    const wrong = units.filter((u) => /[(（]/u.test(u.zh) && !/^（[^（）]*）$/u.test(u.zh));
    expect(wrong).toEqual([]);
    for (const u of units) expect(/^\(/u.test(u.en), u.id).toBe(/^（/u.test(u.zh));
    expect(units.find((u) => u.id === 'testing_platform_level')?.zh).toBe('（级，0–3）');
  });
});
