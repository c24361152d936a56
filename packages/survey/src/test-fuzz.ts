import { ClusterSurvey, Issue, validate } from '@clusterlens/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSurveyWorkbook, readSurveyWorkbookStream, writeSurveyWorkbook, type ReadSurveyResult } from './index.js';
import { testFramework } from './test-framework.js';
import { partKind } from './part-check.js';
import { nativeSheets, ooxmlWorkbook } from './test-ooxml.js';
import { testCluster, testRegional, testRespondents } from './test-respondents.js';
import { unzipEntries, zipEntries } from './test-zip.js';

/**
 * Property-based fuzzing of both readers: valid workbooks are mutated at the byte, zip-entry
 * and XML level, and each reader must settle (no exception, no hang), stay within memory,
 * give schema-valid output, agree with the other reader, and either read the same numbers as
 * from the unmutated workbook or say why not with an error or warning — one naming a sheet
 * whenever a survey still comes out.
 */

// Hang guards only, not performance checks: a read of these small workbooks takes milliseconds.
const HANG_MS = 30_000;
const MAX_HEAP_BYTES = 1.5e9;

interface Seed {
  name: string;
  data: Buffer;
  entries: { name: string; data: Buffer }[];
  numbers: unknown;
}

/** What a survey says, less where it was read from: mutations may move rows without changing an answer. */
function numbers(survey: ClusterSurvey | null): unknown {
  if (!survey) return null;
  const respondents = survey.respondents.map(({ source: _, ...respondent }) => respondent);
  return { cluster: survey.cluster, questions: survey.questions, choiceLists: survey.choiceLists, regional: survey.regional, respondents };
}

async function settle(read: Promise<ReadSurveyResult>): Promise<ReadSurveyResult> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    return await Promise.race([read, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `agree`: whether both readers must give the same result. Not for an element put where a part
 * other than a sheet has none: exceljs and the streaming reader then each read that part their
 * own way (a `<row>` in the sheet list of workbook.xml ends it for exceljs), and each must still
 * be sound on its own.
 */
async function expectSound(data: Buffer, seed: Seed, agree = true): Promise<void> {
  const options = { file: 'fuzz.xlsx', framework: testFramework };
  const inMemory = await settle(readSurveyWorkbook(data, options));
  const streamed = await settle(readSurveyWorkbookStream(data, options));
  expect(process.memoryUsage().heapUsed).toBeLessThan(MAX_HEAP_BYTES);
  for (const { survey, issues } of [inMemory, streamed]) {
    for (const issue of issues) expect(validate(Issue, issue).issues).toEqual([]);
    if (survey) expect(validate(ClusterSurvey, survey).issues).toEqual([]);
    if (JSON.stringify(numbers(survey)) !== JSON.stringify(seed.numbers)) {
      const problems = issues.filter((issue) => issue.severity !== 'info' && issue.file === 'fuzz.xlsx');
      expect(problems).not.toEqual([]);
      if (survey) expect(problems.some((issue) => issue.sheet !== undefined)).toBe(true);
    }
  }
  if (!agree) return;
  // Two readers stopping at different damage of a badly broken file (each reads the entries in its own order) may name it differently.
  const refusal = (result: ReadSurveyResult) => result.survey === null && result.issues.length === 1 && result.issues[0]?.sheet === undefined;
  if (refusal(inMemory) && refusal(streamed)) expect(streamed.issues[0]?.severity).toBe('error');
  else expect(streamed).toEqual(inMemory);
}

export async function seeds(): Promise<Seed[]> {
  const exceljs = await writeSurveyWorkbook({ framework: testFramework, lang: 'en', cluster: testCluster, respondents: testRespondents, regional: testRegional });
  const regional = { name: 'Regional', rows: [['key', 'label', 'unit', 'value'], ['region_employment', null, null, 5000]] };
  const rows = [['respondent_id', 'chain_role', 'employees'], ['M1', 'upstream', 10], ['M2', '下游企业', '1,234'], ['M3', 'upstream', 30]];
  const foreign = ooxmlWorkbook([...nativeSheets(rows), regional]);
  return Promise.all(
    [['exceljs', exceljs] as const, ['foreign', foreign] as const].map(async ([name, data]) => {
      const read = await readSurveyWorkbook(data, { file: 'fuzz.xlsx', framework: testFramework });
      expect(read.survey).not.toBeNull();
      return { name, data, entries: await unzipEntries(data), numbers: numbers(read.survey) };
    }),
  );
}

const BYTES = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), edits: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
);

export function mutateBytes(data: Buffer, mutation: typeof BYTES extends fc.Arbitrary<infer T> ? T : never): Buffer {
  if (mutation.kind === 'cut') return data.subarray(0, mutation.at % data.length);
  if (mutation.kind === 'insert') {
    const at = mutation.at % data.length;
    return Buffer.concat([data.subarray(0, at), Buffer.from(mutation.bytes), data.subarray(at)]);
  }
  const copy = Buffer.from(data);
  for (const { at, byte } of mutation.edits) copy[at % copy.length] = byte;
  return copy;
}

const ENTRIES = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'duplicate' as const, 'store' as const, 'rename' as const, 'empty' as const, 'lie' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), pick: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), order: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }) }),
);

