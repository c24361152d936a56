/**
 * Test helper: the one real render per report kind and language that the PDF checks share.
 * test-global-setup.ts renders them once per test run, in a fresh process, into a temporary
 * folder it removes afterwards; tests read them with `renderedPdf` and `renderedText`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { fullFixtureResult } from './test-fixture-analysis.js';
import type { PdfText } from './test-pdf-text.js';

/** The fixture result with every indicator doubled (ids suffixed): a Chinese report of 20+ pages. */
export function longResult() {
  const result = fullFixtureResult();
  for (const c of result.clusters) c.indicators = c.indicators.flatMap((i) => [i, { ...i, id: `${i.id}_b`, label: { en: `${i.label.en} (second survey wave)`, zh: `${i.label.zh}（第二轮调查）` } }]);
  return result;
}

export const RENDERS = ['cluster-en', 'cluster-zh', 'member-en', 'member-zh', 'portfolio-en', 'portfolio-zh'] as const;
export type RenderName = (typeof RENDERS)[number];
/** Rendered again after all the others, in the same process, to compare with the first bytes. */
export const AGAIN = ['cluster-en', 'member-en', 'member-zh', 'portfolio-zh'] as const satisfies readonly RenderName[];
/** The member whose feedback reports are rendered. */
export const RENDERED_MEMBER = 'ZL-001';

declare module 'vitest' {
  export interface ProvidedContext {
    renders: { dir: string; texts: Record<RenderName, PdfText> };
  }
}

/** The bytes of a shared render; `again` gives the second rendering of the same input. */
export function renderedPdf(name: RenderName, again = false): Buffer {
  return readFileSync(join(inject('renders').dir, `${name}${again ? '-again' : ''}.pdf`));
}

/** The path of a shared render, for command-line tools. */
export function renderedPath(name: RenderName): string {
  return join(inject('renders').dir, `${name}.pdf`);
}

/** The text pdf-parse reads back from a shared render. */
export function renderedText(name: RenderName): PdfText {
  return inject('renders').texts[name];
}

/** Whether a command-line tool (qpdf, pdffonts) is on PATH: the PDF checks that need it run only there. */
export function has(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
