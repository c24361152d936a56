// Every method option the schema allows, run by the engine (`assess`) and read back from the
// methodology: the appendix must name the method and its parameters, in English and Chinese.
// The expected sentences are written here by hand from the method definitions, not taken from
// the catalogue. Most cases read the doc definition; the last renders real PDFs.
import { AGGREGATION_METHODS, IMPUTATION_METHODS, NORMALISATION_METHODS, type AggregationMethod, type AssessmentResult, type ImputeParams, type Lang, type MethodOptions, type NormalisationMethod } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from '../cluster-report.js';
import { renderClusterReport } from '../render.js';
import { createContext } from '../context.js';
import { methodSteps } from '../methodology.js';
import { docText } from '../test-doc-text.js';
import { methodFramework, methodPolicy, methodResult, replayedResult } from '../test-fixture-method.js';
import { pdfText } from '../test-pdf-text.js';

const method = (result: AssessmentResult, lang: Lang, cluster = 'A'): string[] => docText({ content: methodSteps(createContext(result, cluster, lang)) });
type Expect = Record<Lang, string[]>;

function expectNames(result: AssessmentResult, expected: Expect): void {
  for (const lang of ['en', 'zh'] as const) {
    const text = method(result, lang).join(' ');
    for (const phrase of expected[lang]) expect(text, `${lang}: ${phrase}`).toContain(phrase);
  }
}

const NORMALISATIONS: Record<NormalisationMethod, [MethodOptions['normalise'], Expect][]> = {
  goalposts: [
    [{ method: 'goalposts' }, { en: ['a score from 0 to 100 on goalposts fixed in the framework', 'A value beyond a goalpost is capped at that goalpost, so it scores 0 or 100.'], zh: ['目标值区间换算为0–100分', '超出目标值区间的数值按所超出的限值截断，因此得0分或100分。'] }],
    [{ method: 'goalposts', truncate: false }, { en: ['Values beyond the goalposts are not capped, so scores may lie below 0 or above 100.'], zh: ['超出目标值区间的数值不作截断，得分可能低于0或高于100。'] }],
  ],
  // Surveys min-max onto [0, 100] unless a range is given.
  minmax: [
    [{ method: 'minmax' }, { en: ['(min–max)', 'so the lowest cluster scores 0 and the highest 100'], zh: ['按极差标准化（min–max）', '数值最低的集群得0分，最高的得100分'] }],
    [{ method: 'minmax', range: [1, 100] }, { en: ['× (100 − 1) + 1, so the lowest cluster scores 1 and the highest 100'], zh: ['数值最低的集群得1分，最高的得100分'] }],
  ],
  zscore: [
    [{ method: 'zscore' }, { en: ['(z-score)', 'so the scores have mean 0 and standard deviation 1'], zh: ['标准化为Z分数', '得分的均值为0、标准差为1'] }],
    [{ method: 'zscore', range: [50, 10] }, { en: ['× 10 + 50', 'so the scores have mean 50 and standard deviation 10'], zh: ['得分的均值为50、标准差为10'] }],
  ],
  prank: [[{ method: 'prank' }, { en: ['percentile rank', '(rank − 1) / (number of clusters with a value − 1) × 100'], zh: ['百分位排名', '（名次 − 1）÷（有数值的集群数 − 1）× 100'] }]],
  rank: [[{ method: 'rank' }, { en: ['becomes a rank among the clusters of this assessment: the lowest value gets rank 1'], zh: ['换算为在本次评估集群中的名次：最低值为1'] }]],
  dist2targ: [[{ method: 'dist2targ' }, { en: ['distance to a target', 'capped at 100', 'the indicator’s own target in the framework'], zh: ['按与目标值的距离评分', '最高为100分'] }]],
  dist2max: [[{ method: 'dist2max' }, { en: ['distance to the best cluster', 'the highest value of the clusters of this assessment scores 100'], zh: ['按与最佳集群的距离评分'] }]],
};

const AGGREGATIONS: Record<AggregationMethod, Expect> = {
  arithmetic: { en: ['weighted arithmetic means, Σ w·x / Σ w'], zh: ['加权算术平均 Σ w·x ÷ Σ w'] },
  geometric: { en: ['weighted geometric means, exp(Σ w·ln x / Σ w)', 'a part scoring 0 makes the whole 0'], zh: ['加权几何平均 exp(Σ w·ln x ÷ Σ w)'] },
  harmonic: { en: ['weighted harmonic means, Σ w / Σ (w / x)'], zh: ['加权调和平均 Σ w ÷ Σ (w ÷ x)'] },
};

