import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
export const FIXTURE = (name: string) => `${REPO}fixtures/clusters/${name}.xlsx`;
export const CLUSTER_IDS = ['zhili-kidswear', 'shenzhen-electronics', 'packaging-valley'] as const;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in a child process. */
export function runCli(args: string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, CLUSTERLENS_LANG: 'en', ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The text a reader sees, page after page, with whitespace runs collapsed. */
export async function pdfText(path: string): Promise<string> {
  const parser = new PDFParse({ data: await readFile(path) });
  try {
    const { text } = await parser.getText();
    return text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

/** Copies a fixture workbook after editing it with exceljs, as a person in Excel would. */
export async function editedFixture(id: string, target: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = await loadWorkbook(FIXTURE(id));
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

/** Opens a workbook with exceljs directly, bypassing our reader, for independent checks. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, which Node's Buffer does not satisfy structurally.
  await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  return workbook;
}
