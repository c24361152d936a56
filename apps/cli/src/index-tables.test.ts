import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIndexCsv, parseCsv, runIndex } from './commands/index-tables.js';
import { EXIT, ExitError } from './exit.js';
import { jsonDocument, runMain, tempFolders } from './test-helpers.js';

// A hand-made table (not third-party data): a, b (↓) → pillar P → index Idx.
const META = `\uFEFFLevel,iCode,iName,Direction,Weight,Unit,Target,Parent,Type
1,a,"Indicator a, with a comma",1,1,,,P,Indicator
1,b,"Indicator ""b""",-1,1,,,P,Indicator
2,P,Pillar,,1,,,Idx,Aggregate
3,Idx,Index,,1,,,,Aggregate\r
`;
const DATA = `uCode,uName,a,b
X,Ex,0,30
Y,Why,10,10
Z,Zed,5,
`;

const lines: string[] = [];
const logger = { info: (l: string) => lines.push(l), debug: () => {}, error: (l: string) => lines.push(l), quiet: false, verbose: false };
const temp = tempFolders();
let dir = '';

beforeAll(async () => {
  dir = await temp();
  await writeFile(join(dir, 'meta.csv'), META);
  await writeFile(join(dir, 'data.csv'), DATA);
  await writeFile(join(dir, 'w.csv'), 'iCode,Weight\nb,3\n');
});

const base = () => ({ meta: join(dir, 'meta.csv'), data: join(dir, 'data.csv'), out: join(dir, 'out.csv'), lang: 'en' as const });

describe('clusterlens index (runIndex)', () => {
  it('writes the long OUT.csv with full precision and empty cells for missing values', async () => {
    const outcome = await runIndex(base(), logger);
    expect(outcome).toEqual({ outputs: [join(dir, 'out.csv')], issues: [] });
    // minmax [0, 1]: a 0, 1, 0.5 ; b is ↓: −30, −10 → 0, 1, Z missing
    // P: X (0 + 0)/2 = 0 ; Y (1 + 1)/2 = 1 ; Z: a alone = 0.5 → Idx = P
    expect(await readFile(join(dir, 'out.csv'), 'utf8')).toBe(
      [
        'uCode,iCode,Level,score,rank',
        'X,a,1,0,3', 'Y,a,1,1,1', 'Z,a,1,0.5,2',
        'X,b,1,0,2', 'Y,b,1,1,1', 'Z,b,1,,',
        'X,P,2,0,3', 'Y,P,2,1,1', 'Z,P,2,0.5,2',
        'X,Idx,3,0,3', 'Y,Idx,3,1,1', 'Z,Idx,3,0.5,2',
        '',
      ].join('\n'),
    );
  });

  it('takes weights, zscore with a range, and the geometric mean', async () => {
    await runIndex({ ...base(), weights: join(dir, 'w.csv'), normalise: 'minmax', range: '1,2', aggregate: 'gmean' }, logger);
    const rows = (await readFile(join(dir, 'out.csv'), 'utf8')).trim().split('\n').slice(1).map((l) => l.split(','));
    // minmax [1, 2]: a 1, 2, 1.5 ; b 1, 2 ; P for X = exp((1·ln 1 + 3·ln 1)/4) = 1 ; for Y = 2
    expect(rows.filter((r) => r[1] === 'P').map((r) => Number(r[3]))).toEqual([1, 2, 1.5]);
    await runIndex({ ...base(), normalise: 'zscore', range: '100,10' }, logger);
    const z = (await readFile(join(dir, 'out.csv'), 'utf8')).split('\n').filter((l) => l.includes(',a,'));
    // a: 0, 10, 5 → mean 5, sd 5 → 90, 110, 100
    expect(z).toEqual(['X,a,1,90,3', 'Y,a,1,110,1', 'Z,a,1,100,2']);
  });

  it('rejects unknown option values as usage errors (exit 2)', async () => {
    await expect(runIndex({ ...base(), normalise: 'softmax' }, logger)).rejects.toMatchObject({ code: EXIT.usage });
    await expect(runIndex({ ...base(), aggregate: 'median' }, logger)).rejects.toBeInstanceOf(ExitError);
    await expect(runIndex({ ...base(), range: '1;2' }, logger)).rejects.toMatchObject({ code: EXIT.usage });
  });

  it('reports broken tables and unreadable files as issues and writes nothing', async () => {
    await writeFile(join(dir, 'bad.csv'), 'Level,iCode\n1,a\n');
    const outcome = await runIndex({ ...base(), meta: join(dir, 'bad.csv'), out: join(dir, 'none.csv') }, logger);
    expect(outcome.nothingProduced).toBe(true);
    expect(outcome.issues.map((i) => i.code)).toEqual(['table_column_missing', 'table_column_missing', 'table_column_missing', 'nothing_produced']);
    const missing = await runIndex({ ...base(), data: join(dir, 'nope.csv'), out: join(dir, 'none.csv') }, logger);
    expect(missing.issues.map((i) => [i.code, i.file])).toEqual([['file_unreadable', 'nope.csv'], ['nothing_produced', undefined]]);
    await expect(readFile(join(dir, 'none.csv'))).rejects.toThrow();
  });
});

