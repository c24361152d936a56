import { Command, CommanderError, Option } from 'commander';
import type { CliConfig, Issue, Lang, OutputFormat } from '@clusterlens/schema';
import type { Shard } from './batch/shard.js';
import { palette, useColour, type Palette } from './colour.js';
import { EXIT, ExitError, type ExitCode } from './exit.js';
import { examples, EXAMPLES } from './help.js';
import { countBySeverity, createLogger, type Logger } from './log.js';
import { defaultLang, MESSAGES } from './messages.js';
import { parsers, resolveDefaults, type GlobalOptions } from './options.js';
import type { InputFormatOptions } from './read-input.js';
import { ENGINE } from './version.js';

/** What a command hands back to main. */
interface Outcome {
  outputs: string[];
  issues: Issue[];
  /** Replaces the default `--json` document `{ok, outputs, issues}`. */
  json?: object;
  /** Human-readable result for stdout (tables); not printed with --json or --quiet. */
  report?: string;
  /** Some input failed even where no error issue says so. */
  failed?: boolean;
  /** Inputs were given but none gave a result. */
  nothingProduced?: boolean;
}

/** What every command's action gets after the config file and the global flags are settled. */
interface Context {
  lang: Lang;
  config: CliConfig;
  logger: Logger;
  paint: Palette;
  stderr: NodeJS.WritableStream;
}

type RunFlags = GlobalOptions & { framework?: string; formats?: OutputFormat[]; jobs?: number; policy?: string; minGroup?: number };
type AssessFlags = { out: string; baseline?: string; members?: boolean; sensitivity?: number };

/** The input-format flags as the readers take them; absent flags stay absent. */
function inputOptions(opts: InputFormatOptions): InputFormatOptions {
  const { format, form, mapping, cluster, regional } = opts;
  return { ...(format && { format }), ...(form && { form }), ...(mapping && { mapping }), ...(cluster && { cluster }), ...(regional && { regional }) };
}

/**
 * Parses argv, runs one command and returns the exit code. The only place that turns
 * outcomes and errors into exit codes; `bin.ts` only sets process.exitCode. Commands load
 * lazily, so --help and --version never import exceljs or pdfmake.
 */
