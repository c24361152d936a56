import { expect } from 'vitest';
import { readSurveyWorkbook, readSurveyWorkbookStream, type ReadSurveyOptions, type ReadSurveyResult } from './index.js';
import { unzipEntries, zipEntries } from './test-zip.js';

/** Rewrites one part of a package, as a different (or careless) writer would have written it. */
export async function rewritePart(data: Buffer, name: string, edit: (xml: string) => string): Promise<Buffer> {
  const entries = await unzipEntries(data);
  expect(entries.map((entry) => entry.name)).toContain(name);
  return zipEntries(entries.map((entry) => (entry.name === name ? { name, data: edit(entry.data.toString('utf8')) } : entry)));
}

/** Adds parts to a package, after its own. */
export async function addParts(data: Buffer, parts: Record<string, string>): Promise<Buffer> {
  const entries = await unzipEntries(data);
  return zipEntries([...entries, ...Object.entries(parts).map(([name, text]) => ({ name, data: text }))]);
}

/** Reads with both readers, the streaming one from memory; they must give the same result, which is returned. */
export async function readBoth(data: Buffer, options: ReadSurveyOptions): Promise<ReadSurveyResult> {
  const inMemory = await readSurveyWorkbook(data, options);
  expect(await readSurveyWorkbookStream(data, options)).toEqual(inMemory);
  return inMemory;
}