export function mutateEntries(entries: readonly { name: string; data: Buffer }[], mutation: typeof ENTRIES extends fc.Arbitrary<infer T> ? T : never): Buffer {
  const list: { name: string; data: Buffer; method?: 'store'; declaredSize?: number }[] = entries.map((entry) => ({ ...entry }));
  if (mutation.kind === 'shuffle') {
    const keyed = list.map((entry, index) => ({ entry, key: mutation.order[index] ?? index }));
    return zipEntries(keyed.sort((a, b) => a.key - b.key).map(({ entry }) => entry));
  }
  const index = mutation.pick % list.length;
  const target = list[index]!;
  if (mutation.kind === 'drop') list.splice(index, 1);
  else if (mutation.kind === 'duplicate') list.splice(index, 0, { ...target });
  else if (mutation.kind === 'store') target.method = 'store';
  else if (mutation.kind === 'rename') target.name = target.name.replace(/[a-z](?=[^/]*$)/, (letter) => letter.toUpperCase());
  else if (mutation.kind === 'empty') target.data = Buffer.alloc(0);
  else if (mutation.kind === 'lie') target.declaredSize = Math.max(0, target.data.length - 1);
  else if (mutation.kind === 'cut') target.data = target.data.subarray(0, mutation.at % Math.max(1, target.data.length));
  else if (mutation.kind === 'swap') {
    const other = list[mutation.other % list.length]!;
    [target.data, other.data] = [other.data, target.data];
  }
  return zipEntries(list);
}

// Markup that damages a part or reaches past a limit; none is a plausible edit of an answer.
const SNIPPETS = [
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>',
  '&lol2;',
  '&#0;',
  '<',
  ']]>',
  '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
  '<c r="XFD1"><v>1</v></c>',
  '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<row r="99999999999">',
  '</row>',
  '<c>',
];

const XML = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), pick: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop_end_tag' as const), pick: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat_start_tag' as const), pick: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), pick: fc.nat(), at: fc.nat(), snippet: fc.constantFrom(...SNIPPETS) }),
  fc.record({ kind: fc.constant('renumber_row' as const), pick: fc.nat(), at: fc.nat(), row: fc.constantFrom('0', '-1', '1', '2', '3', '9', '500', '1048576', '1048577') }),
);

/** The `at`-th match of `pattern` in `text` (wrapping around), or undefined when there is none. */
function nth(text: string, pattern: RegExp, at: number): RegExpExecArray | undefined {
  const matches = [...text.matchAll(pattern)];
  return matches.length === 0 ? undefined : matches[at % matches.length];
}

export function mutateXml(entries: readonly { name: string; data: Buffer }[], mutation: typeof XML extends fc.Arbitrary<infer T> ? T : never): { data: Buffer; agree: boolean } {
  const parts = entries.filter((entry) => /\.(xml|rels)$/.test(entry.name));
  const target = parts[mutation.pick % parts.length]!;
  let text = target.data.toString('utf8');
  const splice = (at: number, remove: number, insert: string) => (text = text.slice(0, at) + insert + text.slice(at + remove));
  if (mutation.kind === 'cut') text = text.slice(0, mutation.at % text.length);
  else if (mutation.kind === 'drop_end_tag') {
    const end = nth(text, /<\/[^>]+>/g, mutation.at);
    if (end) splice(end.index, end[0].length, '');
  } else if (mutation.kind === 'repeat_start_tag') {
    const start = nth(text, /<[A-Za-z][^>]*[^/]>/g, mutation.at);
    if (start) splice(start.index, 0, start[0]);
  } else if (mutation.kind === 'insert') {
    const boundary = nth(text, />/g, mutation.at);
    if (boundary) splice(boundary.index + 1, 0, mutation.snippet);
  } else {
    const row = nth(text, /<row r="\d+"/g, mutation.at);
    if (row) splice(row.index, row[0].length, `<row r="${mutation.row}"`);
  }
  const data = zipEntries(entries.map((entry) => (entry === target ? { name: entry.name, data: Buffer.from(text, 'utf8') } : entry)));
  return { data, agree: mutation.kind !== 'insert' || partKind(target.name) === 'worksheet' };
}

/**
 * The fuzz suite with `runs` runs per property and workbook. With a `seed` every run is the
 * same (npm test); without, fast-check picks one and prints it with any counterexample.
 */
export function fuzzSuite(runs: number, seed?: number): void {
  describe('fuzzed workbooks, both readers', () => {
    let all: Seed[] = [];
    beforeAll(async () => {
      all = await seeds();
    });
    const settings = (offset: number) => ({ numRuns: runs, ...(seed === undefined ? {} : { seed: seed + offset }) });
    const pick = fc.nat({ max: 1 });

    it('byte-level changes', async () => {
      await fc.assert(fc.asyncProperty(pick, BYTES, async (which, mutation) => expectSound(mutateBytes(all[which]!.data, mutation), all[which]!)), settings(1));
    });

    it('zip-entry changes', async () => {
      await fc.assert(fc.asyncProperty(pick, ENTRIES, async (which, mutation) => expectSound(mutateEntries(all[which]!.entries, mutation), all[which]!)), settings(2));
    });

    it('XML changes', async () => {
      await fc.assert(
        fc.asyncProperty(pick, XML, async (which, mutation) => {
          const { data, agree } = mutateXml(all[which]!.entries, mutation);
          await expectSound(data, all[which]!, agree);
        }),
        settings(3),
      );
    });
  });
}
