/**
 * Test helper: checks a PDF for the machine-checkable conditions of PDF/UA-1 (Matterhorn
 * Protocol) and PDF/A-2 that apply to our reports, reading the file with qpdf (veraPDF cannot
 * be installed here). Human-judged conditions (is the alt text right, is the reading order
 * sensible) stay with the tests that read the text and with looking at the pages.
 */
import { checkMetadata, type Claims } from './check-metadata.js';
import { checkStructure, type StructureSummary } from './check-structure.js';
import { PdfFile } from './qpdf-json.js';

export interface PdfCheck extends Claims, StructureSummary {
  /** Each failed condition, prefixed with its Matterhorn checkpoint or PDF/A clause. */
  problems: string[];
}

/** Checks the PDF at `path` (`password` to open an encrypted one). */
export function checkPdf(path: string, password?: string): PdfCheck {
  const pdf = PdfFile.read(path, password);
  const problems: string[] = [];
  const structure = checkStructure(pdf, problems);
  const claims = checkMetadata(pdf, problems);
  return { ...claims, ...structure, problems: [...new Set(problems)] };
}
