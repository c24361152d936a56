// Sentences that must change with what was computed: a score not compared with the baseline, a
// priority whose attainment leaves out a target, and a policy index without a policy profile.
import { describe, expect, it } from 'vitest';
import { createContext } from './context.js';
import { coverSection } from './cover.js';
import { policySection } from './policy-section.js';
import { radarSection } from './radar-section.js';
import { printedText } from './test-doc-text.js';
import { fullFixtureResult } from './test-fixture-analysis.js';

const LANGS = ['en', 'zh'] as const;
const flat = (text: string) => text.replace(/\s+/gu, '');

describe.each(LANGS)('report caveats (%s)', (lang) => {
  it('says a dimension the baseline does not compare was not compared, and why, where its baseline score stands', () => {
    const result = fullFixtureResult();
    const zhili = result.clusters.find((c) => c.id === 'zhili')!;
    zhili.baseline = { ...zhili.baseline!, notCompared: [{ kind: 'dimension', id: 'D1', reason: 'goalposts' }] };
    const ctx = createContext(result, 'zhili', lang);
    const text = flat(printedText({ content: radarSection(ctx, 6) }));
    expect(text).toContain(flat(ctx.m.comparison.notComparedCell({ reason: ctx.m.comparison.shortReason.goalposts })));
  });

  it('says attainment is over the targets that could be decided when a priority leaves one out', () => {
    const result = fullFixtureResult();
    const ctx0 = createContext(result, 'zhili', lang);
    const policy = result.clusters.find((c) => c.id === 'zhili')!.policy!;
    const shown = flat(printedText({ content: policySection(ctx0, 9) }));
    expect(shown).toContain(flat(ctx0.m.policy.attainmentNote));
    const priority = policy.priorities.find((p) => p.attainment !== null && p.targets.length > 1)!;
    priority.targets[0]!.attainment = null;
    const ctx = createContext(result, 'zhili', lang);
    const text = flat(printedText({ content: policySection(ctx, 9) }));
    expect(text).toContain(flat(ctx.m.policy.attainmentNoteDecided));
    expect(text).not.toContain(flat(ctx.m.policy.attainmentNote));
  });

  it('notes on the cover that the policy index is its own dimension alone when no policy profile was given', () => {
    const result = fullFixtureResult();
    const withPolicy = flat(printedText({ content: coverSection(createContext(result, 'zhili', lang)) }));
    // As scoring records a run without a profile: no policy step, the framework's policy index named.
    result.method.steps = result.method.steps.filter((s) => s.step !== 'policy');
    result.framework.policyIndex = 'policy_alignment';
    const ctx = createContext(result, 'zhili', lang);
    const note = ctx.m.cover.policyIndexAlone({ components: ctx.nameOf('D8'), count: '1' });
    expect(flat(printedText({ content: coverSection(ctx) }))).toContain(flat(note));
    expect(withPolicy).not.toContain(flat(note));
  });
});
