/**
 * PDF quality gates on the shared renders (test-renders.ts): every report kind passes
 * `qpdf --check`, `pdffonts` lists every font as embedded, and the 20-page Chinese cluster
 * report stays under 2 MB. The tool checks run where qpdf and pdffonts (poppler-utils) are on
 * PATH and are skipped elsewhere; CI installs both.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { has, RENDERS, renderedPath, renderedPdf, renderedText } from './test-renders.js';

describe('PDF quality', () => {
  const files = RENDERS.map(renderedPath);

  it.skipIf(!has('qpdf'))('passes qpdf --check', () => {
    for (const file of files) expect(() => execFileSync('qpdf', ['--check', file], { stdio: 'pipe' }), file).not.toThrow();
  });

  it.skipIf(!has('pdffonts'))('embeds every font', () => {
    for (const file of files) {
      const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
      expect(rows.length, file).toBeGreaterThan(0);
      // Columns: name type encoding emb sub uni id; "emb" is the 4th from the end.
      for (const row of rows) expect(row.trim().split(/\s+/u).at(-4), `${file}: ${row}`).toBe('yes');
    }
  });

  it('keeps a 20-page Chinese cluster report under 2 MB', () => {
    expect(renderedText('cluster-zh').pages.length).toBeGreaterThanOrEqual(20);
    expect(renderedPdf('cluster-zh').length).toBeLessThan(2 * 1024 * 1024);
  });
});
