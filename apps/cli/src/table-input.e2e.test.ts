import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentResult } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { jsonDocument, runMain, tempFolders } from './test-helpers.js';

const temp = tempFolders();

/** A Google-Forms-style download: one row per member, headers in words. */
const CSV = [
  'Timestamp,Firm,Role in the chain,Employees,Member of the association?',
  ...Array.from({ length: 8 }, (_, i) => `2025/03/0${(i % 9) + 1},F${i + 1},${i % 2 ? 'Core supplier' : 'Upstream firm'},${10 * (i + 1)},${i < 6 ? 'Yes' : 'No'}`),
].join('\n');

const MAPPING = {
  cluster: { id: 'forms-cluster', name: { en: 'Forms cluster', zh: '表单集群' }, region: 'Somewhere', surveyYear: 2025 },
  respondentId: 'Firm',
  columns: [
    { header: 'Role in the chain', question: 'chain_role', answers: { 'Core supplier': 'core_supplier', 'Upstream firm': 'upstream' } },
    { header: 'Employees', question: 'employees' },
    { header: 'Member of the association?', question: 'association_member' },
  ],
};

describe('assess on a flat table with a mapping and --regional', () => {
  it('reads the table, takes Regional statistics from the JSON file and scores them', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'forms.csv'), CSV);
    await writeFile(join(dir, 'mapping.json'), JSON.stringify(MAPPING));
    // LQ = (2,000 / 100,000) / (10,000 / 1,000,000) = 0.02 / 0.01 = 2
    const regional = { cluster_employment: 2000, region_employment: 100000, national_industry_employment: 10000, national_employment: 1000000 };
    await writeFile(join(dir, 'regional.json'), JSON.stringify(regional));
    const run = await runMain(['assess', 'forms.csv', '--mapping', 'mapping.json', '--regional', 'regional.json', '--formats', 'json', '-o', 'out', '--quiet'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(await readFile(join(dir, 'out', 'results.json'), 'utf8')) as AssessmentResult;
    const cluster = result.clusters[0]!;
    expect(cluster.respondents.count).toBe(8);
    expect(cluster.indicators.find((i) => i.id === 'location_quotient')!.value).toBeCloseTo(2, 12);
    // 6 of 8 members say yes: 75 %.
    expect(cluster.indicators.find((i) => i.id === 'association_membership')!.value).toBeCloseTo(75, 12);
  });

  it('refuses a Regional file that is not an object of numbers, naming the key', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'forms.csv'), CSV);
    await writeFile(join(dir, 'mapping.json'), JSON.stringify(MAPPING));
    await writeFile(join(dir, 'regional.json'), JSON.stringify({ cluster_employment: 'many' }));
    const run = await runMain(['assess', 'forms.csv', '--mapping', 'mapping.json', '--regional', 'regional.json', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"cluster_employment"');
    expect(jsonDocument(run).issues).toEqual([expect.objectContaining({ code: 'regional_invalid', file: 'regional.json', path: '/cluster_employment' })]);
  });

  it('gives no survey for a download with a header and no rows: exit 3, saying what is missing', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'forms.csv'), `${CSV.split('\n')[0]}\n`);
    await writeFile(join(dir, 'mapping.json'), JSON.stringify(MAPPING));
    const run = await runMain(['assess', 'forms.csv', '--mapping', 'mapping.json', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(3);
    expect(jsonDocument(run).issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.file])).toEqual([
      ['responses_empty', 'forms.csv'],
      ['nothing_produced', undefined],
    ]);
    expect(run.stderr).toContain('holds no answers: there is no respondent row under the header');
  });
});
