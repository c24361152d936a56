import { ClusterSurvey, Issue, validate } from '@clusterlens/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSurveyWorkbook, writeSurveyWorkbook } from './index.js';
import { testFramework } from './test-framework.js';
import { testCluster, testRespondents } from './test-respondents.js';
import { unzipEntries, zipEntries } from './test-zip.js';

/**
 * Mutated workbooks must come back as a result or clean issues: never an exception, never a
 * promise that does not settle, and always schema-valid output. Seeds are fixed so a failure
 * is reproducible; fast-check prints the shrunk counterexample.
 */
const HANG_MS = 15_000;

async function readWithin(data: Buffer): Promise<Awaited<ReturnType<typeof readSurveyWorkbook>>> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    return await Promise.race([readSurveyWorkbook(data, { file: 'fuzz.xlsx' }), hang]);
  } finally {
    clearTimeout(timer);
  }
}

async function expectClean(data: Buffer): Promise<void> {
  const { survey, issues } = await readWithin(data);
  for (const issue of issues) expect(validate(Issue, issue).issues).toEqual([]);
  if (survey) expect(validate(ClusterSurvey, survey).issues).toEqual([]);
  else expect(issues.some((issue) => issue.severity === 'error')).toBe(true);
}

// Snippets that stress the parser: rows and cells past Excel's grid, huge merges, broken markup.
const SNIPPETS = [
  '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
  '<c r="XFD1"><v>1</v></c>',
  '<row r="99999999999">',
  '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<dataValidations count="1"><dataValidation sqref="A1:XFD1048576" type="list"><formula1>"a"</formula1></dataValidation></dataValidations>',
  '<c r="B3" t="s"><v>999999</v></c>',
  '<c r="C3" t="e"><v>#REF!</v></c>',
  '<c r="C3"><f>1/0</f></c>',
  '&#0;',
  '<',
  ']]>',
  '<sheet name="Responses" sheetId="9" r:id="rId99"/>',
];

describe('fuzzed workbooks', () => {
  let base: Buffer;
  let entries: { name: string; data: Buffer }[];
  beforeAll(async () => {
    base = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents });
    entries = await unzipEntries(base);
  });

  it('survives random bytes changed in the zip', { timeout: 300_000 }, async () => {
    const edits = fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(edits, fc.option(fc.nat(), { nil: undefined }), async (changes, cut) => {
        const data = Buffer.from(base);
        for (const { at, byte } of changes) data[at % data.length] = byte;
        await expectClean(cut === undefined ? data : data.subarray(0, cut % data.length));
      }),
      { numRuns: 150, seed: 20250301 },
    );
  });

  it('survives XML edited inside the zip', { timeout: 300_000 }, async () => {
    const xmlParts = () => entries.filter((entry) => entry.name.endsWith('.xml') || entry.name.endsWith('.rels'));
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ kind: fc.constant('duplicate' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ kind: fc.constant('insert' as const), from: fc.nat(), snippet: fc.constantFrom(...SNIPPETS) }),
      fc.record({ kind: fc.constant('number' as const), from: fc.nat(), value: fc.constantFrom('0', '-1', '1048577', '99999999999', '1e308', 'NaN') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (pick, mutations) => {
        const parts = xmlParts();
        const target = parts[pick % parts.length]!;
        let text = target.data.toString('utf8');
        for (const m of mutations) {
          const at = m.from % Math.max(1, text.length);
          if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
          else if (m.kind === 'duplicate') text = text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
          else if (m.kind === 'insert') text = text.slice(0, at) + m.snippet + text.slice(at);
          else text = text.slice(0, at) + text.slice(at).replace(/\d+/, m.value);
        }
        const mutated = entries.map((entry) => (entry === target ? { name: entry.name, data: Buffer.from(text, 'utf8') } : entry));
        await expectClean(zipEntries(mutated));
      }),
      { numRuns: 200, seed: 20250302 },
    );
  });
});
