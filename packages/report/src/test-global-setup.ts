/**
 * Vitest global setup: renders each report kind in each language once, then renders a few of
 * them again after all the others (the cached path: fonts and shaped words already in the
 * process), and reads every PDF's text back once. Files go to a temporary folder removed at
 * teardown; test-renders.ts gives tests access.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { renderMemberReport } from './member/member-report.js';
import { renderPortfolioReport } from './portfolio/portfolio-report.js';
import { renderClusterReport } from './render.js';
import { fullFixtureResult } from './test-fixture-analysis.js';
import { pdfText, type PdfText } from './test-pdf-text.js';
import { AGAIN, RENDERED_MEMBER, RENDERS, longResult, type RenderName } from './test-renders.js';

function render(name: RenderName): Promise<Buffer> {
  const [kind, lang] = name.split('-') as ['cluster' | 'member' | 'portfolio', 'en' | 'zh'];
  if (kind === 'cluster') return renderClusterReport(lang === 'zh' ? longResult() : fullFixtureResult(), 'zhili', { lang });
  if (kind === 'member') return renderMemberReport(fullFixtureResult(), 'zhili', RENDERED_MEMBER, { lang });
  return renderPortfolioReport(fullFixtureResult(), { lang });
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'clusterlens-'));
  const texts = {} as Record<RenderName, PdfText>;
  for (const name of RENDERS) {
    const pdf = await render(name);
    writeFileSync(join(dir, `${name}.pdf`), pdf);
    texts[name] = await pdfText(pdf);
  }
  for (const name of AGAIN) writeFileSync(join(dir, `${name}-again.pdf`), await render(name));
  project.provide('renders', { dir, texts });
  return () => rmSync(dir, { recursive: true, force: true });
}