const IMPUTATIONS: Record<ImputeParams['method'], [ImputeParams, Expect]> = {
  mean: [{ method: 'mean' }, { en: ['replaced by the mean of the clusters of this assessment that have a value'], zh: ['以本次评估中有数值的集群的均值替代'] }],
  median: [{ method: 'median' }, { en: ['replaced by the median of the clusters of this assessment that have a value'], zh: ['有数值的集群的中位数替代'] }],
  group_mean: [{ method: 'group_mean', groupBy: 'region' }, { en: ['the mean of the clusters of this assessment with the same region'], zh: ['地区相同且有数值的集群的均值替代'] }],
  group_median: [{ method: 'group_median', groupBy: 'industryCode' }, { en: ['the median of the clusters of this assessment with the same industry code'], zh: ['行业代码相同且有数值的集群的中位数替代'] }],
};

describe('the methodology names every method the schema allows, with its parameters', () => {
  it.each(NORMALISATION_METHODS.flatMap((m) => NORMALISATIONS[m].map(([options, expected]) => [m, options, expected] as const)))('normalisation %s %j', (_, options, expected) => {
    expectNames(methodResult({ normalise: options }), expected);
  });

  it.each(AGGREGATION_METHODS.map((m) => [m, AGGREGATIONS[m]] as const))('aggregation %s, with minCoverage', (m, expected) => {
    expectNames(methodResult({ aggregate: { method: m } }), { en: [...expected.en, 'carry at least 50% of its weight'], zh: [...expected.zh, '至少占维度或指数权重的50%'] });
  });

  it('names per-parent methods and custom weights', () => {
    const framework = { ...methodFramework, dimensions: methodFramework.dimensions.map((d) => (d.id === 'collaboration' ? { ...d, aggregation: 'geometric' as const } : d)) };
    expectNames(methodResult({}, { framework }), { en: ['their own method: collaboration Collaboration, geometric mean.'], zh: ['collaboration 协作采用几何平均'] });
    const steps = methodResult({}).method.steps.map((s) => (s.step === 'aggregate' ? { ...s, params: { ...s.params, weights: { competitiveness: { innovation: 3, collaboration: 0.5 } } } } : s));
    expectNames(replayedResult(steps), {
      en: ['These weights replace the framework’s: innovation Innovation in Competitiveness index, 3; collaboration Collaboration in Competitiveness index, 0.5.'],
      zh: ['竞争力指数中的innovation 创新为3；竞争力指数中的collaboration 协作为0.5'],
    });
  });

  it('states the sufficiency rule with the run’s numbers', () => {
    // The mini framework: at least 2 answers and 25 % of the respondents.
    expectNames(methodResult({}), { en: ['at least 2 members answered it', 'at least 25% of the respondents'], zh: ['至少2家填报主体作答', '不低于25%'] });
  });

  it.each(IMPUTATION_METHODS.map((m) => [m, ...IMPUTATIONS[m]] as const))('imputation %s', (_, impute, expected) => {
    expectNames(methodResult({ impute }), expected);
  });

  it('lists the value imputed for cluster C, and says when a grouped imputation has no groups', () => {
    // C has one trust answer (2 needed); the mean of A (4 + 3 + 5 + 2)/4 = 3.5 and B (5 + 4 + 4)/3 = 4.333 is 3.917.
    const result = methodResult({ impute: { method: 'mean' } });
    expect(docText(buildClusterReport(result, 'C', { lang: 'en' }))).toContain('Trust: missing; imputed as 3.9 points (mean of the clusters).');
    expect(docText(buildClusterReport(result, 'C', { lang: 'zh' }))).toContain('Trust（中文）：数值缺失，按集群均值插补为3.9分。');
    expectNames(methodResult({ impute: { method: 'group_mean' } }), { en: ['No attribute to group the clusters by was given, so no value is imputed.'], zh: ['未指定用于分组的属性，因此没有插补任何数值。'] });
  });

  it('states the outlier test and its limits', () => {
    expectNames(methodResult({ treat: {} }), { en: ['skewness of its values is at least 2 and their kurtosis at least 3.5', 'up to 5 values'], zh: ['偏度的绝对值不低于2且峰度不低于3.5', '最多处理5个数值'] });
    expectNames(methodResult({ treat: { skewness: 1.5, kurtosis: 2.25, maxPoints: 1 } }), { en: ['at least 1.5 and their kurtosis at least 2.25', 'up to one value'], zh: ['不低于1.5且峰度不低于2.25', '最多处理1个数值'] });
  });

  it('states the member group size', () => {
    expectNames(methodResult({ members: { minGroupSize: 7 } }), { en: ['published only over at least 7 members'], zh: ['至少7家填报主体有得分时公布'] });
  });

  it('gives the policy blend with its true weights, and how weights that do not sum to 1 combine', () => {
    const head = { en: ['against the profile Mini policy (mini-policy@2).', 'linear partial credit', 'at least 50% of the profile’s weight'], zh: ['对照政策方案“迷你政策”（mini-policy@2）衡量', '线性部分得分'] };
    expectNames(methodResult({}, { policy: methodPolicy }), {
      // The uptake is named by the index's own part, the framework's one dimension under it.
      en: [...head.en, 'The Policy uptake index is 0.75 × target attainment + 0.25 × policy uptake, the uptake being the score of the Policy uptake index’s own parts, collaboration Collaboration.'],
      zh: [...head.zh, '政策使用指数 = 0.75 × 目标达成度 + 0.25 × 政策使用度，其中政策使用度为政策使用指数自身组成部分（collaboration 协作）的得分。'],
    });
    // 0.8 + 0.3 = 1.1: shares 0.8/1.1 = 72.7 % and 0.3/1.1 = 27.3 %.
    expectNames(methodResult({ policy: { targetWeight: 0.8, uptakeWeight: 0.3 } }, { policy: methodPolicy }), {
      en: ['(0.8 × target attainment + 0.3 × policy uptake) / 1.1', 'so target attainment counts 72.7% and uptake 27.3%'],
      zh: ['（0.8 × 目标达成度 + 0.3 × 政策使用度）÷ 1.1', '目标达成度占72.7%，政策使用度占27.3%'],
    });
    const { policyIndex: _, ...noUptake } = methodFramework;
    expectNames(methodResult({}, { framework: noUptake, policy: methodPolicy }), {
      en: ['The framework has no index for policy uptake', 'of the weights 0.75 (targets) and 0.25 (uptake), only the targets’ share, 75%, has a value'],
      zh: ['评估框架没有衡量政策使用度的指数', '只有目标部分（占75%）有数值'],
    });
  });

  it('states the tie rule of the ranks', () => {
    expectNames(methodResult({}), { en: ['as R’s rank with ties “min” (COINr)'], zh: ['rank函数的“min”并列规则'] });
  });

  it('states the peer-group rule with its least size, and that ranks are among all clusters', () => {
    expectNames(methodResult({ benchmark: { minPeers: 4 } }), {
      // No baseline and no store history: the goalposts alone.
      en: ['Ranks and percentiles are among all clusters of this assessment', 'where the group has at least 4 clusters', 'is compared with the goalposts instead'],
      zh: ['排名和百分位均在本次评估的全部集群', '至少须有4个集群', '改为与目标值区间比较'],
    });
  });

  it('names the baseline and whether this cluster’s changes are comparable', () => {
    const last = methodResult({});
    const lastYear = { ...last, clusters: last.clusters.map((c) => ({ ...c, surveyYear: 2023 })) };
    expectNames(methodResult({}, { baseline: lastYear }), {
      en: ['computed with the framework mini@1.0.0 by @clusterlens/scoring@test', 'A score is compared only where it is comparable', 'This cluster is compared with its 2023 assessment.', 'Both use the framework mini@1.0.0, so the scores are comparable.'],
      zh: ['本集群与其2023年的评估结果相比较。', '两者采用同一评估框架 mini@1.0.0'],
    });
    const older = { ...lastYear, framework: { ...lastYear.framework, version: '0.9.0' } };
    expectNames(methodResult({}, { baseline: older }), {
      en: ['framework mini@0.9.0', 'another framework or framework version than this assessment (mini@1.0.0), so no score or value is compared', 'Not compared with 2023:'],
      zh: ['与本次评估（mini@1.0.0）不同，因此不比较任何得分或数值', '未与2023年比较：'],
    });
    const withoutA = { ...lastYear, clusters: lastYear.clusters.filter((c) => c.id !== 'A') };
    expectNames(methodResult({}, { baseline: withoutA }), { en: ['This cluster is not in the earlier result'], zh: ['先前的结果中没有本集群'] });
  });

  it('states the draws, the seed and what the sensitivity analysis varied', () => {
    const sensitivity = { draws: 20, seed: 7, weightFraction: 0.1, imputations: [null, { method: 'mean' as const }], normalisations: ['goalposts', 'minmax'] as NormalisationMethod[], aggregations: ['arithmetic', 'geometric'] as AggregationMethod[], targets: ['competitiveness'] };
    expectNames(methodResult({ sensitivity }), {
      en: [
        'from 20 Monte Carlo draws with seed 7',
        'a random factor between 0.9 and 1.1 (±10%)',
        'The imputation is drawn at random from: none; mean of the clusters.',
        'The normalisation is drawn at random from: goalposts, capped; min–max to 0–100.',
        'The aggregation is drawn at random from: arithmetic mean; geometric mean.',
        'Reported for Competitiveness index:',
      ],
      zh: ['20次蒙特卡洛抽样估计，随机种子为7', '0.9至1.1之间的随机系数（±10%）', '不插补；集群均值', '目标值区间（截断）；极差标准化至0–100', '算术平均；几何平均', '对竞争力指数报告'],
    });
    expectNames(methodResult({ sensitivity: { draws: 5, weightFraction: 0 } }), {
      en: ['The weights are not varied.', 'The normalisation is the same in every draw: goalposts, capped.', 'Reported for Competitiveness index and Policy uptake index:'],
      zh: ['权重保持不变。', '每次抽样的标准化方法相同：目标值区间（截断）。'],
    });
    // No imputation ran, so the analysis has no imputation to keep or vary.
    for (const lang of ['en', 'zh'] as const) expect(method(methodResult({ sensitivity: { draws: 5 } }), lang).join(' ')).not.toMatch(/imputation|插补/u);
    expectNames(methodResult({ impute: { method: 'mean' }, sensitivity: { draws: 5 } }), { en: ['The imputation is not varied.'], zh: ['缺失值插补保持不变。'] });
  });

  it('names by their numbers only the steps that the action plan runs again, never one that did not run', () => {
    // measure 1, normalise 2, aggregate 3, policy 4, actions 5: the what-if runs 2 to 4 again.
    const plain = methodResult({}, { policy: methodPolicy });
    expectNames(plain, { en: ['steps 2, 3 and 4 above are run again with their parameters'], zh: ['按原参数重新运行上文第2、3和4步'] });
    for (const lang of ['en', 'zh'] as const) expect(method(plain, lang).join(' ')).not.toMatch(/imputation|插补/u);
    // With imputation and outlier treatment (steps 2 and 3) those run again too; member scores (7) do not.
    expectNames(methodResult({ impute: { method: 'mean' }, treat: {}, members: {} }, { policy: methodPolicy }), {
      en: ['steps 2, 3, 4, 5 and 7 above are run again'],
      zh: ['按原参数重新运行上文第2、3、4、5和7步'],
    });
  });

  it('says that without a policy profile the policy index is its own dimension alone', () => {
    expectNames(methodResult({}), {
      en: ['No policy profile was given for this assessment, so the policy uptake index holds no policy targets: it is the score of collaboration Collaboration alone.'],
      zh: ['本次评估未指定政策方案，因此政策使用指数不含政策目标，仅为collaboration 协作的得分。'],
    });
    for (const lang of ['en', 'zh'] as const) expect(method(methodResult({}, { policy: methodPolicy }), lang).join(' ')).not.toMatch(/No policy profile|未指定政策方案/u);
  });

  it('says when the record cannot regenerate the result', () => {
    expectNames(methodResult({ treat: { skewness: Number.POSITIVE_INFINITY } }), { en: ['The record cannot regenerate the results exactly: '], zh: ['该记录无法精确重现结果：'] });
  });
});

