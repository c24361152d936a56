import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import { CliOutput, validate, type CliOutput as Document } from '@clusterlens/schema';
import { afterAll, expect } from 'vitest';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
// The built entry: worker threads run dist/batch/worker.js, which exists only in the build.
const MAIN = new URL('../dist/main.js', import.meta.url).href;
/** The demo's fixture clusters at full scale (300, 400 and 150 respondents). */
export const FIXTURE = (name: string) => `${REPO}fixtures/clusters/${name}.xlsx`;
/** The same clusters with 12, 10 and 8 respondents: for tests that need members and reports, not scale. */
export const SMALL = (name: string) => `${REPO}fixtures/clusters-small/${name}.xlsx`;
export const CLUSTER_IDS = ['zhili-kidswear', 'shenzhen-electronics', 'packaging-valley'] as const;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const lang = { CLUSTERLENS_LANG: 'en' };

/** Runs the built CLI as a user would, in a child process. For the few tests that must see the real binary. */
export function runCli(args: string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...lang, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const capture = (push: (text: string) => void) =>
  new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      push(String(chunk));
      done();
    },
  });

/** Runs the CLI's `main` in this process, with its own working directory and environment: what the binary does, minus start-up. */
export async function runMain(args: string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const { main } = (await import(MAIN)) as typeof import('./main.js');
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: capture((s) => (stdout += s)), stderr: capture((s) => (stderr += s)), cwd, env: { ...process.env, ...lang, ...env } });
  return { code, stdout, stderr };
}

/** The one `--json` document on stdout, checked against its schema (CliOutput). */
export function jsonDocument(run: Run): Document {
  const lines = run.stdout.split('\n');
  expect(lines.slice(1), 'one JSON line, then nothing').toEqual(['']);
  const document: unknown = JSON.parse(lines[0]!);
  expect(validate(CliOutput, document).issues).toEqual([]);
  return document as Document;
}

/**
 * Temporary folders under os.tmpdir() (the run's own folder, which the root test/temp-guard.ts
 * checks is left empty), removed after the calling file's tests. Call at the top of a test file.
 */
export function tempFolders(): () => Promise<string> {
  const made: string[] = [];
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clusterlens-cli-'));
    made.push(dir);
    return dir;
  };
}

const texts = new Map<string, Promise<string>>();

/**
 * The text a reader sees, page after page, with whitespace runs collapsed. Read once per path:
 * outputs live in fresh temporary folders and are not rewritten by the tests that read them.
 */
export function pdfText(path: string): Promise<string> {
  let text = texts.get(path);
  if (!text) {
    text = (async () => {
      const { PDFParse } = await import('pdf-parse');
      const parser = new PDFParse({ data: await readFile(path) });
      try {
        return (await parser.getText()).text.replace(/\s+/g, ' ');
      } finally {
        await parser.destroy();
      }
    })();
    texts.set(path, text);
  }
  return text;
}

/** Copies a workbook after editing it with exceljs, as a person in Excel would. */
export async function editedWorkbook(source: string, target: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = await loadWorkbook(source);
  edit(workbook);
  await workbook.xlsx.writeFile(target);
}

/** The column letter of a question id in the Responses header row. */
export function responseColumn(workbook: ExcelJS.Workbook, question: string): string {
  const sheet = workbook.getWorksheet('Responses')!;
  let letter = '';
  sheet.getRow(1).eachCell((cell) => {
    if (cell.value === question) letter = cell.address.replace(/\d+$/, '');
  });
  if (letter === '') throw new Error(`No column ${question} in Responses`);
  return letter;
}

/** The respondent ids of a native workbook, read with exceljs (not our reader): column A from row 3. */
export async function respondentIds(path: string): Promise<string[]> {
  const sheet = (await readOnlyWorkbook(path)).getWorksheet('Responses')!;
  const ids: string[] = [];
  sheet.eachRow((row, n) => {
    const id = row.getCell(1).value;
    if (n > 2 && typeof id === 'string' && id !== '') ids.push(id);
  });
  return ids;
}

/** The answers in one question column of a native workbook, read with exceljs (not our reader): non-empty cells from row 3. */
export async function answersIn(path: string, question: string): Promise<(number | string | boolean)[]> {
  const sheet = (await readOnlyWorkbook(path)).getWorksheet('Responses')!;
  const header = (sheet.getRow(1).values as unknown[]).indexOf(question);
  if (header < 1) throw new Error(`No column ${question} in Responses`);
  const values: (number | string | boolean)[] = [];
  sheet.eachRow((row, n) => {
    const v = row.getCell(header).value;
    if (n > 2 && v !== null && v !== undefined && v !== '') values.push(v as number | string | boolean);
  });
  return values;
}

const loaded = new Map<string, Promise<ExcelJS.Workbook>>();

/**
 * loadWorkbook for the helpers that only read: a file is loaded once per version (a full fixture
 * takes exceljs about half a second, most of it expanding the template's data validations).
 */
async function readOnlyWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const { mtimeMs, size } = await stat(path);
  const key = `${path}\0${mtimeMs}\0${size}`;
  let workbook = loaded.get(key);
  if (!workbook) loaded.set(key, (workbook = loadWorkbook(path)));
  return workbook;
}

/** Opens a workbook with exceljs directly, bypassing our reader, for independent checks. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  // exceljs declares its own Buffer type, which Node's Buffer does not satisfy structurally.
  await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  return workbook;
}
