import { AssessmentResult, localized, stepParams, validate, type Framework, type MethodOptions } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { assess, replay } from './assess.js';
import type { AssessInput } from './assess-input.js';
import { MESSAGES } from './messages/index.js';
import { clusterA, clusterB, clusterC, survey, tinyFramework, tinyPolicy } from './test-fixture.js';

const t = (en: string) => ({ en, zh: `${en}（中文）` });
// Dimension weights 2 : 1 under a group with its own (geometric) method, and a policy index on collaboration.
const framework: Framework = {
  ...tinyFramework,
  policyIndex: 'collaboration_index',
  groups: [{ id: 'G', label: t('Group'), components: [{ dimension: 'innovation', weight: 2 }, { dimension: 'collaboration', weight: 1 }], aggregation: 'geometric' }],
  indices: [...tinyFramework.indices, { id: 'top', label: t('Top'), components: [{ dimension: 'G', weight: 1 }] }],
};
const surveys = [clusterA, { ...clusterB, cluster: { ...clusterB.cluster, region: 'Jiaxing', industryCode: 'C17' } }, { ...clusterC, cluster: { ...clusterC.cluster, industryCode: 'C17' } }];
const input: AssessInput = { framework, surveys, engineVersion: 't', policy: tinyPolicy };
const lastYear = assess(input);
// Six clusters, one with an extreme R&D intensity, so that the outlier test is defined (≥ 4 values) and fails.
const extra = ['D', 'E', 'F'].map((id, k) => survey(id, [['up', 10, 2 + k * 0.1], ['core', 10, 2], ['down', 10, k === 2 ? 40 : 2.5]]));
const six: AssessInput = { ...input, surveys: [...surveys, ...extra] };

/** What results.json holds: the result after a trip through JSON. */
const written = (result: AssessmentResult): AssessmentResult => JSON.parse(JSON.stringify(result));

const OPTIONS: [string, MethodOptions, AssessInput?][] = [
  ['defaults', {}],
  ['goalposts without truncation', { normalise: { truncate: false } }],
  ['minmax on [10, 90]', { normalise: { method: 'minmax', range: [10, 90] } }],
  ['zscore (50, 10)', { normalise: { method: 'zscore', range: [50, 10] } }],
  ['prank', { normalise: { method: 'prank' } }],
  ['rank', { normalise: { method: 'rank' } }],
  ['dist2targ', { normalise: { method: 'dist2targ' } }],
  ['dist2max', { normalise: { method: 'dist2max' } }],
  ['geometric', { aggregate: { method: 'geometric' } }],
  ['harmonic', { aggregate: { method: 'harmonic' } }],
  ['mean imputation', { impute: { method: 'mean' } }],
  ['median imputation', { impute: { method: 'median' } }],
  ['group mean by region', { impute: { method: 'group_mean', groupBy: 'region' } }],
  ['group median by industry', { impute: { method: 'group_median', groupBy: 'industryCode' } }],
  ['outlier treatment', { treat: {} }],
  ['outlier thresholds', { treat: { skewness: 0.5, kurtosis: -2, maxPoints: 1 } }, six],
  ['member scores', { members: { minGroupSize: 3 } }],
  ['policy blend', { policy: { targetWeight: 0.6, uptakeWeight: 0.4 } }],
  ['sensitivity', { sensitivity: { draws: 40, seed: 9, weightFraction: 0.1, imputations: [null, { method: 'mean' }], normalisations: ['goalposts', 'minmax'], aggregations: ['arithmetic', 'harmonic'] } }],
  ['baseline', {}, { ...input, baseline: lastYear }],
  ['forced same-year baseline', { baseline: { force: true } }, { ...input, baseline: lastYear }],
  ['peer groups of 2 from the config', { benchmark: { minPeers: 2, peerGroups: { A: 'C17' } } }],
  ['action plan of at most 2', { actions: { maxActions: 2 } }],
  ['no action plan', { actions: false }],
  ['no policy', {}, { framework, surveys, engineVersion: 't' }],
];

describe('replay(result.method.steps, inputs) regenerates the result', () => {
  it.each(OPTIONS)('%s', (_name, options, given = input) => {
    const result = written(assess(given, options));
    expect(result.method.replayable).toBe(true);
    expect(replay(result.method.steps, given)).toEqual(result);
  });

  it('records each option in its step, so the replays above are of different methods', () => {
    const params = OPTIONS.map(([, options, given]) => JSON.stringify(assess(given ?? input, options).method.steps));
    expect(new Set(params).size).toBe(OPTIONS.length);
    // and the treatment case does treat: F's R&D intensity (10·2.2 + 10·2 + 10·40)/30 = 14.73 % is winsorised
    expect(assess(six, { treat: { skewness: 0.5, kurtosis: -2, maxPoints: 1 } }).clusters[5]!.log.filter((l) => l.step === 'outliers')).not.toEqual([]);
  });

  it('an edited log is another method: replay with a geometric aggregate step equals assess with geometric means', () => {
    const result = assess(input);
    const edited = result.method.steps.map((s) => (s.step === 'aggregate' ? { ...s, params: { ...s.params, method: 'geometric' as const } } : s));
    expect(replay(edited, input)).toEqual(assess(input, { aggregate: { method: 'geometric' } }));
    // A: innovation 50.5 (scores 56, 40, 50 with weights ½, ¼, ¼) → 56^½ · 40^¼ · 50^¼ = 50.073…
    const innovation = replay(edited, input).clusters[0]!.dimensions[0]!.score!;
    expect(innovation).toBeCloseTo(Math.sqrt(56) * 40 ** 0.25 * 50 ** 0.25, 10);
  });

  it('says when a parameter cannot be written to results.json, and then the written log indeed replays to something else', () => {
    const result = assess(input, { treat: { skewness: Infinity } });
    expect(result.method).toMatchObject({ replayable: false, reason: localized((lang) => MESSAGES[lang].issues.method_not_replayable({ number: 2, step: 'treat', path: '/params/skewness', value: 'Infinity' }).message) });
    // nor is the result itself valid JSON data: the schema, like JSON, has no Infinity
    expect(validate(AssessmentResult, result).issues.map((i) => i.message)).toContain('/method/steps/1/params/skewness: must be number');
    expect(stepParams(written(result).method.steps, 'treat')?.skewness).toBeNull();
  });
});
