import { describe, expect, it } from 'vitest';
import { regen } from '../coin/regen.js';
import { cellAddress, parseCell, type CsvTable } from './csv-cells.js';
import { replayTables, scoreIndexTables } from './score-tables.js';

const csv = (file: string, text: string): CsvTable => ({ file, rows: text.trim().split('\n').map((line) => line.split(',')) });

// A hand-made three-level table: indicators a, b (↓) → pillar P; c (weight 2) → pillar Q; P, Q → Idx.
const META = csv(
  'meta.csv',
  `Level,iCode,iName,Direction,Weight,Unit,Target,Parent,Type
1,a,A,1,1,,10,P,Indicator
1,b,B,-1,1,,,P,Indicator
1,c,C,1,2,,,Q,Indicator
2,P,Pillar P,,1,,,Idx,Aggregate
2,Q,Pillar Q,,1,,,Idx,Aggregate
3,Idx,Index,,1,,,,Aggregate
,grp,Group column,,,,,,Group`,
);
const DATA = csv(
  'data.csv',
  `uCode,uName,grp,a,b,c
U1,One,x,0,10,5
U2,Two,x,5,20,
U3,Three,y,10,30,15`,
);

const V = { engineVersion: 't' };
const scores = (rows: ReturnType<typeof scoreIndexTables>['rows'], code: string) => rows.filter((r) => r.iCode === code).map((r) => r.score);
const ranks = (rows: ReturnType<typeof scoreIndexTables>['rows'], code: string) => rows.filter((r) => r.iCode === code).map((r) => r.rank);

