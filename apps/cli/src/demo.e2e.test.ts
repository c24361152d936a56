import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLUSTER_IDS, pdfText, runMain, tempFolders } from './test-helpers.js';

const temp = tempFolders();

/** The README's first command: every bundled fixture, in English and in Chinese. */
describe('clusterlens demo', () => {
  it('writes both languages’ outputs and ends by saying, in both, where they are and what to open first', async () => {
    const dir = await temp();
    const out = join(dir, 'out');
    const run = await runMain(['demo', '-o', out], dir);
    expect(run.code).toBe(0);
    const outputs = ['results.json', 'results.xlsx', 'clusters.csv', 'dimensions.csv', 'indicators.csv', 'members.csv', 'issues.csv', 'portfolio.pdf', ...CLUSTER_IDS.map((id) => `${id}.pdf`)].sort();
    expect((await readdir(out)).sort()).toEqual([...outputs, 'zh'].sort());
    expect((await readdir(join(out, 'zh'))).sort()).toEqual(outputs);
    // The English run speaks English and the Chinese one Chinese; the last two lines are for both readers.
    expect(run.stderr.trimEnd().split('\n').slice(-2)).toEqual([
      `Demo finished: English outputs in ${out}, Chinese ones in ${join(out, 'zh')}. Start with the overview, ${join(out, 'portfolio.pdf')}.`,
      `演示完成：英文输出位于 ${out}，中文输出位于 ${join(out, 'zh')}。可先阅读总览 ${join(out, 'zh', 'portfolio.pdf')}。`,
    ]);
    expect(await pdfText(join(out, 'portfolio.pdf'))).toContain('Portfolio overview');
    expect(await pdfText(join(out, 'zh', 'portfolio.pdf'))).toContain('集群总览');
  });
});
