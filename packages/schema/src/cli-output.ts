import { Type, type Static, type TProperties } from '@sinclair/typebox';
import { Issue } from './issue.js';
import { RecordedRun, StoredCluster } from './store.js';

const Outputs = Type.Array(Type.String(), { description: 'Files written, as paths the user can open from the working directory of the run.' });
const Count = Type.Integer({ minimum: 0 });

/** One input of a batch or merge run, as recorded in DIR/summary.json and printed by `--json`. */
export const BatchInput = Type.Object(
  {
    file: Type.String({ description: 'The input path relative to the working directory, `/`-separated: the input’s identity.' }),
    sha256: Type.Union([Type.String({ pattern: '^[0-9a-f]{64}$' }), Type.Null()], { description: 'SHA-256 of the file bytes; null when it could not be read.' }),
    status: Type.Union([Type.Literal('ok'), Type.Literal('failed')], {
      description: '`failed`: not assessed (unreadable, not a survey, no answers, or a second workbook of a cluster that disagrees).',
    }),
    cluster: Type.Union([Type.String(), Type.Null()]),
    outputs: Type.Array(Type.String(), { description: 'Files written for this input, relative to the output folder.' }),
    issues: Type.Object({ error: Count, warning: Count, info: Count }, { additionalProperties: false }),
    durationMs: Type.Number({ minimum: 0, description: 'Time spent on this input (read + report) in this run. Never part of results.json.' }),
    reused: Type.Object({ read: Type.Boolean(), report: Type.Boolean() }, { additionalProperties: false, description: 'What --resume took from the previous run.' }),
    readKey: Type.String({ description: 'Name of the stored read (survey + issues) under DIR/.clusterlens/reads/.' }),
    renderKey: Type.Union([Type.String(), Type.Null()], { description: 'Identity of what the report on disk was rendered from; null when there is none.' }),
  },
  { additionalProperties: false },
);
export type BatchInput = Static<typeof BatchInput>;

const result = <C extends string, P extends TProperties>(command: C, properties: P, description: string) =>
  Type.Object({ command: Type.Literal(command), ...properties }, { additionalProperties: false, description });

/** What a command that ran to its end hands back, by command. */
export const CliResult = Type.Union([
  result('template', { outputs: Outputs }, 'The template or XLSForm written.'),
  result(
    'validate',
    {
      files: Type.Array(Type.Object({ file: Type.String({ description: 'As given on the command line.' }), ok: Type.Boolean() }, { additionalProperties: false }), {
        description: 'Each workbook checked; `ok` when it has no error issue.',
      }),
      outputs: Outputs,
    },
    'The files checked, and the annotated copies written with --annotate.',
  ),
  result('assess', { outputs: Outputs }, 'The outputs of the run: results.json, reports, tables.'),
  result('batch', { outputs: Outputs, inputs: Type.Array(BatchInput) }, 'The outputs, and every input as in summary.json.'),
  result('merge', { outputs: Outputs, inputs: Type.Array(BatchInput) }, 'The outputs, and every input of the shards as in summary.json.'),
  result('index', { outputs: Outputs }, 'The scores table written.'),
  result(
    'history',
    {
      action: Type.Union([Type.Literal('list'), Type.Literal('export'), Type.Literal('import')]),
      outputs: Outputs,
      clusters: Type.Optional(Type.Array(StoredCluster, { description: '`list`: every cluster in the store with its runs.' })),
      rows: Type.Optional(Type.Integer({ minimum: 0, description: '`export`: rows of the long table written.' })),
      recorded: Type.Optional(Type.Array(RecordedRun, { description: '`import`: every cluster run recorded.' })),
    },
    'What `history list`, `history export` or `history import` did.',
  ),
  result('demo', { outputs: Outputs }, 'The outputs of the English and the Chinese demo run.'),
  result('help', { text: Type.String() }, 'The help text asked for with --help.'),
  result('version', { version: Type.String() }, 'The version asked for with --version.'),
]);
export type CliResult = Static<typeof CliResult>;

/**
 * The one JSON document `clusterlens … --json` prints on stdout, whatever the command and the
 * exit code. `result` is absent when the command could not run to its end (a usage error, an
 * unusable side file, nothing readable, an output that could not be written, a bug); `issues`
 * then says why, located by `file`, `sheet`, `cell` and `path` where the problem has a place.
 */
export const CliOutput = Type.Object(
  {
    ok: Type.Boolean({ description: 'True when the exit code is 0: the run finished and no input had an error.' }),
    result: Type.Optional(CliResult),
    issues: Type.Array(Issue, { description: 'Every problem found, input issues and the reason a run stopped alike.' }),
  },
  { additionalProperties: false },
);
export type CliOutput = Static<typeof CliOutput>;
