import { describe, expect, it } from 'vitest';
import { vcmCluster } from './index.js';

const HAN = /\p{Script=Han}/u;

describe('vcm-cluster: what the reports print about the framework', () => {
  it('leads with the competitiveness index', () => {
    expect(vcmCluster.headlineIndex).toBe('competitiveness');
    expect(vcmCluster.indices.map((i) => i.id)).toContain(vcmCluster.headlineIndex);
  });

  it('gives every dimension two member suggestions in English and Chinese', () => {
    for (const d of vcmCluster.dimensions) {
      expect(d.suggestions?.length, d.id).toBe(2);
      for (const s of d.suggestions ?? []) {
        expect(s.en, d.id).toMatch(/\.$/u);
        expect(HAN.test(s.zh), d.id).toBe(true);
      }
    }
  });

  it('names the four integration stages of DESIGN.md §2, matching the choices of the stage question', () => {
    const profile = vcmCluster.memberProfile;
    expect(profile?.integrationStages?.map((s) => s.label.en)).toEqual(['Isolated', 'Bilateral cooperation', 'Multilateral network', 'Soft coordination']);
    const question = vcmCluster.questions.find((q) => q.id === profile?.integrationStage);
    const scores = vcmCluster.choiceLists.find((l) => l.name === question?.choices)?.choices.map((c) => c.score);
    // Stage n is the n-th entry: the choice scores are exactly 1..4.
    expect(scores).toEqual([1, 2, 3, 4]);
  });

  it('bands headcounts as the EU/OECD SME definitions: < 10, 10–49, 50–249, ≥ 250', () => {
    const bands = vcmCluster.memberProfile?.sizeBands?.bands ?? [];
    expect(bands.map((b) => [b.id, b.below])).toEqual([['micro', 10], ['small', 50], ['medium', 250], ['large', undefined]]);
    expect(vcmCluster.memberProfile?.sizeBands?.note.en).toContain('EU and OECD');
  });
});
