// Grammar and plural table of the methodology appendix (`m.steps`) and the peers section
// (`m.peers`): every text of both catalogues, called with edge values (1 and many; equal and
// different rank bounds; one and several list items), in both languages, must read as a sentence
// (or, for names, headings and list items, as a clean phrase). The table mirrors the catalogues
// leaf by leaf: a text added to either without a row here fails the first test, so an unknown
// case never reaches the page.
import { describe, expect, it } from 'vitest';
import type { Lang } from '@clusterlens/schema';
import { messagesFor, type Messages } from './messages/index.js';
import { checkPhrases, checkSentences } from './test-sentence-rules.js';

interface Row {
  kind: 'sentence' | 'phrase';
  cases: (m: Messages) => string[];
}
type Table = { [key: string]: Row | Table };

const S = (cases: Row['cases']): Row => ({ kind: 'sentence', cases });
const P = (cases: Row['cases']): Row => ({ kind: 'phrase', cases });
const isRow = (x: Row | Table): x is Row => typeof (x as Row).cases === 'function';

const COUNTS = ['1', '2', '5', '1,000'];
const RANKS = ['1', '2', '3', '11', '22'];
const WORDS = { scale: '100', lower: '0', upper: '100', mean: '0', sd: '1' };
const zh = (m: Messages) => m === messagesFor('zh');
const lists = (m: Messages, items: string[]) => [m.joinList(items.slice(0, 1)), m.joinList(items)];
const each = <K extends string, V>(record: Record<K, V>, f: (v: V, k: K) => string[]): string[] => (Object.entries(record) as [K, V][]).flatMap(([k, v]) => f(v, k));
const index = (m: Messages) => (zh(m) ? '政策协同指数' : 'Policy alignment index');
/** What a sensitivity analysis varied: the weights alone, one method choice alone, everything. */
const VARIED = (m: Messages) => {
  const v = m.steps.sensitivity.varied;
  const weights = v.weights({ fraction: '25%' });
  return [weights, v.normalisation, m.joinList([weights, v.imputation, v.normalisation, v.aggregation])];
};

