import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssessmentResult, Issue, Lang } from '@clusterlens/schema';
import { createApp, type Limits } from './app.js';
import type { Guard } from './security.js';
import { Session } from './session.js';
import type { AssessRequest, CheckedKind, InputFiles, SessionFile, Toolkit } from './toolkit.js';

export const HOST = '127.0.0.1:8080';
export const ORIGIN = `http://${HOST}`;

/** A real result of the three fixture clusters (the golden results.json), so answers can be checked against their schemas. */
export const GOLDEN = fileURLToPath(new URL('../../../../fixtures/golden/results.json', import.meta.url));
export const goldenResult = async () => JSON.parse(await readFile(GOLDEN, 'utf8')) as AssessmentResult;

/** The problem reading a workbook of bytes `PK WARN…` finds, in `lang`, naming the file `file` (its path in a round). */
const readerProblem = (file: string, lang: Lang): Issue => ({
  severity: 'warning',
  code: 'value_out_of_range',
  file,
  sheet: 'Responses',
  cell: 'D7',
  question: 'employees',
  message: lang === 'zh' ? `${file} 中员工人数 9999 超出 1–5000` : `employees 9999 in ${file} is outside 1–5000`,
});

/**
 * A toolkit that records its calls: a "workbook" is any file starting with PK; a side file or
 * baseline starting with BAD has a located error (in the language asked for), a workbook starting
 * with PK WARN a located problem that the round finds again; a round writes
 * results.json, one member report and the members' index, with the CLI's own lines in every
 * language and one problem of the inputs in the report's, and stops as the CLI does on a baseline
 * that starts with SAME-YEAR. Between workbooks, one starting with PK SAME repeats the members of
 * the first such one before it, which a round finds again.
 */
