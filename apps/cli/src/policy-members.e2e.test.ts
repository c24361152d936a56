import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssessmentResult } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_IDS, FIXTURE, pdfText, runCli } from './test-helpers.js';

describe('clusterlens assess --policy --members --baseline', () => {
  let out: string;
  let result: AssessmentResult;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'cl-policy-'));
    const run = await runCli(['assess', ...CLUSTER_IDS.map(FIXTURE), '--policy', 'miit-2022-sme-clusters', '--members', '-o', out, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    result = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as AssessmentResult;
  });

  it('folds the policy profile into the policy alignment index and shows it in the report', async () => {
    const zhili = result.clusters[0]!;
    expect(zhili.policy?.profile.id).toBe('miit-2022-sme-clusters');
    expect(zhili.policy?.priorities).toHaveLength(9);
    const index = zhili.indices.find((i) => i.id === 'policy_alignment')!;
    expect(index.score).toBeCloseTo(zhili.policy!.score!, 9);
    const text = await pdfText(join(out, 'zhili-kidswear.pdf'));
    expect(text).toContain('Policy alignment');
    expect(text).toContain(zhili.policy!.gaps[0]!.recommendation.en.slice(0, 40).replace(/\s+/g, ' '));
  });

  it('writes one confidential feedback PDF per member, naming no other member', async () => {
    const valley = result.clusters[2]!;
    const files = (await readdir(join(out, 'members', 'packaging-valley'))).sort();
    expect(files).toHaveLength(valley.respondents.count);
    const own = 'PV-0007';
    const text = await pdfText(join(out, 'members', 'packaging-valley', `member-${own}.pdf`));
    expect(text).toContain(own);
    expect(text).not.toMatch(/PV-(?!0007)\d{4}/);
  });

  it('writes a portfolio ranking all clusters of the run', async () => {
    const text = await pdfText(join(out, 'portfolio.pdf'));
    for (const cluster of result.clusters) expect(text).toContain(cluster.name.en);
  });

  it('reports change against a baseline and refuses a baseline that is not a results.json', async () => {
    const again = await mkdtemp(join(tmpdir(), 'cl-baseline-'));
    const run = await runCli(['assess', FIXTURE('packaging-valley'), '--baseline', join(out, 'results.json'), '-o', again, '--quiet', '--formats', 'json']);
    expect(run.code).toBe(0);
    const next = JSON.parse(await readFile(join(again, 'results.json'), 'utf8')) as AssessmentResult;
    // Same answers, scored alone: the values are unchanged, so every indicator change is 0.
    const changes = next.clusters[0]!.indicators.flatMap((i) => (i.baseline?.change == null ? [] : [i.baseline.change]));
    expect(changes.length).toBeGreaterThan(20);
    expect(changes.every((c) => Math.abs(c) < 1e-9)).toBe(true);
    const bogus = join(again, 'bogus.json');
    await writeFile(bogus, '{"hello": 1}');
    const bad = await runCli(['assess', FIXTURE('packaging-valley'), '--baseline', bogus, '-o', again]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bogus.json');
  });

  it('refuses an unknown policy profile with exit 2', async () => {
    const run = await runCli(['assess', FIXTURE('packaging-valley'), '--policy', 'nope', '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown policy profile "nope"');
  });
});

describe('clusterlens index', () => {
  it('scores a COINr-style table from the command line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cl-index-'));
    // Two indicators under one aggregate, equal weights; minmax to [0,1] then arithmetic mean.
    await writeFile(
      join(dir, 'meta.csv'),
      'Level,iCode,iName,Direction,Weight,Unit,Target,Parent,Type\n1,a,A,1,1,,,I,Indicator\n1,b,B,-1,1,,,I,Indicator\n2,I,Index,1,1,,,,Aggregate\n',
    );
    await writeFile(join(dir, 'data.csv'), 'uCode,a,b\nX,0,10\nY,10,0\nZ,5,5\n');
    const run = await runCli(['index', '--meta', join(dir, 'meta.csv'), '--data', join(dir, 'data.csv'), '-o', join(dir, 'out.csv'), '--quiet']);
    expect(run.code).toBe(0);
    const rows = (await readFile(join(dir, 'out.csv'), 'utf8')).trim().split(/\r?\n/);
    // X: a → 0, b (lower is better, 10 is worst) → 0, I = 0; Y: 1, 1 → 1; Z: 0.5, 0.5 → 0.5.
    expect(rows).toContain('X,I,2,0,3');
    expect(rows).toContain('Y,I,2,1,1');
    expect(rows).toContain('Z,I,2,0.5,2');
  });
});