const STEPS: Table = {
  intro: S((m) => COUNTS.map((count) => m.steps.intro({ count, engine: 'ClusterLens', version: '1.4.0' }))),
  notReplayable: S((m) => [m.steps.notReplayable({ reason: zh(m) ? '基期为强制指定' : 'the baseline was forced' })]),
  title: P((m) => Object.values(m.steps.title)),
  measure: S((m) => ['1', '3'].map((minAnswers) => m.steps.measure({ minAnswers, minShare: '10%' }))),
  impute: {
    method: S((m) => each(m.steps.impute.method, (f) => [m.steps.impute.group.region, m.steps.impute.attribute({ name: 'province' })].map((group) => f({ group })))),
    name: P((m) => Object.values(m.steps.impute.name)),
    group: P((m) => Object.values(m.steps.impute.group)),
    attribute: P((m) => [m.steps.impute.attribute({ name: 'province' })]),
    grouped: P((m) => [m.steps.impute.grouped({ name: m.steps.impute.name.group_mean, group: m.steps.impute.group.industryCode })]),
    noGroup: S((m) => [m.steps.impute.noGroup]),
    flagged: S((m) => [m.steps.impute.flagged]),
  },
  treat: S((m) => ['1', '5'].map((maxPoints) => m.steps.treat({ skewness: '2', kurtosis: '3.5', maxPoints }))),
  normalise: {
    method: S((m) => each(m.steps.normalise.method, (f) => [f(WORDS)])),
    name: P((m) => each(m.steps.normalise.name, (f) => [true, false].map((truncate) => f({ ...WORDS, truncate })))),
    brief: S((m) => each(m.steps.normalise.brief, (f) => [f(WORDS)])),
    truncate: S((m) => [true, false].map((truncate) => m.steps.normalise.truncate({ truncate, scale: '100' }))),
    lowerIsBetter: S((m) => [m.steps.normalise.lowerIsBetter]),
    undefinedScores: S((m) => [m.steps.normalise.undefinedScores]),
  },
  aggregate: {
    method: P((m) => Object.values(m.steps.aggregate.method)),
    name: P((m) => Object.values(m.steps.aggregate.name)),
    hierarchy: S((m) => each(m.steps.aggregate.method, (means) => [m.steps.aggregate.hierarchy({ means })])),
    minCoverage: S((m) => [m.steps.aggregate.minCoverage({ minCoverage: '50%' })]),
    overrides: S((m) => {
      const items = [m.steps.aggregate.override({ parent: 'D1', method: m.steps.aggregate.name.geometric }), m.steps.aggregate.override({ parent: 'D2', method: m.steps.aggregate.name.harmonic })];
      return [items.slice(0, 1), items].map((some) => m.steps.aggregate.overrides({ list: some.join(m.listSeparator) }));
    }),
    override: P((m) => [m.steps.aggregate.override({ parent: 'D1', method: m.steps.aggregate.name.geometric })]),
    weights: S((m) => [m.steps.aggregate.weights({ list: [m.steps.aggregate.weight({ parent: 'D1', child: 'I1', weight: '2' }), m.steps.aggregate.weight({ parent: 'D1', child: 'I2', weight: '0.5' })].join(m.listSeparator) })]),
    weight: P((m) => [m.steps.aggregate.weight({ parent: 'D1', child: 'I1', weight: '2' })]),
    policyIndexAlone: S((m) => lists(m, zh(m) ? ['D8 政策使用度', 'D9 政策知晓度'] : ['D8 Policy uptake', 'D9 Policy awareness']).map((components, k) => m.steps.aggregate.policyIndexAlone({ index: m.inSentence(index(m)), components, count: String(k + 1) }))),
  },
  members: S((m) => ['1', '5'].map((minGroupSize) => m.steps.members({ minGroupSize }))),
  actions: S((m) => ['1', '5'].flatMap((maxActions) => lists(m, ['2', '3', '5']).map((steps, k) => m.steps.actions({ maxActions, steps, count: k === 0 ? '1' : '3' })))),
  actionField: P((m) => Object.values(m.steps.actionField)),
  ...Object.fromEntries(
    (['actionsGiven', 'actionsSome', 'actionsNone'] as const).map((key) => [
      key,
      S((m) => [['actor'], ['actor', 'horizon'], ['measure', 'actor', 'horizon']].map((fields) => m.steps[key]({ list: m.joinList(fields.map((x) => m.steps.actionField[x as 'actor'])) }))),
    ]),
  ),
  policy: {
    profile: S((m) => [m.steps.policy.profile({ profile: zh(m) ? '工信部2022年中小企业特色产业集群' : 'MIIT 2022 SME characteristic industrial clusters', id: 'miit-2022-sme-clusters' })]),
    partialCredit: S((m) => Object.values(m.steps.policy.partialCredit)),
    strictTargets: S((m) => [m.steps.policy.strictTargets]),
    targets: S((m) => [m.steps.policy.targets({ minCoverage: '50%' })]),
    blend: S((m) => [m.steps.policy.blend({ index: index(m), targetWeight: '0.6', uptakeWeight: '0.4', components: zh(m) ? 'D8 政策使用度' : 'D8 Policy uptake' })]),
    blendScaled: S((m) => [m.steps.policy.blendScaled({ index: index(m), targetWeight: '3', uptakeWeight: '1', sum: '4', targetShare: '75%', uptakeShare: '25%', components: zh(m) ? 'D8 政策使用度' : 'D8 Policy uptake' })]),
    missingPart: S((m) => [m.steps.policy.missingPart({ minCoverage: '50%' })]),
    noUptake: S((m) => [m.steps.policy.noUptake({ targetWeight: '0.6', uptakeWeight: '0.4', targetShare: '60%', minCoverage: '50%' })]),
    alignmentScore: P((m) => [m.steps.policy.alignmentScore]),
    rates: S((m) => lists(m, [m.steps.policy.rate({ from: 'EUR', to: 'CNY', rate: '7.8' }), m.steps.policy.rate({ from: 'USD', to: 'CNY', rate: '7.1' })]).map((list) => m.steps.policy.rates({ list }))),
    rate: P((m) => [m.steps.policy.rate({ from: 'EUR', to: 'CNY', rate: '7.8' })]),
    noRates: S((m) => [m.steps.policy.noRates]),
  },
  benchmark: {
    min: S((m) => [m.steps.benchmark.min]),
    peers: S((m) => ['2', '5'].flatMap((minPeers) => Object.values(m.comparison.against).map((against) => m.steps.benchmark.peers({ minPeers, against })))),
    config: S((m) => [m.steps.benchmark.config]),
  },
  baseline: {
    source: S((m) => [m.steps.baseline.source({ framework: 'vcm-cluster 1.0.0', engine: 'ClusterLens 1.4.0' })]),
    cluster: S((m) => [m.steps.baseline.cluster({ year: '2024' })]),
    absent: S((m) => [m.steps.baseline.absent]),
    comparable: S((m) => [m.steps.baseline.comparable({ framework: 'vcm-cluster 1.0.0' })]),
    comparableExcept: S((m) => [m.steps.baseline.comparableExcept({ framework: 'vcm-cluster 1.0.0' })]),
    noneCompared: S((m) => [m.steps.baseline.noneCompared({ framework: 'vcm-cluster 1.0.0' })]),
    mismatch: S((m) => [m.steps.baseline.mismatch({ framework: 'vcm-cluster 1.0.0' })]),
    rule: S((m) => [m.steps.baseline.rule]),
    forced: S((m) => [m.steps.baseline.forced]),
  },
  sensitivity: {
    draws: S((m) => COUNTS.map((draws) => m.steps.sensitivity.draws({ draws, seed: '42' }))),
    weights: S((m) => [m.steps.sensitivity.weights({ fraction: '25%', low: '0.75', high: '1.25' })]),
    weightsFixed: S((m) => [m.steps.sensitivity.weightsFixed]),
    drawn: S((m) => each(m.steps.sensitivity.what, (what) => lists(m, [m.steps.normalise.name.goalposts({ ...WORDS, truncate: true }), m.steps.normalise.name.minmax({ ...WORDS, truncate: true })]).map((list) => m.steps.sensitivity.drawn({ what, list })))),
    fixed: S((m) => each(m.steps.sensitivity.what, (what) => [m.steps.sensitivity.fixed({ what, choice: m.steps.sensitivity.noImputation }), m.steps.sensitivity.fixed({ what, choice: m.steps.aggregate.name.arithmetic })])),
    imputationAsRun: S((m) => [m.steps.sensitivity.imputationAsRun]),
    noImputation: P((m) => [m.steps.sensitivity.noImputation]),
    what: P((m) => Object.values(m.steps.sensitivity.what)),
    summary: S((m) => lists(m, [index(m), zh(m) ? '竞争力指数' : 'Competitiveness index']).map((targets) => m.steps.sensitivity.summary({ targets }))),
    varied: {
      weights: P((m) => [m.steps.sensitivity.varied.weights({ fraction: '25%' })]),
      imputation: P((m) => [m.steps.sensitivity.varied.imputation]),
      normalisation: P((m) => [m.steps.sensitivity.varied.normalisation]),
      aggregation: P((m) => [m.steps.sensitivity.varied.aggregation]),
    },
  },
};

