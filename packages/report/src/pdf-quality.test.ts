/**
 * PDF quality gates: every report kind passes `qpdf --check`, `pdffonts` lists every font as
 * embedded, and a 20-page cluster report stays under 2 MB. The tool checks run where qpdf and
 * pdffonts (poppler-utils) are on PATH and are skipped elsewhere; CI installs both.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMemberReport } from './member/member-report.js';
import { renderPortfolioReport } from './portfolio/portfolio-report.js';
import { renderClusterReport } from './render.js';
import { fullFixtureResult } from './test-fixture-analysis.js';
import { pdfText } from './test-pdf-text.js';

const has = (tool: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** The full fixture with every indicator doubled (ids suffixed), for a long report. */
function longResult() {
  const result = fullFixtureResult();
  for (const c of result.clusters) c.indicators = c.indicators.flatMap((i) => [i, { ...i, id: `${i.id}_b`, label: { en: `${i.label.en} (second survey wave)`, zh: `${i.label.zh}（第二轮调查）` } }]);
  return result;
}

describe('PDF quality', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clusterlens-pdf-'));
  const files: string[] = [];
  let long: Buffer;
  beforeAll(async () => {
    const result = fullFixtureResult();
    for (const lang of ['en', 'zh'] as const) {
      const outputs: [string, Buffer][] = [
        [`cluster-${lang}.pdf`, await renderClusterReport(result, 'zhili', { lang })],
        [`member-${lang}.pdf`, await renderMemberReport(result, 'zhili', 'ZL-004', { lang })],
        [`portfolio-${lang}.pdf`, await renderPortfolioReport(result, { lang })],
      ];
      for (const [name, pdf] of outputs) {
        writeFileSync(join(dir, name), pdf);
        files.push(join(dir, name));
      }
    }
    long = await renderClusterReport(longResult(), 'zhili', { lang: 'zh' });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!has('qpdf'))('passes qpdf --check', () => {
    for (const file of files) expect(() => execFileSync('qpdf', ['--check', file], { stdio: 'pipe' }), file).not.toThrow();
  }, 60_000);

  it.skipIf(!has('pdffonts'))('embeds every font', () => {
    for (const file of files) {
      const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
      expect(rows.length, file).toBeGreaterThan(0);
      // Columns: name type encoding emb sub uni id; "emb" is the 4th from the end.
      for (const row of rows) expect(row.trim().split(/\s+/u).at(-4), `${file}: ${row}`).toBe('yes');
    }
  }, 60_000);

  it('keeps a 20-page Chinese cluster report under 2 MB', async () => {
    const { pages } = await pdfText(long);
    expect(pages).toBeGreaterThanOrEqual(20);
    expect(long.length).toBeLessThan(2 * 1024 * 1024);
  }, 60_000);
});
