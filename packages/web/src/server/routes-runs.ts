import { join, relative, sep } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LANGS, type Lang } from '@clusterlens/schema';
import type { AppContext } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { pageIssue } from './issue-text.js';
import { emit, finish, type LogEntry, type Run } from './run-state.js';
import { runDetail, runLine } from './run-view.js';
import { refuse, requestLang } from './security.js';
import { knownFramework, type RoundChoices } from './toolkit.js';
import type { Reading } from './session.js';
import { betweenUploads, duplicates, readUpload } from './uploads.js';
import type { RunEvent, RunList } from '../schema/views.js';

interface RunBody {
  lang?: string;
  framework?: string;
  policy?: string;
  baseline?: boolean;
  forceBaseline?: boolean;
  members?: boolean;
  sensitivity?: number;
  store?: boolean;
}

const bodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    lang: { enum: [...LANGS] },
    framework: { type: 'string', maxLength: 100 },
    policy: { type: 'string', maxLength: 100 },
    baseline: { type: 'boolean' },
    forceBaseline: { type: 'boolean' },
    members: { type: 'boolean' },
    sensitivity: { type: 'integer', minimum: 10, maximum: 10000 },
    store: { type: 'boolean' },
  },
} as const;

const isLang = (v: unknown): v is Lang => LANGS.includes(v as Lang);

/** `word` in every language, one after the other (a reading in each may take a while on a large file). */
async function everyLang<T>(word: (lang: Lang) => Promise<T>): Promise<Record<Lang, T>> {
  const worded: Partial<Record<Lang, T>> = {};
  for (const l of LANGS) worded[l] = await word(l);
  return worded as Record<Lang, T>;
}
/** The language of a run's texts: an EventSource sends no header of the page's language, so the page names it in the address. */
const askedLang = (request: FastifyRequest): Lang => {
  const asked = (request.query as { lang?: string }).lang;
  return isLang(asked) ? asked : requestLang(request);
};

/**
 * GET /api/runs ─▶ the rounds of this server's lifetime, so a reloaded page finds its round again
 * POST /api/runs ─▶ the toolkit's assess on every upload that gave a survey, once each, in the background
 * GET /api/runs/:id/events ─▶ its progress as server-sent events, then `done`
 * GET /api/runs/:id ─▶ status, outputs and the result without any member's figures
 * Every text is worded when asked for, in the language asked for (`?lang=` or the page's header).
 */