const PEERS: Table = {
  // The peers section appears only for a run of two clusters or more.
  intro: S((m) => ['2', '3', '34'].map((count) => m.peers.intro({ count }))),
  others: P((m) => [m.peers.others]),
  interval: P((m) => [m.peers.interval]),
  withInterval: P((m) => RANKS.flatMap((lo) => RANKS.filter((hi) => Number(hi) >= Number(lo)).map((hi) => m.peers.withInterval({ rank: m.rankCell({ rank: lo, total: '34' }), span: m.rankSpan({ lo, hi }) })))),
  sensitivity: S((m) =>
    VARIED(m).flatMap((varied) =>
      RANKS.flatMap((lo) => RANKS.filter((hi) => Number(hi) >= Number(lo)).map((hi) => m.peers.sensitivity({ index: index(m), median: lo, lo, hi, total: '34', varied }))).concat([m.peers.sensitivity({ index: index(m), median: '1.5', lo: '1', hi: '2', total: '2', varied })]),
    ),
  ),
  tableRanked: S((m) => ['1', '5'].map((count) => m.peers.tableRanked({ index: index(m), count }))),
  tableTop: S((m) => ['1', '5'].map((count) => m.peers.tableTop({ index: index(m), count }))),
  rankHead: P((m) => [m.peers.rankHead]),
  rankHeadInterval: P((m) => [m.peers.rankHeadInterval]),
};

/** Every path of texts in a catalogue part: a function or a string, not a record of them. */
function leafPaths(part: object, prefix = ''): string[] {
  return Object.entries(part).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function' || typeof value === 'string') return [path];
    return leafPaths(value as object, `${path}.`);
  });
}

/** The table's rows with their paths; a row may stand for a whole record of texts (`title`, `impute.method`). */
function tableRows(table: Table, prefix = ''): [string, Row][] {
  return Object.entries(table).flatMap(([key, value]) => (isRow(value) ? [[`${prefix}${key}`, value] as [string, Row]] : tableRows(value, `${prefix}${key}.`)));
}

const covered = (table: Table, leaf: string) => tableRows(table).some(([path]) => leaf === path || leaf.startsWith(`${path}.`));

describe('the grammar and plural table of the methodology and the peers', () => {
  for (const [name, table, part] of [['steps', STEPS, (m: Messages) => m.steps], ['peers', PEERS, (m: Messages) => m.peers]] as const) {
    it(`has a row for every text of m.${name}, and none for a text that is gone`, () => {
      for (const lang of ['en', 'zh'] as const) {
        const leaves = leafPaths(part(messagesFor(lang)));
        expect(leaves.filter((leaf) => !covered(table, leaf)), lang).toEqual([]);
        expect(tableRows(table).filter(([path]) => !leaves.some((leaf) => leaf === path || leaf.startsWith(`${path}.`))).map(([path]) => path)).toEqual([]);
      }
    });
  }

  for (const lang of ['en', 'zh'] as const satisfies readonly Lang[]) {
    it(`prints every edge case as a clean sentence or phrase in ${lang}`, () => {
      const m = messagesFor(lang);
      for (const [path, row] of [...tableRows(STEPS, 'steps.'), ...tableRows(PEERS, 'peers.')]) {
        const texts = row.cases(m);
        expect(texts.length, path).toBeGreaterThan(0);
        (row.kind === 'sentence' ? checkSentences : checkPhrases)(lang, texts);
      }
    });
  }

  it('fails a text the rules forbid (the table can catch a bad case)', () => {
    expect(() => checkSentences('en', ['It ranks between 2 and 2.'])).toThrow(/a range of one value/u);
    expect(() => checkSentences('en', ['The 1 targets are listed.'])).toThrow(/plural/u);
    expect(() => checkPhrases('zh', ['排名(1–3)'])).toThrow(/half-width/u);
  });
});
