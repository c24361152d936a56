import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { AssessmentResult, BaselineResult, Framework, Issue, SCHEMAS, stepParams, validate } from './index.js';

const text = { en: 'Test', zh: '测试' };

const tinyFramework = {
  id: 'tiny',
  version: '1.0.0',
  label: text,
  description: text,
  sources: [],
  sufficiency: { minAnswers: 3, minShare: 0.1, minCoverage: 0.5 },
  chainRoleQuestion: 'chain_role',
  questions: [
    { id: 'chain_role', type: 'select_one', label: text, choices: 'roles', required: true },
    { id: 'rd', type: 'percent', label: text, min: 0, max: 100, required: false },
  ],
  choiceLists: [{ name: 'roles', choices: [{ value: 'upstream', label: text }] }],
  regional: [],
  dimensions: [
    {
      id: 'D1',
      label: text,
      indicators: [
        {
          id: 'rd_intensity',
          label: text,
          unit: text,
          direction: 1,
          goalposts: { min: 0, max: 5, rationale: '5 % is the top decile of manufacturing firms.' },
          weight: 1,
          rule: { method: 'mean', question: 'rd' },
        },
      ],
    },
  ],
  indices: [{ id: 'competitiveness', label: text, components: [{ dimension: 'D1', weight: 1 }] }],
};

describe('schemas', () => {
  it('every published schema is valid JSON Schema (draft-07 meta-schema)', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      expect(ajv.validateSchema(JSON.parse(JSON.stringify(schema))), name).toBe(true);
    }
  });

  it('accepts a minimal valid framework', () => {
    const result = validate(Framework, tinyFramework);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('reports every problem of a bad framework, with its location, without throwing', () => {
    const bad = structuredClone(tinyFramework) as Record<string, unknown>;
    bad.version = 'one';
    (bad.dimensions as { indicators: { direction: number }[] }[])[0]!.indicators[0]!.direction = 0;
    bad.extra = true;
    const result = validate(Framework, bad, 'bad.json');
    expect(result.ok).toBe(false);
    const messages = result.issues.map((i) => i.message).join('\n');
    expect(messages).toContain('/version');
    expect(messages).toContain('/dimensions/0/indicators/0/direction');
    expect(messages).toContain('unknown property "extra"');
    expect(result.issues.every((i) => i.file === 'bad.json' && i.severity === 'error')).toBe(true);
  });

  it('rejects an issue without a message and a malformed cell address', () => {
    expect(validate(Issue, { severity: 'error', code: 'x', message: '' }).ok).toBe(false);
    expect(validate(Issue, { severity: 'error', code: 'x', message: 'm', cell: 'a1' }).ok).toBe(false);
    expect(validate(Issue, { severity: 'warning', code: 'x', message: 'm', cell: 'AB12' }).ok).toBe(true);
  });

  it('accepts a well-formed assessment result and rejects another schema version', () => {
    const result = {
      schemaVersion: '1.0',
      engine: { name: 'clusterlens', version: '0.1.0' },
      framework: { id: 'tiny', version: '1.0.0', label: text, headlineIndex: 'competitiveness' },
      method: {
        steps: [
          { step: 'measure', params: { sufficiency: { minAnswers: 3, minShare: 0.1 } }, engineVersion: '0.1.0' },
          { step: 'normalise', params: { method: 'goalposts', truncate: true, scale: 100 }, engineVersion: '0.1.0' },
          { step: 'aggregate', params: { method: 'arithmetic', minCoverage: 0.5 }, engineVersion: '0.1.0' },
          { step: 'benchmark', params: { ties: 'min' }, engineVersion: '0.1.0' },
        ],
        replayable: true,
      },
      clusters: [],
      issues: [],
    };
    expect(validate(AssessmentResult, result).ok).toBe(true);
    expect(validate(AssessmentResult, { ...result, schemaVersion: '2.0' }).ok).toBe(false);
    // a step outside the registry, or a parameter the step does not take, is not a method
    const steps = (extra: object) => ({ ...result, method: { ...result.method, steps: [...result.method.steps, extra] } });
    expect(validate(AssessmentResult, steps({ step: 'smooth', params: {}, engineVersion: '0.1.0' })).ok).toBe(false);
    expect(validate(AssessmentResult, steps({ step: 'treat', params: { skewness: 2, kurtosis: 3.5, maxPoints: 5, extra: 1 }, engineVersion: '0.1.0' })).ok).toBe(false);
    expect(validate(AssessmentResult, steps({ step: 'treat', params: { skewness: 2, kurtosis: 3.5, maxPoints: 5 }, engineVersion: '0.1.0' })).ok).toBe(true);
  });

  it('finds the parameters of the last step of a name', () => {
    const steps = [
      { step: 'normalise', params: { method: 'minmax' }, engineVersion: 'a' },
      { step: 'aggregate', params: { method: 'arithmetic', minCoverage: 0 }, engineVersion: 'a' },
      { step: 'normalise', params: { method: 'zscore' }, engineVersion: 'a' },
    ] as const;
    expect(stepParams(steps, 'normalise')).toEqual({ method: 'zscore' });
    expect(stepParams(steps, 'policy')).toBeUndefined();
  });

  it('reads a result of an earlier engine (another method record) as a baseline', () => {
    const old = {
      schemaVersion: '1.0',
      engine: { name: '@clusterlens/scoring', version: '0.1.0' },
      framework: { id: 'tiny', version: '1.0.0', label: text },
      method: { memberAggregation: 'framework-rules', normalisation: 'goalposts', truncate: true, aggregation: 'arithmetic', sufficiency: tinyFramework.sufficiency },
      clusters: [{ id: 'A', surveyYear: 2023, indices: [{ id: 'competitiveness', score: 50, rank: 1 }], dimensions: [], indicators: [{ id: 'rd', status: 'ok', value: 2.5 }] }],
      issues: [],
    };
    expect(validate(BaselineResult, old).issues).toEqual([]);
    expect(validate(BaselineResult, { ...old, clusters: [{ id: 'A' }] }).ok).toBe(false);
  });

  it.each(Object.keys(SCHEMAS))('published JSON file for %s matches the TypeBox source', async (name) => {
    const schema = SCHEMAS[name as keyof typeof SCHEMAS];
    const published = { $schema: 'http://json-schema.org/draft-07/schema#', $id: `https://clusterlens.dev/schema/${name}.json`, ...schema };
    await expect(JSON.stringify(published, null, 2) + '\n').toMatchFileSnapshot(`../json/${name}.json`);
  });
});