export function runRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { session, toolkit } = ctx;
  api.get('/runs', async (): Promise<RunList> => ({ runs: [...session.runs.values()].map(({ id, status, started }) => ({ id, status, started })) }));

  api.post('/runs', { schema: { body: bodySchema } }, async (request, reply) => {
    const pageLang = requestLang(request);
    const text = MESSAGES[pageLang];
    const body = request.body as RunBody;
    const busy = () => [...session.runs.values()].some((r) => r.status === 'running');
    if (busy()) return refuse(reply, 409, 'run_busy', text.runBusy);
    const framework = knownFramework(toolkit, body.framework);
    // A file with errors may still give a survey (a bad cell is a missing answer); a refused one gives none, and the same file twice is read once.
    const uploads = [...session.uploads.values()];
    const twice = duplicates(uploads);
    // One file at a time, as they were added: a file read again (another framework) may be large.
    const readings: Reading[] = [];
    for (const upload of uploads) readings.push(await readUpload(ctx, upload, pageLang, framework));
    const files = uploads.filter((u, i) => readings[i]!.survey && !twice.has(u.id));
    if (files.length === 0) return refuse(reply, 400, 'nothing_to_run', text.nothingToRun);
    if (body.store === true && ctx.store === undefined) return refuse(reply, 400, 'no_store', text.noStore);
    // Only the offered profiles: the CLI would read a name ending in .json as a file.
    if (body.policy !== undefined && !toolkit.policies.some((p) => p.id === body.policy)) return refuse(reply, 400, 'bad_request', text.badRequest(`policy ${body.policy}`));
    // A comparison asked for and not possible is said, not dropped: the round would have no change against last year.
    if (body.baseline === true && !session.baseline) return refuse(reply, 400, 'baseline_missing', text.baselineMissing);
    const baseline = body.baseline === true ? session.baseline : undefined;
    const lang: Lang = (body.lang as Lang | undefined) ?? pageLang;
    const choices: RoundChoices = {
      framework,
      members: body.members === true,
      store: body.store === true,
      ...(body.policy && { policy: body.policy }),
      ...(baseline && { baseline: baseline.path, ...(body.forceBaseline === true && { forceBaseline: true }) }),
      ...(body.sensitivity !== undefined && { sensitivity: body.sensitivity }),
    };
    const notes: Run['notes'] = [];
    for (const [i, upload] of uploads.entries()) {
      const first = twice.get(upload.id);
      if (first !== undefined) notes.push({ code: 'duplicate', file: upload.name, first });
      else if (!readings[i]!.survey) notes.push({ code: 'left_out', file: upload.name, reasons: await reasons(upload) });
    }
    // The toolkit words its issues in the report's language alone; those of its reader and of its check between the files are worded again from these, in the page's.
    const worded: Run['readings'] = [];
    for (const upload of files) worded.push(await everyLang((l) => readUpload(ctx, upload, l, framework).then((r) => r.issues)));
    worded.push(await everyLang((l) => betweenUploads(ctx, l, twice, framework)));
    // Reading may have taken a while: another round may have started meanwhile.
    if (busy()) return refuse(reply, 409, 'run_busy', text.runBusy);
    const { id, dir } = await session.folder('runs');
    const out = join(dir, 'out');
    // People know their files by name, not by the session folder's paths; outputs by their place in the output folder.
    const names: Run['names'] = [...session.names(), [`${out}${sep}`, ''], [out, '.']];
    const run: Run = {
      id,
      dir,
      status: 'running',
      started: new Date().toISOString(),
      lang,
      log: [],
      notes,
      names,
      listeners: new Set(),
      outputs: [],
      members: [],
      issues: [],
      readings: worded,
      format: (issue, l) => toolkit.formatIssue(issue, l),
      ...(baseline && { baseline: { name: baseline.name, years: baseline.years } }),
    };
    await session.addRun(run);
    for (const note of notes) emit(run, { note });
    void toolkit
      .assess({ ...choices, files: files.map(({ path, name }) => ({ path, name })), input: session.input(), out, lang }, (line) => emit(run, { line }))
      .then((outcome) => {
        for (const path of outcome.outputs) {
          const name = relative(out, path);
          (name.startsWith(`members${sep}`) ? run.members : run.outputs).push({ name, path });
        }
        run.issues = outcome.issues;
        if (outcome.result) run.result = outcome.result;
        run.status = outcome.result ? 'done' : 'failed';
        if (!outcome.result) emit(run, { note: { code: 'stopped' } });
      })
      .catch((error: unknown) => {
        // A bug: its message may hold paths and means nothing to the page's users; it goes to the server's log.
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        run.status = 'failed';
        emit(run, { note: { code: 'internal' } });
      })
      .finally(() => finish(run));
    return reply.code(202).send({ id });

    /** Why an upload gave no survey, in every language: its errors as its reading gave them. */
    function reasons(upload: (typeof uploads)[number]): Promise<Record<Lang, string>> {
      return everyLang(async (l) => {
        const errors = (await readUpload(ctx, upload, l, framework)).issues.filter((i) => i.severity === 'error');
        return errors.map((i) => pageIssue(i, l, session.names()).message).join(' ');
      });
    }
  });

  api.get('/runs/:id/events', (request, reply) => {
    const run = session.runs.get((request.params as { id: string }).id);
    const lang = askedLang(request);
    if (!run) return refuse(reply, 404, 'not_found', MESSAGES[lang].notFound);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { ...(reply.getHeaders() as Record<string, string>), 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    const send = (event: RunEvent) => raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    for (const entry of run.log) send({ type: 'progress', line: runLine(run, entry, lang) });
    if (run.status !== 'running') {
      send({ type: 'done', ok: run.status === 'done' });
      raw.end();
      return;
    }
    const listener = (entry: LogEntry | 'done') => {
      if (entry !== 'done') {
        send({ type: 'progress', line: runLine(run, entry, lang) });
        return;
      }
      send({ type: 'done', ok: run.status === 'done' });
      run.listeners.delete(listener);
      raw.end();
    };
    run.listeners.add(listener);
    request.raw.on('close', () => run.listeners.delete(listener));
  });

  api.get('/runs/:id', async (request, reply) => {
    const run = session.runs.get((request.params as { id: string }).id);
    if (!run) return refuse(reply, 404, 'not_found', MESSAGES[askedLang(request)].notFound);
    return runDetail(run, askedLang(request));
  });
}