export async function main(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<ExitCode> {
  const envLang = defaultLang();
  const text = MESSAGES[envLang];
  const parse = parsers(envLang);
  let exitCode: ExitCode = EXIT.ok;
  let logger: Logger = createLogger({ stream: io.stderr });

  const setup = async (opts: GlobalOptions): Promise<Context> => {
    // Loaded here, not at start-up: the schema validator alone costs ~150 ms that --help need not pay.
    const { loadConfig } = await import('./config.js');
    const config = await loadConfig(opts.config, process.cwd(), opts.lang ?? envLang);
    logger = createLogger({ quiet: opts.quiet === true || opts.json === true, verbose: opts.verbose === true, stream: io.stderr });
    return { lang: opts.lang ?? config.lang ?? envLang, config, logger, paint: palette(useColour(io.stdout)), stderr: io.stderr };
  };
  const finish = (outcome: Outcome, opts: GlobalOptions) => {
    const failed = outcome.failed === true || countBySeverity(outcome.issues).error > 0;
    exitCode = outcome.nothingProduced ? EXIT.nothingProduced : failed ? EXIT.inputErrors : EXIT.ok;
    if (opts.json) io.stdout.write(`${JSON.stringify(outcome.json ?? { ok: !failed, outputs: outcome.outputs, issues: outcome.issues })}\n`);
    else if (outcome.report && !opts.quiet) io.stdout.write(outcome.report);
  };
  const command = (name: keyof typeof EXAMPLES, description: string) =>
    program
      .command(name)
      .description(description)
      .addOption(new Option('--lang <lang>', text.optLang).choices(['en', 'zh']))
      .option('--json', text.optJson)
      .option('-q, --quiet', text.optQuiet)
      .option('-v, --verbose', text.optVerbose)
      .option('--config <file>', text.optConfig)
      .addHelpText('after', examples(EXAMPLES[name]));

  /** Flags for inputs that are not native workbooks; shared by validate and assess. */
  const inputFlags = (cmd: Command) =>
    cmd
      .addOption(new Option('--format <format>', text.optFormat).choices(['native', 'kobo', 'odk', 'xlsform', 'table']))
      .option('--form <xlsform>', text.optForm)
      .option('--mapping <file>', text.optMapping)
      .option('--cluster <file>', text.optCluster)
      .option('--regional <file>', text.optRegional);

  /** Flags of the commands that score and report: assess and batch. */
  const runFlags = (cmd: Command) =>
    cmd
      .option('--framework <id|file>', text.optFramework)
      .option('--policy <id|file>', text.optPolicy)
      .option('--members', text.optMembers)
      .option('--min-group <k>', text.optMinGroup, parse.minGroup)
      .option('-j, --jobs <n>', text.optJobs, parse.jobs)
      .option('--formats <list>', text.optFormats, parse.formats);

  const program = new Command()
    .name('clusterlens')
    .description(text.description)
    .version(ENGINE.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();

  command('template', text.templateDescription)
    .requiredOption('-o, --out <file>', text.optOut)
    .option('--framework <id|file>', text.optFramework)
    .option('--xlsform', text.optXlsform)
    .action(async (opts: RunFlags & { out: string; xlsform?: boolean }) => {
      const ctx = await setup(opts);
      const { runTemplate } = await import('./commands/template.js');
      const { framework } = resolveDefaults(opts, ctx.config);
      const run = { out: opts.out, lang: ctx.lang, framework, xlsform: opts.xlsform === true };
      finish({ issues: [], ...(await runTemplate(run, ctx.logger)) }, opts);
    });

  inputFlags(command('validate', text.validateDescription))
    .argument('<workbooks...>', text.argWorkbooks)
    .option('--framework <id|file>', text.optFramework)
    .option('--annotate <dir>', text.optAnnotate)
    .action(async (files: string[], opts: RunFlags & InputFormatOptions & { annotate?: string }) => {
      const ctx = await setup(opts);
      const { runValidate } = await import('./commands/validate.js');
      const { framework } = resolveDefaults(opts, ctx.config);
      const run = { files, lang: ctx.lang, framework, input: inputOptions(opts), ...(opts.annotate === undefined ? {} : { annotate: opts.annotate }) };
      const outcome = await runValidate(run, ctx.logger, ctx.paint);
      finish({ ...outcome, report: outcome.table, failed: !outcome.json.ok }, opts);
    });

  runFlags(inputFlags(command('assess', text.assessDescription)))
    .argument('<workbooks...>', text.argWorkbooks)
    .requiredOption('-o, --out <dir>', text.optOut)
    .option('--baseline <results.json>', text.optBaseline)
    .option('--sensitivity <draws>', text.optSensitivity, parse.draws)
    .action(async (files: string[], opts: RunFlags & InputFormatOptions & AssessFlags) => {
      const ctx = await setup(opts);
      const { runAssess } = await import('./commands/assess.js');
      const { framework, formats, policy, minGroup, jobs } = resolveDefaults(opts, ctx.config);
      const run = {
        files,
        jobs,
        out: opts.out,
        lang: ctx.lang,
        framework,
        formats,
        minGroup,
        members: opts.members === true,
        input: inputOptions(opts),
        ...(policy !== undefined && { policy }),
        ...(opts.baseline !== undefined && { baseline: opts.baseline }),
        ...(opts.sensitivity !== undefined && { sensitivity: opts.sensitivity }),
      };
      finish(await runAssess(run, ctx.logger), opts);
    });

  command('index', text.indexDescription)
    .requiredOption('--meta <META.csv>', text.optMeta)
    .requiredOption('--data <DATA.csv>', text.optData)
    .option('--weights <W.csv>', text.optWeights)
    .option('--normalise <method>', text.optNormalise)
    .option('--range <L,U>', text.optRange)
    .option('--aggregate <method>', text.optAggregate)
    .requiredOption('-o, --out <OUT.csv>', text.optOut)
    .action(async (opts: GlobalOptions & { meta: string; data: string; weights?: string; normalise?: string; range?: string; aggregate?: string; out: string }) => {
      const ctx = await setup(opts);
      const { runIndex } = await import('./commands/index-tables.js');
      const { meta, data, out, weights, normalise, range, aggregate } = opts;
      const run = { meta, data, out, lang: ctx.lang, ...(weights && { weights }), ...(normalise && { normalise }), ...(range && { range }), ...(aggregate && { aggregate }) };
      finish(await runIndex(run, ctx.logger), opts);
    });

  runFlags(command('batch', text.batchDescription))
    .argument('<patterns...>', text.argPatterns)
    .requiredOption('-o, --out <dir>', text.optOut)
    .option('--shard <K/N>', text.optShard, parse.shard)
    .option('--resume', text.optResume)
    .action(async (patterns: string[], opts: RunFlags & { out: string; shard?: Shard; resume?: boolean; members?: boolean }) => {
      const ctx = await setup(opts);
      const [{ runBatch }, { createProgress }, { summaryTable }] = await Promise.all([
        import('./commands/batch.js'),
        import('./batch/progress.js'),
        import('./batch/summary-table.js'),
      ]);
      const cwd = process.cwd();
      const { policy, ...defaults } = resolveDefaults(opts, ctx.config);
      const members = opts.members === true;
      const run = { ...defaults, patterns, out: opts.out, cwd, shard: opts.shard, resume: opts.resume === true, lang: ctx.lang, members, ...(policy !== undefined && { policy }) };
      const outcome = await runBatch(run, ctx.logger, createProgress(ctx.stderr, ctx.logger));
      const failed = outcome.inputs.some((e) => e.status !== 'ok');
      const nothingProduced = outcome.inputs.length > 0 && outcome.inputs.every((e) => e.status !== 'ok');
      const report = summaryTable(outcome.inputs, opts.out, cwd, ctx.lang, ctx.paint);
      finish({ ...outcome, failed, nothingProduced, report, json: { ok: !failed && countBySeverity(outcome.issues).error === 0, ...outcome } }, opts);
    });

  command('merge', text.mergeDescription)
    .argument('<dirs...>', text.argDirs)
    .requiredOption('-o, --out <dir>', text.optOut)
    .option('-j, --jobs <n>', text.optJobs, parse.jobs)
    .option('--resume', text.optResume)
    .option('--formats <list>', text.optFormats, parse.formats)
    .action(async (dirs: string[], opts: RunFlags & { out: string; resume?: boolean }) => {
      const ctx = await setup(opts);
      const [{ runMerge }, { createProgress }, { summaryTable }] = await Promise.all([
        import('./commands/merge.js'),
        import('./batch/progress.js'),
        import('./batch/summary-table.js'),
      ]);
      const { jobs, formats } = resolveDefaults(opts, ctx.config);
      const run = { dirs, out: opts.out, jobs, formats, resume: opts.resume === true, lang: ctx.lang };
      const outcome = await runMerge(run, ctx.logger, createProgress(ctx.stderr, ctx.logger));
      const failed = outcome.inputs.some((e) => e.status !== 'ok');
      const report = summaryTable(outcome.inputs, opts.out, process.cwd(), ctx.lang, ctx.paint);
      finish({ ...outcome, failed, report, json: { ok: !failed && countBySeverity(outcome.issues).error === 0, ...outcome } }, opts);
    });

  command('demo', text.demoDescription)
    .option('-o, --out <dir>', text.optDemoOut)
    .action(async (opts: GlobalOptions & { out?: string }) => {
      const ctx = await setup(opts);
      const { runDemo } = await import('./commands/demo.js');
      finish(await runDemo({ out: opts.out ?? 'out/demo' }, ctx.logger), opts);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof ExitError) {
      logger.error(error.message);
      return error.code;
    }
    io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n${text.internalError}\n`);
    return EXIT.internal;
  }
}