describe('clusterlens index from the command line', () => {
  it('scores a COINr-style table, paths taken from the working directory', async () => {
    const here = await temp();
    // Two indicators under one aggregate, equal weights; minmax to [0,1] then arithmetic mean.
    await writeFile(
      join(here, 'meta.csv'),
      'Level,iCode,iName,Direction,Weight,Unit,Target,Parent,Type\n1,a,A,1,1,,,I,Indicator\n1,b,B,-1,1,,,I,Indicator\n2,I,Index,1,1,,,,Aggregate\n',
    );
    await writeFile(join(here, 'data.csv'), 'uCode,a,b\nX,0,10\nY,10,0\nZ,5,5\n');
    const run = await runMain(['index', '--meta', 'meta.csv', '--data', 'data.csv', '-o', 'out.csv', '--json'], here);
    expect(run.code).toBe(0);
    expect(jsonDocument(run)).toEqual({ ok: true, result: { command: 'index', outputs: [join(here, 'out.csv')] }, issues: [] });
    const rows = (await readFile(join(here, 'out.csv'), 'utf8')).trim().split(/\r?\n/);
    // X: a → 0, b (lower is better, 10 is worst) → 0, I = 0; Y: 1, 1 → 1; Z: 0.5, 0.5 → 0.5.
    expect(rows).toContain('X,I,2,0,3');
    expect(rows).toContain('Y,I,2,1,1');
    expect(rows).toContain('Z,I,2,0.5,2');
  });

  it('says "file" for -o in its help, and refuses a directory there with exit 2', async () => {
    const help = await runMain(['index', '--help']);
    expect(help.stdout).toMatch(/-o, --out <OUT\.csv>\s+output file/);
    const here = await temp();
    const run = await runMain(['index', '--meta', 'meta.csv', '--data', 'data.csv', '-o', here], here);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`-o ${here} is a directory, but an output file is needed`);
  });
});

