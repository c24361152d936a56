import { Framework, validate } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { checkBuiltIns } from './check-built-ins.js';
import { frameworks, getFramework, vcmCluster } from './index.js';
import { BUILT_IN_FILES, loadBuiltIn } from './load-built-in.js';
import { crossReferenceProblems, duplicateIds, referencedQuestions } from './test-cross-references.js';

const HAN = /\p{Script=Han}/u;

/** Every label, description and hint (LocalizedText) anywhere in the framework, with its JSON path. */
function texts(value: unknown, path = ''): { path: string; zh: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = `${path}/${key}`;
    const isText = ['label', 'description', 'hint'].includes(key) && typeof child === 'object' && child !== null && 'zh' in child;
    return isText ? [{ path: here, zh: String(child.zh) }] : texts(child, here);
  });
}

describe('vcm-cluster framework', () => {
  it('validates against the Framework schema', () => {
    const result = validate(Framework, vcmCluster);
    expect(result.issues).toEqual([]);
  });

  it('has the eight dimensions of DESIGN.md §5 with 5,4,4,5,5,5,3,3 indicators (34 in all)', () => {
    const shape = vcmCluster.dimensions.map((d) => [d.id, d.indicators.length]);
    expect(shape).toEqual([['D1', 5], ['D2', 4], ['D3', 4], ['D4', 5], ['D5', 5], ['D6', 5], ['D7', 3], ['D8', 3]]);
    // 5+4+4+5+5+5+3+3 = 34, the count the description promises
    expect(shape.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(34);
    expect(vcmCluster.description.en).toContain('34 indicators in 8 dimensions');
  });

  it('uses unique ids across questions, indicators and dimensions', () => {
    expect(duplicateIds(vcmCluster)).toEqual([]);
  });

  it('has no broken references, type mismatches or inverted goalposts', () => {
    expect(crossReferenceProblems(vcmCluster)).toEqual([]);
  });

  it('asks only questions that a rule reads, besides the respondent profile', () => {
    const used = referencedQuestions(vcmCluster);
    const unused = vcmCluster.questions.map((q) => q.id).filter((id) => !used.has(id));
    // The contact e-mail feeds no indicator: it is for members/index.csv alone.
    expect(unused).toEqual(['founded_year', 'contact_email']);
    expect(vcmCluster.memberProfile?.contactEmail).toBe('contact_email');
    expect(vcmCluster.questions.find((q) => q.id === 'contact_email')).toMatchObject({ type: 'text', format: 'email', required: false });
    expect(used.has('chain_role') && used.has('employees') && used.has('revenue')).toBe(true);
  });

  it('gives every label, description and hint a Chinese text', () => {
    const all = texts(vcmCluster);
    // 1 framework label + 1 description + 8 dimension labels + 8 descriptions + 34 indicator labels
    // + 39 question labels, at least, so a broken walk cannot pass vacuously.
    expect(all.length).toBeGreaterThan(91);
    expect(all.filter((t) => !HAN.test(t.zh)).map((t) => t.path)).toEqual([]);
  });

  it('builds the competitiveness index on D1–D7 and the policy alignment index on D8, equally weighted', () => {
    const components = Object.fromEntries(vcmCluster.indices.map((i) => [i.id, i.components]));
    expect(components).toEqual({
      competitiveness: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'].map((dimension) => ({ dimension, weight: 1 })),
      policy_alignment: [{ dimension: 'D8', weight: 1 }],
    });
  });

  it('marks exactly the three ↓ indicators of DESIGN.md §5 as lower-is-better', () => {
    const down = vcmCluster.dimensions.flatMap((d) => d.indicators).filter((i) => i.direction === -1).map((i) => i.id);
    expect(down).toEqual(['design_to_production', 'concept_to_prototype', 'logistics_cost']);
  });

  it('keeps the published anchors as goalposts', () => {
    const goalposts = (id: string) =>
      vcmCluster.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id)?.goalposts;
    // Zhili's 2–3 day design-to-production cycle is the best case; Shenzhen's 1–4 week prototype the fast end.
    expect(goalposts('design_to_production')).toMatchObject({ min: 2 });
    expect(goalposts('concept_to_prototype')).toMatchObject({ min: 1 });
    // MIIT's 70 % leading-industry threshold scores (70 − 30) / (90 − 30) × 100 = 66.7, a pass but not the top.
    expect(goalposts('leading_industry_share')).toMatchObject({ min: 30, max: 90 });
    // LQ 1 is the national average and scores 0.
    expect(goalposts('location_quotient')).toMatchObject({ min: 1 });
  });
});

describe('the cross-reference checks catch what they claim to', () => {
  it('reports a missing question, a wrong type, a bad stat, inverted goalposts and an unknown dimension', () => {
    const broken = structuredClone(vcmCluster);
    const [d1, d2] = broken.dimensions;
    d1!.indicators[0]!.rule = { method: 'share_yes', question: 'chain_role' };
    d1!.indicators[1]!.rule = { method: 'mean', question: 'no_such_question' };
    d1!.indicators[2]!.rule = { method: 'regional', stat: 'no_such_stat' };
    d2!.indicators[0]!.goalposts = { min: 3, max: 3, rationale: 'equal' };
    broken.indices[0]!.components.push({ dimension: 'D9', weight: 1 });
    expect(crossReferenceProblems(broken)).toEqual([
      'indicator chain_role_coverage: question "chain_role" is select_one, expected yes_no',
      'indicator local_sourcing: question "no_such_question" does not exist',
      'indicator leading_industry_share: regional stat "no_such_stat" is not in regional',
      'indicator testing_platform_level: goalposts min 3 is not below max 3',
      'index competitiveness: dimension "D9" does not exist',
    ]);
  });

  it('reports an id used twice', () => {
    const broken = structuredClone(vcmCluster);
    broken.dimensions[0]!.indicators[0]!.id = 'chain_role';
    expect(duplicateIds(broken)).toEqual(['question:chain_role = indicator:chain_role']);
  });
});

describe('framework lookup', () => {
  it('finds the built-in framework by id and nothing else', () => {
    expect(Object.keys(frameworks)).toEqual(['vcm-cluster']);
    expect(getFramework('vcm-cluster')).toBe(vcmCluster);
    expect(getFramework('vcm')).toBeUndefined();
    // Object.prototype members must not pass for frameworks.
    expect(getFramework('constructor')).toBeUndefined();
    expect(frameworks['toString']).toBeUndefined();
  });

  it('refuses mutation of the shared built-in data', () => {
    expect(() => {
      vcmCluster.dimensions[0]!.indicators[0]!.weight = 2;
    }).toThrow(TypeError);
  });
});

describe('checkBuiltIns, run by the build because built-ins are cast at import', () => {
  it('finds nothing wrong with the shipped files', () => {
    expect(checkBuiltIns()).toEqual([]);
  });

  it('names the file and the path of a mis-edited built-in', () => {
    const before = BUILT_IN_FILES.length;
    loadBuiltIn({ schema: Framework, data: { ...structuredClone(vcmCluster), version: 3 }, file: 'broken.json' });
    try {
      const issues = checkBuiltIns();
      expect(issues.map((issue) => [issue.file, issue.message])).toEqual([['broken.json', '/version: must be string']]);
    } finally {
      BUILT_IN_FILES.length = before;
    }
  });
});
