import { join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { LANGS, type Lang } from '@clusterlens/schema';
import type { AppContext } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { resultView } from './result-view.js';
import { emit, type Run, type RunEvent } from './run-state.js';
import { refuse, requestLang } from './security.js';
import { knownFramework, type RoundChoices } from './toolkit.js';
import type { RunDetail } from '../schema/views.js';

interface RunBody {
  lang?: string;
  framework?: string;
  policy?: string;
  baseline?: boolean;
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
    members: { type: 'boolean' },
    sensitivity: { type: 'integer', minimum: 10, maximum: 10000 },
    store: { type: 'boolean' },
  },
} as const;

/**
 * POST /api/runs ─▶ the toolkit's assess on every upload that gave a survey, in the background
 * GET /api/runs/:id/events ─▶ its progress lines as server-sent events, then `done`
 * GET /api/runs/:id ─▶ status, outputs and the result without any member's figures
 */
export function runRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { session, toolkit } = ctx;
  api.post('/runs', { schema: { body: bodySchema } }, async (request, reply) => {
    const text = MESSAGES[requestLang(request)];
    const body = request.body as RunBody;
    if ([...session.runs.values()].some((r) => r.status === 'running')) return refuse(reply, 409, 'run_busy', text.runBusy);
    // A file with errors may still give a survey (a bad cell is a missing answer); a refused one gives none.
    const files = [...session.uploads.values()].filter((u) => u.survey);
    if (files.length === 0) return refuse(reply, 400, 'nothing_to_run', text.nothingToRun);
    if (body.store === true && ctx.store === undefined) return refuse(reply, 400, 'no_store', text.noStore);
    // Only the offered profiles: the CLI would read a name ending in .json as a file.
    if (body.policy !== undefined && !toolkit.policies.some((p) => p.id === body.policy)) return refuse(reply, 400, 'bad_request', text.badRequest(`policy ${body.policy}`));
    const lang: Lang = (body.lang as Lang | undefined) ?? requestLang(request);
    const choices: RoundChoices = {
      framework: knownFramework(toolkit, body.framework),
      members: body.members === true,
      store: body.store === true,
      ...(body.policy && { policy: body.policy }),
      ...(body.baseline === true && session.baseline && { baseline: session.baseline.path }),
      ...(body.sensitivity !== undefined && { sensitivity: body.sensitivity }),
    };
    const { id, dir } = await session.folder('runs');
    const run: Run = { id, dir, status: 'running', lines: [], listeners: new Set(), outputs: [], members: [], issues: [] };
    await session.addRun(run);
    const out = join(dir, 'out');
    // People know their files by name, not by the session folder's paths.
    const tidy = (line: string) => files.reduce((l, f) => l.split(f.path).join(f.name), line).split(`${out}${sep}`).join('').split(out).join('.');
    void toolkit
      .assess({ ...choices, files: files.map(({ path, name }) => ({ path, name })), input: session.input(), out, lang }, (line) => emit(run, { type: 'progress', line: tidy(line) }))
      .then((outcome) => {
        for (const path of outcome.outputs) {
          const name = relative(out, path);
          (name.startsWith(`members${sep}`) ? run.members : run.outputs).push({ name, path });
        }
        run.issues = outcome.issues;
        if (outcome.result) run.result = outcome.result;
        run.status = outcome.result ? 'done' : 'failed';
      })
      .catch((error: unknown) => {
        run.status = 'failed';
        emit(run, { type: 'progress', line: text.runFailed(error instanceof Error ? error.message : String(error)) });
      })
      .finally(() => emit(run, { type: 'done', ok: run.status === 'done' }));
    return reply.code(202).send({ id });
  });

  api.get('/runs/:id/events', (request, reply) => {
    const run = session.runs.get((request.params as { id: string }).id);
    if (!run) return refuse(reply, 404, 'not_found', MESSAGES[requestLang(request)].notFound);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { ...(reply.getHeaders() as Record<string, string>), 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    const send = (event: RunEvent) => raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    for (const line of run.lines) send({ type: 'progress', line });
    if (run.status !== 'running') {
      send({ type: 'done', ok: run.status === 'done' });
      raw.end();
      return;
    }
    const listener = (event: RunEvent) => {
      send(event);
      if (event.type === 'done') close();
    };
    const close = () => {
      run.listeners.delete(listener);
      raw.end();
    };
    run.listeners.add(listener);
    request.raw.on('close', () => run.listeners.delete(listener));
  });

  api.get('/runs/:id', async (request, reply) => {
    const run = session.runs.get((request.params as { id: string }).id);
    if (!run) return refuse(reply, 404, 'not_found', MESSAGES[requestLang(request)].notFound);
    const detail: RunDetail = {
      id: run.id,
      status: run.status,
      lines: run.lines,
      issues: run.issues,
      outputs: run.outputs.map((o, index) => ({ index, name: o.name })),
      // The zip also holds members/index.csv: the page counts the reports people will open.
      members: run.members.filter((m) => m.name.toLowerCase().endsWith('.pdf')).length,
      result: run.result ? resultView(run.result) : null,
    };
    return detail;
  });
}