describe('scoreIndexTables — hand-calculated', () => {
  it('minmax [0, 1] and arithmetic mean up three levels', () => {
    const { rows, issues } = scoreIndexTables({ meta: META, data: DATA }, V);
    expect(issues).toEqual([]);
    // 6 codes (the Group row is ignored) × 3 units, codes in META order, units in DATA order
    expect(rows).toHaveLength(18);
    expect(rows[0]).toEqual({ uCode: 'U1', iCode: 'a', level: 1, score: 0, rank: 3 });
    // a: (x − 0)/10 → 0, 0.5, 1 ; b is ↓: −10, −20, −30 → 1, 0.5, 0 ; c: 5, –, 15 → 0, missing, 1
    expect(scores(rows, 'b')).toEqual([1, 0.5, 0]);
    expect(scores(rows, 'c')).toEqual([0, null, 1]);
    // P = (a + b)/2 = 0.5 for everyone → all tie at rank 1 ; Q = c
    expect(scores(rows, 'P')).toEqual([0.5, 0.5, 0.5]);
    expect(ranks(rows, 'P')).toEqual([1, 1, 1]);
    // Idx = (P + Q)/2: U1 (0.5 + 0)/2 = 0.25 ; U2 Q missing → P alone 0.5 ; U3 (0.5 + 1)/2 = 0.75
    expect(scores(rows, 'Idx')).toEqual([0.25, 0.5, 0.75]);
    expect(ranks(rows, 'Idx')).toEqual([3, 2, 1]);
    expect(ranks(rows, 'c')).toEqual([2, null, 1]);
  });

  it('replaces META weights from W', () => {
    const weights = csv('w.csv', 'iCode,Weight\na,3');
    // P = (3a + b)/4: U1 (0 + 1)/4 = 0.25 ; U2 (1.5 + 0.5)/4 = 0.5 ; U3 (3 + 0)/4 = 0.75
    expect(scores(scoreIndexTables({ meta: META, data: DATA, weights }, V).rows, 'P')).toEqual([0.25, 0.5, 0.75]);
  });

  it('zscore with (mean, sd), geometric mean, distance to target', () => {
    // a: mean 5, sd √((25 + 0 + 25)/2) = 5 → −1, 0, 1 → with (50, 10): 40, 50, 60
    expect(scores(scoreIndexTables({ meta: META, data: DATA }, { ...V, normalise: { method: 'zscore', range: [50, 10] } }).rows, 'a')).toEqual([40, 50, 60]);
    // minmax [1, 2]: a 1, 1.5, 2 ; b 2, 1.5, 1 → P geometric: √2, √2.25 = 1.5, √2
    const g = scoreIndexTables({ meta: META, data: DATA }, { ...V, normalise: { range: [1, 2] }, aggregate: { method: 'geometric' } }).rows;
    expect(scores(g, 'P')).toEqual([expect.closeTo(Math.SQRT2, 12), 1.5, expect.closeTo(Math.SQRT2, 12)]);
    // target of a is 10, min 0: 1 − (10 − x)/10
    expect(scores(scoreIndexTables({ meta: META, data: DATA }, { ...V, normalise: { method: 'dist2targ' } }).rows, 'a')).toEqual([0, 0.5, 1]);
  });

  it('records a replayable log: replay rebuilds the same scores, an edited log others', () => {
    const out = scoreIndexTables({ meta: META, data: DATA }, V);
    const coin = out.coin!;
    expect(coin.log).toEqual([
      { step: 'normalise', params: { method: 'minmax' }, engineVersion: 't' },
      { step: 'aggregate', params: { method: 'arithmetic', minCoverage: 0 }, engineVersion: 't' },
      { step: 'benchmark', params: { ties: 'min' }, engineVersion: 't' },
    ]);
    expect(replayTables(JSON.parse(JSON.stringify(coin.log)), { meta: META, data: DATA }, V)).toEqual(out);
    expect(regen(coin)).toEqual(coin);
    const geometric = regen(coin, (log) => log.map((s) => (s.step === 'aggregate' ? { ...s, params: { method: 'geometric', minCoverage: 0 } } : s)));
    // U1's P with a = 0: the geometric mean is 0
    expect(geometric.data.aggregated?.columns.get('P')?.[0]).toBe(0);
  });

  it('rank uncertainty of the top aggregate (clusterlens index --sensitivity)', () => {
    // no variation: every draw gives the nominal ranks of Idx (3, 2, 1), so median = 5th = 95th percentile
    const still = scoreIndexTables({ meta: META, data: DATA }, { ...V, sensitivity: { draws: 20, weightFraction: 0, aggregations: ['arithmetic'] } });
    expect(still.sensitivity).toEqual([
      { uCode: 'U1', iCode: 'Idx', rank: 3, rankMedian: 3, rankP5: 3, rankP95: 3 },
      { uCode: 'U2', iCode: 'Idx', rank: 2, rankMedian: 2, rankP5: 2, rankP95: 2 },
      { uCode: 'U3', iCode: 'Idx', rank: 1, rankMedian: 1, rankP5: 1, rankP95: 1 },
    ]);
    // geometric means: U1 P = √(0·1) = 0 → Idx 0 ; U2 P = 0.5, Q missing → Idx 0.5 ; U3 P = √(1·0) = 0 → Idx 0
    // → ranks 2, 1, 2 ; arithmetic: 3, 2, 1 whatever the weights (±25 %): U1 ≤ 1.25·0.625/2 = 0.39 < U2 = 0.5 < U3 ≥ (1.25·0.375 + 0.75)/2 = 0.61
    const both = scoreIndexTables({ meta: META, data: DATA }, { ...V, sensitivity: { draws: 200, seed: 7 } });
    expect(both.sensitivity.map((r) => [r.rankP5, r.rankP95])).toEqual([[2, 3], [1, 2], [1, 2]]);
    expect(both.coin?.log.at(-1)?.params).toEqual({ draws: 200, seed: 7, weightFraction: 0.25, normalisations: [{ method: 'minmax' }], aggregations: ['arithmetic', 'geometric'], targets: ['Idx'] });
    expect(replayTables(JSON.parse(JSON.stringify(both.coin!.log)), { meta: META, data: DATA }, V)).toEqual(both);
  });

  it('imputes and treats before normalising when asked', () => {
    const { coin } = scoreIndexTables({ meta: META, data: DATA }, { ...V, impute: { method: 'group_mean', groupBy: 'grp' }, treat: {} });
    // U2 (group x) gets the mean of c over group x = U1's 5
    expect(coin?.records.imputed).toEqual([{ code: 'c', index: 1, value: 5 }]);
    expect(coin?.units[1]).toEqual({ code: 'U2', name: 'Two', groups: { grp: 'x' } });
    expect(coin?.log.map((s) => s.step)).toEqual(['impute', 'treat', 'normalise', 'aggregate', 'benchmark']);
  });
});

