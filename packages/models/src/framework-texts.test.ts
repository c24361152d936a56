import { describe, expect, it } from 'vitest';
import { vcmCluster } from './index.js';

const HAN = /\p{Script=Han}/u;

describe('vcm-cluster: what the reports print about the framework', () => {
  it('leads with the competitiveness index', () => {
    expect(vcmCluster.headlineIndex).toBe('competitiveness');
    expect(vcmCluster.indices.map((i) => i.id)).toContain(vcmCluster.headlineIndex);
  });

  describe('member suggestions', () => {
    const roles = vcmCluster.choiceLists.find((l) => l.name === 'chain_role')!.choices.map((c) => c.value);
    const bands = vcmCluster.memberProfile!.sizeBands!.bands.map((b) => b.id);
    const all = vcmCluster.dimensions.flatMap((d) => (d.suggestions ?? []).map((s) => ({ dimension: d, s: 'text' in s ? s : { text: s } })));
    const fits = (s: (typeof all)[number]['s'], role: string, band: string) =>
      (s.roles?.includes(role) ?? true) && !(s.excludeRoles?.includes(role) ?? false) && (s.sizeBands?.includes(band) ?? true);

    it('are in English and Chinese, and name only indicators of their dimension, known roles, bands and stages', () => {
      for (const { dimension, s } of all) {
        expect(s.text.en, dimension.id).toMatch(/\.$/u);
        expect(HAN.test(s.text.zh), dimension.id).toBe(true);
        if (s.indicator) expect(dimension.indicators.map((i) => i.id), s.text.en).toContain(s.indicator);
        for (const role of [...(s.roles ?? []), ...(s.excludeRoles ?? [])]) expect(roles, s.text.en).toContain(role);
        for (const band of s.sizeBands ?? []) expect(bands, s.text.en).toContain(band);
        for (const stage of [s.stages?.min, s.stages?.max]) if (stage !== undefined) expect(stage).toBeLessThanOrEqual(4);
      }
    });

    it('give every chain role and size at least one suggestion in every dimension', () => {
      for (const d of vcmCluster.dimensions)
        for (const role of roles)
          for (const band of bands) expect(all.some((x) => x.dimension === d && !x.s.stages && fits(x.s, role, band)), `${d.id} ${role} ${band}`).toBe(true);
    });

    it('never tell a research institute to work with one, nor an association to use services it provides', () => {
      for (const { s } of all) {
        if (/research institute/u.test(s.text.en) && !/offer/iu.test(s.text.en) && !/broker one/iu.test(s.text.en)) expect(fits(s, 'research_institute', 'small'), s.text.en).toBe(false);
        if (/the public testing|samples|export market|own technology/u.test(s.text.en)) expect(fits(s, 'industry_association', 'small'), s.text.en).toBe(false);
      }
    });
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
