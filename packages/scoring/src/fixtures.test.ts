// The one scoring test that reads the bundled workbooks (fixtures/clusters, through
// @clusterlens/survey): the regeneration holds on realistic data too, not only on the tiny fixture.
import { fileURLToPath } from 'node:url';
import { miit2022SmeClusters, vcmCluster } from '@clusterlens/models';
import type { AssessmentResult, ClusterSurvey, MethodOptions } from '@clusterlens/schema';
import { readSurveyWorkbookStream } from '@clusterlens/survey';
import { beforeAll, describe, expect, it } from 'vitest';
import { assess, replay } from './assess.js';
import type { AssessInput } from './assess-input.js';

const IDS = ['zhili-kidswear', 'shenzhen-electronics', 'packaging-valley'];
const written = (result: AssessmentResult): AssessmentResult => JSON.parse(JSON.stringify(result));
let input: AssessInput;

beforeAll(async () => {
  const surveys: ClusterSurvey[] = [];
  for (const id of IDS) {
    const file = new URL(`../../../fixtures/clusters/${id}.xlsx`, import.meta.url);
    surveys.push((await readSurveyWorkbookStream(fileURLToPath(file), { file: `${id}.xlsx`, framework: vcmCluster })).survey!);
  }
  input = { framework: vcmCluster, surveys, engineVersion: 'fixtures' };
});

describe('replay on the bundled fixtures', () => {
  it.each<[string, MethodOptions, boolean]>([
    ['the defaults', {}, false],
    ['every step, with the MIIT profile and last year as baseline', { impute: { method: 'median' }, treat: {}, normalise: { method: 'minmax' }, aggregate: { method: 'geometric' }, members: {}, sensitivity: { draws: 50, aggregations: ['arithmetic', 'geometric'] } }, true],
  ])('%s: replay(result.method.steps) deep-equals the written result', (_name, options, full) => {
    const given: AssessInput = full ? { ...input, policy: miit2022SmeClusters, baseline: assess(input) } : input;
    const result = written(assess(given, options));
    expect(result.clusters).toHaveLength(3);
    expect(result.method.replayable).toBe(true);
    expect(replay(result.method.steps, given)).toEqual(result);
  });
});
