import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentResult } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText, runMain, SMALL, tempFolders, type Run } from './test-helpers.js';

const temp = tempFolders();
const CLUSTER = 'packaging-valley';
const readResult = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as AssessmentResult;
/** A score as the report prints it: one decimal, the change with its sign and a true minus. */
const one = (n: number) => n.toFixed(1);
const signed = (n: number) => (Math.round(n * 10) === 0 ? '0.0' : `${n > 0 ? '+' : '−'}${Math.abs(n).toFixed(1)}`);

/**
 * Earlier years as `history import` takes them: this year's results.json with another survey
 * year and the competitiveness index (and D1) set by hand, so every change is known in advance.
 * 2022 is missing on purpose.
 */
const EARLIER = [
  { year: 2021, index: 40, d1: 20 },
  { year: 2023, index: 45, d1: 30 },
  { year: 2024, index: 47.5, d1: null },
] as const;

describe('assess --store: the report’s history from the store', () => {
  let dir: string;
  let runs: Run[];
  let now: AssessmentResult;

  beforeAll(async () => {
    dir = await temp();
    const assess = (out: string, ...more: string[]) => runMain(['assess', SMALL(CLUSTER), '--formats', 'json,pdf', '--jobs', '1', '-o', out, ...more], dir);
    runs = [await assess('plain')];
    const plain = await readResult(join(dir, 'plain', 'results.json'));
    for (const { year, index, d1 } of EARLIER) {
      const copy = structuredClone(plain);
      const cluster = copy.clusters[0]!;
      cluster.surveyYear = year;
      cluster.indices.find((i) => i.id === 'competitiveness')!.score = index;
      cluster.dimensions.find((d) => d.id === 'D1')!.score = d1;
      await writeFile(join(dir, `results-${year}.json`), JSON.stringify(copy));
    }
    runs.push(await runMain(['history', 'import', '--store', 'history.db', ...EARLIER.map((e) => `results-${e.year}.json`)], dir));
    runs.push(await assess('en', '--store', 'history.db'));
    runs.push(await assess('zh', '--store', 'history.db', '--lang', 'zh'));
    now = await readResult(join(dir, 'en', 'results.json'));
  });

  it('runs, and says which years of the store the report shows', () => {
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(runs[2]!.stderr).toContain(`history of ${CLUSTER} from the store: 4 comparable years (2021, 2023, 2024, 2025)`);
    expect(runs[3]!.stderr).toContain(`${CLUSTER}的历年数据取自结果库：4 个可比年份`);
  });

  it('adds the history section in English: the years, the hand-set scores and the one-year changes', async () => {
    const text = await pdfText(join(dir, 'en', `${CLUSTER}.pdf`));
    const index = now.clusters[0]!.indices.find((i) => i.id === 'competitiveness')!;
    const score = index.score!;
    expect(text).toContain('The results store holds 4 comparable years of this cluster, 2021 to 2025');
    expect(text).toContain(`The ${index.label.en} rose from 40.0 in 2021 to ${one(score)} in 2025 (${signed(Math.round(score * 10) / 10 - 40)} points).`);
    expect(text).toContain('No comparable run is stored for 2022');
    expect(text).toContain('Index scores 0–100, 2021 to 2025.');
    const table = text.slice(text.indexOf('Scores by year'));
    expect(table).toMatch(/Index \/ dimension 2021 2023 2024 2025/);
    // Competitiveness: 40.0, 45.0 (no change: 2022 missing), 47.5 (+2.5), this year (its score − 47.5).
    expect(table).toContain(`40.0 — 45.0 — 47.5 ▲ +2.5 ${one(score)}`);
    expect(table).toContain(signed(score - 47.5));
    // D1 was not scored in 2024: no score, and no change that year or the next.
    expect(table).toMatch(/D1 [^\n]*? 20\.0 — 30\.0 — — — [\d.]+ —/);
    expect(table).toContain('— as the change of 2023: the year before has no comparable run');
    expect(text).toContain('4 years (2021, 2023, 2024 and 2025) of one series');
  });

  it('in Chinese too', async () => {
    const text = await pdfText(join(dir, 'zh', `${CLUSTER}.pdf`));
    expect(text).toContain('历年变化');
    expect(text).toContain('2021年至2025年各指数得分');
    expect(text).toMatch(/2021年 2023年 2024年 2025年/);
    expect(text).toContain('结果库中没有2022年的可比评估结果');
  });

  it('leaves the section out without a store', async () => {
    const text = await pdfText(join(dir, 'plain', `${CLUSTER}.pdf`));
    expect(text).not.toContain('Scores by year');
    expect(text).not.toContain('results store');
  });
});
