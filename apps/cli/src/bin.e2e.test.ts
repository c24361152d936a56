import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AssessmentResult, validate, type AssessmentResult as Result } from '@clusterlens/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersIn, jsonDocument, pdfText, respondentIds, runCli, SMALL, tempFolders, type Run } from './test-helpers.js';

// The few tests that run the built binary in a child process, as a user does; the rest run main() in-process.
const temp = tempFolders();
const RUN_TABLES = ['clusters.csv', 'dimensions.csv', 'indicators.csv', 'issues.csv', 'members.csv'];
const oneDecimal = (score: number | null, locale: string) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score ?? Number.NaN);

// Two clusters: enough for a rank and a portfolio; each English report costs about two seconds to render.
const IDS = ['zhili-kidswear', 'packaging-valley'] as const;

describe('clusterlens assess --policy (built CLI, two small clusters)', () => {
  let out: string;
  let run: Run;
  let result: Result;

  beforeAll(async () => {
    out = await temp();
    run = await runCli(['assess', ...IDS.map(SMALL), '--policy', 'miit-2022-sme-clusters', '-o', out, '--json']);
    result = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Result;
  });

  it('exits 0 and prints one JSON document listing what it wrote', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = jsonDocument(run);
    expect(doc.ok).toBe(true);
    expect(doc.result?.command).toBe('assess');
    const outputs = doc.result?.command === 'assess' ? doc.result.outputs : [];
    expect(outputs.map((p) => p.slice(out.length + 1)).sort()).toEqual(
      [...RUN_TABLES, 'portfolio.pdf', 'results.json', 'results.xlsx', ...IDS.map((id) => `${id}.pdf`)].sort(),
    );
  });

  it('writes a results.json valid against the AssessmentResult schema, one cluster per workbook, every member counted', async () => {
    expect(validate(AssessmentResult, result).issues).toEqual([]);
    expect(result.clusters.map((c) => c.id)).toEqual([...IDS]);
    const rows = await Promise.all(IDS.map(async (id) => (await respondentIds(SMALL(id))).length));
    expect(rows).toEqual([12, 8]);
    expect(result.clusters.map((c) => c.respondents.count)).toEqual(rows);
  });

  it('shows the reader the cluster, its index score and rank as results.json has them', async () => {
    const zhili = result.clusters[0]!;
    const competitiveness = zhili.indices.find((i) => i.id === 'competitiveness')!;
    const text = await pdfText(join(out, 'zhili-kidswear.pdf'));
    expect(text).toContain('Cluster assessment report');
    expect(text).toContain("Zhili Children's Wear Cluster");
    expect(text).toContain('Executive summary');
    expect(text).toContain(oneDecimal(competitiveness.score, 'en-GB'));
    // Two clusters: rank 1 or 2, written as an English ordinal.
    expect(text).toContain(`ranking ${competitiveness.rank}${competitiveness.rank === 1 ? 'st' : 'nd'} of the 2 clusters assessed`);
    expect(text).toMatch(/Page 1 of \d+|Page 2 of \d+/);
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

  it('marks the indicator nobody answered as insufficient data in the report, not as zero', async () => {
    // Counted from the sheet with exceljs: no Packaging Valley member reported three-year R&D growth.
    expect(await answersIn(SMALL('packaging-valley'), 'rd_growth_pct')).toEqual([]);
    const rdGrowth = result.clusters[1]!.indicators.find((i) => i.id === 'rd_growth')!;
    expect([rdGrowth.status, rdGrowth.score, rdGrowth.answers]).toEqual(['insufficient', null, 0]);
    expect(await pdfText(join(out, 'packaging-valley.pdf'))).toContain('Insufficient data (0 answers)');
  });

  it('writes a portfolio naming every cluster of the run', async () => {
    const text = await pdfText(join(out, 'portfolio.pdf'));
    for (const cluster of result.clusters) expect(text).toContain(cluster.name.en);
  });
});

describe('the binary itself', () => {
  it('prints help with examples and the version', async () => {
    const help = await runCli(['assess', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('answers a usage error with exit 2, the error and where the help is on stderr and, with --json, one document on stdout', async () => {
    const run = await runCli(['assess', SMALL('packaging-valley'), '--json']);
    expect(run.code).toBe(2);
    // Two lines, not the whole help, which would push the error off the screen.
    expect(run.stderr.trim().split('\n')).toEqual(["error: required option '-o, --out <dir>' not specified", 'clusterlens assess --help lists every option, with examples.']);
    const doc = jsonDocument(run);
    expect(doc).toEqual({ ok: false, issues: [{ severity: 'error', code: 'usage_error', message: "required option '-o, --out <dir>' not specified" }] });
  });
});