describe('the methodology in the PDF', () => {
  it('prints z-scores, geometric means and a 0.8 / 0.3 policy blend as run, in both languages', async () => {
    const result = methodResult({ normalise: { method: 'zscore', range: [50, 10] }, aggregate: { method: 'geometric' }, policy: { targetWeight: 0.8, uptakeWeight: 0.3 } }, { policy: methodPolicy });
    const flat = async (lang: Lang) => (await pdfText(await renderClusterReport(result, 'A', { lang }))).text.replace(/\s+/gu, lang === 'en' ? ' ' : '');
    const en = await flat('en');
    for (const phrase of ['so the scores have mean 50 and standard deviation 10', 'weighted geometric means, exp(Σ w·ln x / Σ w)', '(0.8 × target attainment + 0.3 × policy uptake) / 1.1', 'combines target attainment (weight 0.8) and policy uptake (weight 0.3)']) {
      expect(en, phrase).toContain(phrase);
    }
    expect(en).not.toContain('goalposts fixed in the framework');
    expect(en).not.toContain('arithmetic');
    // The summary and bands follow the z-scores, not a 0–100 scale.
    expect(en).toContain('as a z-score (50 is the average of the clusters assessed, 10 one standard deviation)');
    expect(en).not.toContain('out of 100');
    expect(en).toContain('No status bands');
    const zh = await flat('zh');
    for (const phrase of ['得分的均值为50、标准差为10', '加权几何平均exp(Σw·lnx÷Σw)', '（0.8×目标达成度+0.3×政策使用度）÷1.1', '目标达成度（权重0.8）和政策使用度（权重0.3）']) expect(zh, phrase).toContain(phrase);
    expect(zh).toContain('（Z分数：50为参评集群的平均水平，10为一个标准差）');
    expect(zh).not.toContain('满分100分');
  }, 60_000);
});