describe('clusterlens index --sensitivity', () => {
  // Two indicators under one index, minmax to [1, 2]: a and b both run 0..10, so a value v becomes 1 + v/10.
  // A (2, 2) is best on both, D (1, 1) worst on both: their ranks cannot move whatever the weights.
  // B and C are equal on everything (1.3, 1.3): the same doubles in every draw, so they always tie at 4.
  // P (1.8, 1.2) and Q (1.2, 1.8) mirror each other: P is ahead exactly when a weighs more than b. With
  // weights ±25 % their scores stay within [1.39, 1.58] under either mean, above B and C and below A, so
  // they share ranks 2 and 3: each order occurs in about half the draws, far more than the 5 % a tail needs.
  const meta = 'Level,iCode,iName,Direction,Weight,Unit,Target,Parent,Type\n1,a,A,1,1,,,I,Indicator\n1,b,B,1,1,,,I,Indicator\n2,I,Index,1,1,,,,Aggregate\n';
  const data = 'uCode,a,b\nA,10,10\nP,8,2\nQ,2,8\nB,3,3\nC,3,3\nD,0,0\n';
  const intervals = async (here: string, seed: string) => {
    const run = await runMain(['index', '--meta', 'meta.csv', '--data', 'data.csv', '--range', '1,2', '--sensitivity', '200', '--seed', seed, '-o', 'scores.csv', '--json'], here);
    expect(run.code).toBe(0);
    expect(jsonDocument(run).result).toEqual({ command: 'index', outputs: [join(here, 'scores.csv'), join(here, 'scores.sensitivity.csv')] });
    return readFile(join(here, 'scores.sensitivity.csv'), 'utf8');
  };

  it('writes each unit\'s nominal rank, median rank and 5–95 % rank interval beside the scores', async () => {
    const here = await temp();
    await writeFile(join(here, 'meta.csv'), meta);
    await writeFile(join(here, 'data.csv'), data);
    const csv = await intervals(here, '7');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toBe('uCode,iCode,rank,rankMedian,rankP5,rankP95');
    const byUnit = Object.fromEntries(rows.map((r) => r.split(',')).map(([u, i, ...ranks]) => [`${u}/${i}`, ranks.map(Number)]));
    expect(Object.keys(byUnit)).toEqual(['A/I', 'P/I', 'Q/I', 'B/I', 'C/I', 'D/I']);
    expect(byUnit['A/I']).toEqual([1, 1, 1, 1]);
    expect(byUnit['B/I']).toEqual([4, 4, 4, 4]);
    expect(byUnit['C/I']).toEqual([4, 4, 4, 4]);
    expect(byUnit['D/I']).toEqual([6, 6, 6, 6]);
    // Equal weights make P and Q tie at 2; over the draws each is 2nd or 3rd.
    for (const unit of ['P/I', 'Q/I']) {
      const [rank, median, p5, p95] = byUnit[unit]!;
      expect([rank, p5, p95], unit).toEqual([2, 2, 3]);
      expect(median! >= 2 && median! <= 3, unit).toBe(true);
    }
    // The seed repeats an analysis: same seed, same bytes.
    expect(await intervals(here, '7')).toBe(csv);
  });

  it('documents --sensitivity and --seed in its help, in English and Chinese', async () => {
    expect((await runMain(['index', '--help'])).stdout).toMatch(/--sensitivity <draws>\s+Monte Carlo draws[^]*--seed <n>\s+seed of the Monte Carlo draws/);
    expect((await runMain(['index', '--help'], undefined, { CLUSTERLENS_LANG: 'zh' })).stdout).toMatch(/--sensitivity <抽样次数>\s+蒙特卡罗抽样次数[^]*--seed <n>\s+蒙特卡罗抽样的随机种子/);
    expect((await runMain(['index', '--meta', 'm.csv', '--data', 'd.csv', '--sensitivity', '100', '--seed', 'x', '-o', 'o.csv'])).code).toBe(2);
  });
});

describe('CSV in and out', () => {
  it('parses quotes, doubled quotes, commas and line breaks in fields, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b, c","d ""e""\nf"\r\n\r\n1,2,3')).toEqual([['a', 'b, c', 'd "e"\nf'], ['1', '2', '3']]);
  });

  it('reads a table Excel saved with semicolons or tabs (European settings), and a comma in a number says what it may be', async () => {
    expect(parseCsv('uCode;uName;a\nX;"Ex; Co";1,5\n')).toEqual([['uCode', 'uName', 'a'], ['X', 'Ex; Co', '1,5']]);
    expect(parseCsv('uCode\tuName\ta\nX\tEx, Co\t2\n')).toEqual([['uCode', 'uName', 'a'], ['X', 'Ex, Co', '2']]);
    // A comma in a header name does not make a semicolon table of a comma one.
    expect(parseCsv('uCode,"a; b"\nX,1\n')).toEqual([['uCode', 'a; b'], ['X', '1']]);
    await writeFile(join(dir, 'semicolons.csv'), 'uCode;uName;a;b\nX;Ex;0;30\nY;Why;10,5;10\nZ;Zed;5;\n');
    const outcome = await runIndex({ ...base(), data: join(dir, 'semicolons.csv'), out: join(dir, 'semicolons-out.csv') }, logger);
    expect(outcome.issues.map((i) => [i.code, i.cell, i.message, i.suggestion])).toEqual([
      ['table_not_a_number', 'C3', '"10,5" is not a number: its comma may be a decimal comma or a thousands separator', 'Write plain numbers with a decimal point and no thousands separator: 1.5 for one and a half, 1500 for fifteen hundred.'],
    ]);
  });

  it('quotes text cells when needed and defuses formulas', () => {
    expect(formatIndexCsv([{ uCode: '=HYPERLINK("x")', iCode: 'a,b', level: 1, score: 0.1 + 0.2, rank: 1 }])).toBe(
      'uCode,iCode,Level,score,rank\n"\'=HYPERLINK(""x"")","a,b",1,0.30000000000000004,1\n',
    );
  });
});