export function fakeToolkit() {
  const calls = { validate: [] as (SessionFile & { input: InputFiles; lang: Lang })[], assess: [] as AssessRequest[], framework: [] as string[], annotate: [] as Lang[], check: [] as { kind: CheckedKind; file: SessionFile; lang: Lang }[], between: [] as string[][] };
  const toolkit: Toolkit = {
    frameworks: [{ id: 'vcm-cluster', label: { en: 'Value chain', zh: '价值链' } }],
    policies: [],
    async validate(file, { input, framework, lang }) {
      calls.validate.push({ ...file, input, lang });
      calls.framework.push(framework);
      const data = await readFile(file.path);
      const workbook = data.subarray(0, 2).toString() === 'PK';
      if (data.subarray(0, 7).toString() === 'UNKNOWN') {
        return { survey: false, ok: false, issues: [{ severity: 'error', code: 'unknown_format', file: file.name, message: 'not a format', suggestion: 'name its format (--format)' }] };
      }
      if (data.subarray(0, 7).toString() === 'NOSHEET') {
        return { survey: false, ok: false, issues: [{ severity: 'error', code: 'missing_sheet', file: file.name, message: 'no sheet', suggestion: 'Start again from a fresh template (clusterlens template).' }] };
      }
      if (data.subarray(0, 7).toString() === 'PK WARN') return { survey: true, ok: true, issues: [readerProblem(file.name, lang)] };
      return workbook
        ? { survey: true, ok: true, issues: [] }
        : { survey: false, ok: false, issues: [{ severity: 'error', code: 'not_a_workbook', file: file.name, message: `${file.name} is not a workbook` }] };
    },
    async between(files, { lang }) {
      calls.between.push(files.map((f) => f.name));
      const issues: Issue[] = [];
      let first: string | undefined;
      for (const file of files) {
        if ((await readFile(file.path, 'utf8')).startsWith('PK SAME') === false) continue;
        if (first === undefined) first = file.name;
        else issues.push({ severity: 'error', code: 'merge_file_repeated', file: file.name, sheet: 'Responses', message: lang === 'zh' ? `${file.name} 重复了 ${first} 的全部填报主体` : `every member of ${file.name} is already in ${first}` });
      }
      return issues;
    },
    async check(kind, file, { lang }) {
      calls.check.push({ kind, file, lang });
      const bad = (await readFile(file.path, 'utf8')).startsWith('BAD');
      return bad ? [{ severity: 'error', code: 'cluster_key_unknown', file: file.name, path: '/nmae', message: lang === 'zh' ? `${file.name} 中的键“nmae”未知` : `unknown key “nmae” in ${file.name}` }] : [];
    },
    formatIssue: (issue, lang) => `${lang === 'zh' ? '警告' : 'warning'}: ${issue.file} › ${issue.sheet} › ${issue.cell}: ${issue.message}`,
    annotate: async (_file, _issues, lang) => (calls.annotate.push(lang), new Uint8Array([80, 75])),
    template: async ({ framework, lang }) => new TextEncoder().encode(`${framework}:${lang}`),
    async assess(request, progress) {
      calls.assess.push(request);
      if (request.baseline !== undefined && !request.forceBaseline && (await readFile(request.baseline, 'utf8')).includes('SAME-YEAR')) {
        return { outputs: [], issues: [{ severity: 'error', code: 'baseline_not_earlier', message: `baseline of c1: it is from 2025, not earlier than this survey (2025); add --force-baseline` }] };
      }
      const file = request.files[0]!;
      progress({ en: `reading ${file.path}`, zh: `正在读取 ${file.path}` });
      const problem = { severity: 'warning', code: 'value_out_of_range', file: file.name, sheet: 'Responses', cell: 'C5', message: request.lang === 'zh' ? '研发占比 250 超出 0–100' : 'R&D share 250 is outside 0–100' } as const;
      progress({ text: `${problem.file} › Responses › C5: ${problem.message}`, lang: request.lang });
      // What reading a file finds, the round finds again, and prints as the CLI does.
      const read = await Promise.all(request.files.map(async (f) => ((await readFile(f.path, 'utf8')).startsWith('PK WARN') ? [readerProblem(f.path, request.lang)] : [])));
      // Between the files, as the CLI's merge finds it: the same check the page makes before a round.
      const between = await toolkit.between(request.files, { lang: request.lang, framework: request.framework, input: request.input });
      for (const issue of [...read.flat(), ...between]) progress({ text: toolkit.formatIssue(issue, request.lang), lang: request.lang, issue });
      await mkdir(join(request.out, 'members', 'c1'), { recursive: true });
      await writeFile(join(request.out, 'results.json'), '{}');
      await writeFile(join(request.out, 'members', 'c1', 'member-m1.pdf'), '%PDF member');
      await writeFile(join(request.out, 'members', 'index.csv'), 'cluster,member,file\n');
      progress({ en: `wrote ${join(request.out, 'results.json')}`, zh: `已写入 ${join(request.out, 'results.json')}` });
      const result = await goldenResult();
      result.clusters[0]!.members = [{ id: 'm1' }] as unknown as NonNullable<AssessmentResult['clusters'][number]['members']>;
      return { result, outputs: [join(request.out, 'results.json'), join(request.out, 'members', 'c1', 'member-m1.pdf'), join(request.out, 'members', 'index.csv')], issues: [...read.flat(), ...between, problem] };
    },
  };
  return { toolkit, calls };
}

export async function testApp(options: { guard?: Partial<Guard>; limits?: Limits; store?: string } = {}) {
  const session = await Session.open();
  const { toolkit, calls } = fakeToolkit();
  const app = await createApp({ toolkit, session, guard: { hosts: new Set([HOST]), ...options.guard }, ...(options.limits && { limits: options.limits }), ...(options.store && { store: options.store }) });
  return { app, session, calls, toolkit, close: async () => (await app.close(), await session.close()) };
}

/** A multipart body of files, as a browser's FormData sends it. */
export function multipart(files: { name: string; data: string | Buffer }[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----clusterlens-test';
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      Buffer.isBuffer(f.data) ? f.data : Buffer.from(f.data),
      Buffer.from('\r\n'),
    ]),
  );
  const payload = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, host: HOST, origin: ORIGIN } };
}