describe('scoreIndexTables — bad tables are issues, never exceptions', () => {
  it('says in words why an indicator could not be normalised, with what to do', () => {
    // c has values for U1 and U3 only; with one of them gone it has a single value, which minmax cannot scale.
    const single = csv('data.csv', `uCode,uName,grp,a,b,c
U1,One,x,0,10,5
U2,Two,x,5,20,
U3,Three,y,10,30,`);
    const en = scoreIndexTables({ meta: META, data: single }, V).issues.filter((i) => i.code === 'normalisation_undefined');
    expect(en.map((i) => [i.severity, i.message, i.suggestion])).toEqual([
      ['warning', 'the indicator "c" could not be normalised: its values do not vary (fewer than two units have one, or all are equal); its scores are missing', 'Check its column in the data table, or use --normalise goalposts with goalposts that do not depend on the units.'],
    ]);
    const zh = scoreIndexTables({ meta: META, data: single }, { ...V, lang: 'zh' }).issues.find((i) => i.code === 'normalisation_undefined');
    expect(zh?.message).toBe('指标“c”无法标准化：其数值没有差异（有数值的单元少于两个，或数值全部相同），其得分记为缺失');
    // Goalposts asked for, none in the metadata: every indicator says so.
    const posts = scoreIndexTables({ meta: META, data: DATA }, { ...V, normalise: { method: 'goalposts' } }).issues.filter((i) => i.code === 'normalisation_undefined');
    expect(posts.map((i) => i.message)).toEqual(['a', 'b', 'c'].map((code) => `the indicator "${code}" could not be normalised: the metadata gives it no goalposts; its scores are missing`));
  });

  it('a missing META column leaves nothing to score', () => {
    const meta = csv('meta.csv', 'Level,iCode,Weight,Parent\n1,a,1,');
    const out = scoreIndexTables({ meta, data: DATA }, V);
    expect(out.rows).toEqual([]);
    expect(out.issues.map((i) => [i.code, i.message])).toEqual([['table_column_missing', 'the table has no column "Type"']]);
  });

  it('locates bad cells and unknown parents', () => {
    const meta = csv('meta.csv', 'Level,iCode,Direction,Weight,Parent,Type\n1,a,2,1,P,Indicator\n1,b,1,x,Nope,Indicator\n2,P,,1,,Aggregate');
    const out = scoreIndexTables({ meta, data: DATA }, V);
    expect(out.issues.map((i) => [i.code, i.cell ?? null])).toEqual([
      ['table_bad_direction', 'C2'],
      // One issue for the weight "x", not also that it is no number.
      ['table_bad_weight', 'D3'],
      ['table_unknown_parent', null],
    ]);
    expect(out.rows).toEqual([]);
  });

  it('says each aggregate of a cycle once', () => {
    const meta = csv('meta.csv', 'Level,iCode,Direction,Weight,Parent,Type\n1,a,1,1,P,Indicator\n2,P,,1,Q,Aggregate\n3,Q,,1,P,Aggregate');
    const out = scoreIndexTables({ meta, data: DATA }, V);
    expect(out.issues.filter((i) => i.code === 'table_cycle').map((i) => i.message).sort()).toEqual(['the aggregate "P" is its own ancestor', 'the aggregate "Q" is its own ancestor']);
  });

  it('a bad data cell only makes that value missing', () => {
    const data = csv('data.csv', 'uCode,a,b,c\nU1,0,10,5\nU2,abc,20,1\nU2,1,1,1\nU3,10,30,15');
    const out = scoreIndexTables({ meta: META, data }, V);
    expect(out.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['error', 'table_not_a_number', 'B3'],
      ['warning', 'table_duplicate_unit', 'A4'],
    ]);
    expect(scores(out.rows, 'a')).toEqual([0, null, 1]);
  });

  it('parses cells and addresses as documented', () => {
    expect([parseCell(''), parseCell('NA'), parseCell(' 1.5e2 '), parseCell('1,234'), parseCell('35%')]).toEqual([null, null, 150, undefined, undefined]);
    expect([cellAddress(0, 0), cellAddress(25, 1), cellAddress(27, 4)]).toEqual(['A1', 'Z2', 'AB5']);
  });
});
