import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { CliConfig, CliResult, HistoryLevel, Issue, Lang, OutputFormat, Publisher } from '@clusterlens/schema';
import type { TemplateLang } from '@clusterlens/survey';
import type { Shard } from './batch/shard.js';
import { palette, useColour, type Palette } from './colour.js';
import { endingOf, langFlag, wantsJson, type Ending } from './ending.js';
import { EXIT, ExitError, type ExitCode } from './exit.js';
import { pathKind } from './files.js';
import type { CliIo } from './io.js';
import { examples, EXAMPLES } from './help.js';
import { countBySeverity, createLogger, formatIssue, printIssues, type Logger } from './log.js';
import { defaultLang, MESSAGES } from './messages/index.js';
import { parsers, resolveDefaults, resolvePublisher, type GlobalOptions, type PublisherFlags } from './options.js';
import type { InputFormatOptions } from './read-input.js';
import type { RunChoices } from './run/plan.js';
import { helpWords } from './help-words.js';
import { LocalisedCommand } from './usage-errors.js';
import { ENGINE } from './version.js';

/** What a command hands back to main. */
interface Outcome {
  result: CliResult;
  issues: Issue[];
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
  /** Issues of side files (framework, policy, baseline): printed now, listed in the --json document. */
  report: (issues: Issue[]) => void;
}

type RunFlags = GlobalOptions & PublisherFlags & { framework?: string; formats?: OutputFormat[]; jobs?: number; policy?: string; minGroup?: number; store?: string; minPeers?: number };
type ExportFlags = GlobalOptions & { store?: string; level?: HistoryLevel[]; id?: string[]; cluster?: string[]; out: string };
type IndexFlags = { meta: string; data: string; weights?: string; normalise?: string; range?: string; aggregate?: string; sensitivity?: number; seed?: number; out: string };
type DeliveryFlags = { memberPasswords?: string };
/** The scoring flags of assess and batch. */
type ChoiceFlags = { baseline?: string; members?: boolean; sensitivity?: number; forceBaseline?: boolean };

/** The scoring choices of assess and batch: flags, else the config file. */
function runChoices(opts: RunFlags & ChoiceFlags, defaults: ReturnType<typeof resolveDefaults>): RunChoices {
  const { framework, policy, minGroup, store, minPeers, peerGroups, exchangeRates } = defaults;
  return {
    framework,
    minGroup,
    members: opts.members === true,
    ...(policy !== undefined && { policy }),
    ...(store !== undefined && { store }),
    ...(opts.baseline !== undefined && { baseline: opts.baseline }),
    ...(opts.sensitivity !== undefined && { sensitivity: opts.sensitivity }),
    ...(minPeers !== undefined && { minPeers }),
    ...(peerGroups !== undefined && { peerGroups }),
    ...(exchangeRates !== undefined && { exchangeRates }),
    ...(opts.forceBaseline === true && { forceBaseline: true }),
  };
}

/** How member reports are delivered: `--member-passwords` (assess, batch, merge), the config's `memberContacts`; absent ones stay absent. */
function delivery(flags: DeliveryFlags, config: CliConfig): { memberPasswords?: string; memberContacts?: CliConfig['memberContacts'] } {
  return { ...(flags.memberPasswords !== undefined && { memberPasswords: flags.memberPasswords }), ...(config.memberContacts && { memberContacts: config.memberContacts }) };
}

/** `{ publisher }` from the flags and the config, or nothing when neither names a part. */
function withPublisher(flags: PublisherFlags, config: CliConfig): { publisher?: Publisher } {
  const publisher = resolvePublisher(flags, config);
  return publisher === undefined ? {} : { publisher };
}

/** The input-format flags as the readers take them; absent flags stay absent. */
function inputOptions(opts: InputFormatOptions): InputFormatOptions {
  const { format, form, mapping, cluster, regional } = opts;
  return { ...(format && { format }), ...(form && { form }), ...(mapping && { mapping }), ...(cluster && { cluster }), ...(regional && { regional }) };
}

/**
 * Parses argv, runs one command and returns the exit code. The only place that turns outcomes
 * and errors into exit codes and, with --json, prints the one `{ok, result?, issues}` document
 * (CliOutput in @clusterlens/schema). Commands load lazily, so --help never imports exceljs,
 * pdfmake or ajv.
 */
export async function runProgram(argv: string[], io: CliIo): Promise<ExitCode> {
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const json = wantsJson(argv);
  // The language of help and usage errors, which come before any command has loaded the config.
  const earlyLang = langFlag(argv) ?? defaultLang(env);
  const text = MESSAGES[earlyLang];
  const parse = parsers(earlyLang);
  const sideIssues: Issue[] = [];
  let lang = earlyLang;
  let logger: Logger = createLogger({ quiet: json, stream: io.stderr });
  let ending: Ending | undefined;
  // With --json, commander's help and version text goes into the document instead of stdout.
  let commanderOutput = '';
  const at = (path: string) => resolve(cwd, path);

  const setup = async (opts: GlobalOptions): Promise<Context> => {
    // Loaded here, not at start-up: the schema validator alone costs ~150 ms that --help need not pay.
    const { loadConfig } = await import('./config.js');
    const config = await loadConfig(opts.config, cwd, opts.lang ?? earlyLang);
    lang = opts.lang ?? config.lang ?? earlyLang;
    logger = createLogger({ quiet: opts.quiet === true || json, verbose: opts.verbose === true, stream: io.stderr });
    const report = (issues: Issue[]) => {
      sideIssues.push(...issues);
      for (const issue of issues) if (issue.severity !== 'info') logger.error(formatIssue(issue, lang));
    };
    return { lang, config, logger, paint: palette(useColour(io.stdout, env)), report };
  };
  const finish = (outcome: Outcome, opts: { quiet?: boolean }) => {
    const failed = outcome.failed === true || countBySeverity(outcome.issues).error > 0;
    const code = outcome.nothingProduced ? EXIT.nothingProduced : failed ? EXIT.inputErrors : EXIT.ok;
    ending = { code, result: outcome.result, issues: outcome.issues };
    if (!json && outcome.report && !opts.quiet) io.stdout.write(outcome.report);
  };
  /** `-o` must be a folder (or not exist yet) where the command writes several files, and not a folder where it writes one. */
  const output = async (path: string, expect: 'dir' | 'file', flag = '-o'): Promise<string> => {
    const kind = await pathKind(at(path));
    if (expect === 'dir' && kind === 'file') throw new ExitError(EXIT.usage, MESSAGES[lang].outNotADir(flag, path), { issue: 'output_not_a_directory', file: path });
    if (expect === 'file' && kind === 'dir') throw new ExitError(EXIT.usage, MESSAGES[lang].outIsADir(flag, path), { issue: 'output_is_a_directory', file: path });
    return at(path);
  };
  const command = (name: keyof typeof EXAMPLES, description: string, langs: readonly string[] = ['en', 'zh'], langHelp = text.optLang, parent: Command = program) =>
    parent
      .command(name.replace(/^history /, ''))
      .description(description)
      .addOption(new Option('--lang <lang>', langHelp).choices(langs))
      .option('--json', text.optJson)
      .option('-q, --quiet', text.optQuiet)
      .option('-v, --verbose', text.optVerbose)
      .option('--config <file>', text.optConfig)
      .showHelpAfterError(text.seeHelp(`clusterlens ${name}`))
      .addHelpText('after', examples(EXAMPLES[name], text.help.examples));

  /** Flags for inputs that are not native workbooks; shared by validate and assess. */
  const inputFlags = (cmd: Command) =>
    cmd
      .addOption(new Option('--format <format>', text.optFormat).choices(['native', 'kobo', 'odk', 'xlsform', 'table']))
      .option('--form <xlsform>', text.optForm)
      .option('--mapping <file>', text.optMapping)
      .option('--cluster <file>', text.optCluster)
      .option('--regional <file>', text.optRegional);

  /** The publisher block of the reports: assess, batch, merge and demo. */
  const publisherFlags = (cmd: Command) =>
    cmd
      .option('--publisher <name>', text.optPublisher)
      .option('--publication-date <YYYY-MM-DD>', text.optPublicationDate, parse.publicationDate)
      .option('--contact <text>', text.optContact)
      .option('--licence <text>', text.optLicence)
      .option('--disclaimer <text>', text.optDisclaimer);

  /** Flags of the commands that score and report: assess and batch. */
  const runFlags = (cmd: Command) =>
    publisherFlags(cmd)
      .option('--framework <id|file>', text.optFramework)
      .option('--policy <id|file>', text.optPolicy)
      .option('--members', text.optMembers)
      .option('--min-group <k>', text.optMinGroup, parse.minGroup)
      .option('--baseline <results.json>', text.optBaseline)
      .option('--force-baseline', text.optForceBaseline)
      .option('--min-peers <n>', text.optMinPeers, parse.minPeers)
      .option('--sensitivity <draws>', text.optSensitivity, parse.draws)
      .option('--store <file|url>', text.optStore)
      .option('-j, --jobs <n>', text.optJobs, parse.jobs)
      .option('--formats <list>', text.optFormats, parse.formats);

  const program = new LocalisedCommand(text)
    .name('clusterlens')
    .description(text.description)
    .version(ENGINE.version, '-V, --version', text.help.versionOption)
    .helpOption('-h, --help', text.help.helpOption)
    .helpCommand('help [command]', text.help.helpCommand)
    .configureHelp(helpWords(text))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => (json ? (commanderOutput += s) : io.stdout.write(s)),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError(text.seeHelp('clusterlens'));

  command('template', text.templateDescription, ['en', 'zh', 'both'], text.optTemplateLang)
    .requiredOption('-o, --out <file>', text.optOutFile)
    .option('--framework <id|file>', text.optFramework)
    .option('--xlsform', text.optXlsform)
    .action(async (opts: Omit<RunFlags, 'lang'> & { lang?: TemplateLang; out: string; xlsform?: boolean }) => {
      // `both` is a language of the template, not of messages: those follow the config or the environment.
      const ctx = await setup({ ...opts, lang: opts.lang === 'both' ? undefined : opts.lang });
      const { runTemplate } = await import('./commands/template.js');
      const { framework } = resolveDefaults(opts, ctx.config);
      const run = { out: await output(opts.out, 'file'), cwd, lang: ctx.lang, templateLang: opts.lang ?? ctx.lang, framework, xlsform: opts.xlsform === true };
      const outcome = await runTemplate(run, ctx.logger, ctx.report);
      finish({ issues: [], result: { command: 'template', ...outcome } }, opts);
    });

  inputFlags(command('validate', text.validateDescription))
    .argument('<workbooks...>', text.argWorkbooks)
    .option('--framework <id|file>', text.optFramework)
    .option('--annotate <dir>', text.optAnnotate)
    .action(async (files: string[], opts: RunFlags & InputFormatOptions & { annotate?: string }) => {
      const ctx = await setup(opts);
      const { runValidate } = await import('./commands/validate.js');
      const { framework } = resolveDefaults(opts, ctx.config);
      const annotate = opts.annotate === undefined ? {} : { annotate: await output(opts.annotate, 'dir', '--annotate') };
      const run = { files, cwd, lang: ctx.lang, framework, input: inputOptions(opts), ...annotate };
      const outcome = await runValidate(run, ctx.logger, ctx.paint, ctx.report);
      const failed = !outcome.files.every((f) => f.ok);
      // --quiet leaves out the table and its summary, not the problems: they are printed as assess prints them.
      if (opts.quiet === true && !json) printIssues(outcome.issues, ctx.lang, MESSAGES[ctx.lang].validateListsAll, (line) => ctx.logger.error(line));
      const result = { command: 'validate' as const, files: outcome.files, outputs: outcome.outputs };
      finish({ result, issues: outcome.issues, report: outcome.table, failed, nothingProduced: outcome.nothingProduced }, opts);
    });

  runFlags(inputFlags(command('assess', text.assessDescription)))
    .argument('<workbooks...>', text.argWorkbooks)
    .requiredOption('-o, --out <dir>', text.optOut)
    .option('--member-passwords <file.csv>', text.optMemberPasswords)
    .action(async (files: string[], opts: RunFlags & InputFormatOptions & ChoiceFlags & DeliveryFlags & { out: string }) => {
      const ctx = await setup(opts);
      const { runAssess } = await import('./commands/assess.js');
      const defaults = resolveDefaults(opts, ctx.config);
      const out = await output(opts.out, 'dir');
      const run = { ...runChoices(opts, defaults), files, cwd, out, jobs: defaults.jobs, lang: ctx.lang, formats: defaults.formats, input: inputOptions(opts), ...delivery(opts, ctx.config), ...withPublisher(opts, ctx.config) };
      const outcome = await runAssess(run, ctx.logger, ctx.report);
      finish({ ...outcome, result: { command: 'assess', outputs: outcome.outputs } }, opts);
    });

  command('index', text.indexDescription)
    .requiredOption('--meta <META.csv>', text.optMeta)
    .requiredOption('--data <DATA.csv>', text.optData)
    .option('--weights <W.csv>', text.optWeights)
    .option('--normalise <method>', text.optNormalise)
    .option('--range <L,U>', text.optRange)
    .option('--aggregate <method>', text.optAggregate)
    .option('--sensitivity <draws>', text.optIndexSensitivity, parse.draws)
    .option('--seed <n>', text.optSeed, parse.seed)
    .requiredOption('-o, --out <OUT.csv>', text.optOutFile)
    .action(async (opts: GlobalOptions & IndexFlags) => {
      const ctx = await setup(opts);
      const { runIndex } = await import('./commands/index-tables.js');
      const { meta, data, weights, normalise, range, aggregate, sensitivity, seed } = opts;
      const out = await output(opts.out, 'file');
      const chosen = { ...(weights && { weights }), ...(normalise && { normalise }), ...(range && { range }), ...(aggregate && { aggregate }) };
      const run = { meta, data, out, cwd, lang: ctx.lang, ...chosen, ...(sensitivity !== undefined && { sensitivity }), ...(seed !== undefined && { seed }) };
      const outcome = await runIndex(run, ctx.logger);
      finish({ ...outcome, result: { command: 'index', outputs: outcome.outputs } }, opts);
    });

  runFlags(command('batch', text.batchDescription))
    .argument('<patterns...>', text.argPatterns)
    .requiredOption('-o, --out <dir>', text.optOut)
    .option('--shard <K/N>', text.optShard, parse.shard)
    .option('--resume', text.optResume)
    .option('--member-passwords <file.csv>', text.optMemberPasswords)
    .action(async (patterns: string[], opts: RunFlags & ChoiceFlags & DeliveryFlags & { out: string; shard?: Shard; resume?: boolean }) => {
      const ctx = await setup(opts);
      const [{ runBatch }, { createProgress }, { summaryTable }] = await Promise.all([
        import('./commands/batch.js'),
        import('./batch/progress.js'),
        import('./batch/summary-table.js'),
      ]);
      const defaults = resolveDefaults(opts, ctx.config);
      const out = await output(opts.out, 'dir');
      const run = { ...runChoices(opts, defaults), patterns, out, cwd, jobs: defaults.jobs, formats: defaults.formats, shard: opts.shard, resume: opts.resume === true, lang: ctx.lang, ...delivery(opts, ctx.config), ...withPublisher(opts, ctx.config) };
      const outcome = await runBatch(run, ctx.logger, createProgress(io.stderr, ctx.logger), ctx.report);
      const failed = outcome.inputs.some((e) => e.status !== 'ok');
      const nothingProduced = outcome.inputs.length > 0 && outcome.inputs.every((e) => e.status !== 'ok');
      const report = summaryTable(outcome.inputs, out, cwd, ctx.lang, ctx.paint);
      finish({ issues: outcome.issues, failed, nothingProduced, report, result: { command: 'batch', outputs: outcome.outputs, inputs: outcome.inputs } }, opts);
    });

  publisherFlags(command('merge', text.mergeDescription))
    .argument('<dirs...>', text.argDirs)
    .requiredOption('-o, --out <dir>', text.optOut)
    .option('-j, --jobs <n>', text.optJobs, parse.jobs)
    .option('--resume', text.optResume)
    .option('--formats <list>', text.optFormats, parse.formats)
    .option('--store <file|url>', text.optStore)
    .option('--member-passwords <file.csv>', text.optMemberPasswords)
    .action(async (dirs: string[], opts: RunFlags & DeliveryFlags & { out: string; resume?: boolean }) => {
      const ctx = await setup(opts);
      const [{ runMerge }, { createProgress }, { summaryTable }] = await Promise.all([
        import('./commands/merge.js'),
        import('./batch/progress.js'),
        import('./batch/summary-table.js'),
      ]);
      const { jobs, formats, store } = resolveDefaults(opts, ctx.config);
      const out = await output(opts.out, 'dir');
      const run = { dirs, out, cwd, jobs, formats, resume: opts.resume === true, lang: ctx.lang, ...(store !== undefined && { store }), ...delivery(opts, ctx.config), ...withPublisher(opts, ctx.config) };
      const outcome = await runMerge(run, ctx.logger, createProgress(io.stderr, ctx.logger));
      const failed = outcome.inputs.some((e) => e.status !== 'ok');
      const report = summaryTable(outcome.inputs, out, cwd, ctx.lang, ctx.paint);
      finish({ issues: outcome.issues, failed, report, result: { command: 'merge', outputs: outcome.outputs, inputs: outcome.inputs } }, opts);
    });

  const history = program.command('history').description(text.historyDescription).option('--json', text.optJson).showHelpAfterError(text.seeHelp('clusterlens history')).addHelpText('after', examples(EXAMPLES.history, text.help.examples));
  /** The store of a history command: --store, else the config; one is needed. */
  const historyContext = async (opts: GlobalOptions & { store?: string }) => {
    const ctx = await setup(opts);
    const store = opts.store ?? ctx.config.store;
    if (store === undefined) throw new ExitError(EXIT.usage, MESSAGES[ctx.lang].noStore, { issue: 'no_store' });
    return { ctx, store: { store, cwd, lang: ctx.lang } };
  };
  const repeat = (value: string, previous: string[] = []) => [...previous, value];
  command('history list', text.historyListDescription, undefined, undefined, history)
    .option('--store <file|url>', text.optStore)
    .action(async (opts: GlobalOptions & { store?: string }) => {
      const { store } = await historyContext(opts);
      const { runHistoryList } = await import('./commands/history.js');
      const listed = await runHistoryList(store);
      finish({ issues: [], report: listed.table, result: { command: 'history', action: 'list', outputs: [], clusters: listed.clusters } }, opts);
    });
  command('history export', text.historyExportDescription, undefined, undefined, history)
    .option('--store <file|url>', text.optStore)
    .addOption(new Option('--level <level...>', text.optLevel).choices(['index', 'group', 'dimension', 'indicator', 'priority', 'target']))
    .option('--id <id>', text.optId, repeat)
    .option('--cluster <id>', text.optHistoryCluster, repeat)
    .requiredOption('-o, --out <file>', text.optHistoryOut)
    .action(async (opts: ExportFlags) => {
      const { ctx, store } = await historyContext(opts);
      const { runHistoryExport } = await import('./commands/history.js');
      const { level: levels, id: ids, cluster: clusters } = opts;
      const run = { ...store, out: await output(opts.out, 'file'), ...(levels && { levels }), ...(ids && { ids }), ...(clusters && { clusters }) };
      const exported = await runHistoryExport(run, ctx.logger);
      finish({ issues: [], result: { command: 'history', action: 'export', outputs: exported.outputs, rows: exported.rows } }, opts);
    });
  command('history import', text.historyImportDescription, undefined, undefined, history)
    .argument('<results...>', text.argResults)
    .option('--store <file|url>', text.optStore)
    .action(async (files: string[], opts: GlobalOptions & { store?: string }) => {
      const { ctx, store } = await historyContext(opts);
      const { runHistoryImport } = await import('./commands/history.js');
      const imported = await runHistoryImport({ ...store, files }, ctx.logger);
      const result = { command: 'history' as const, action: 'import' as const, outputs: [], recorded: imported.recorded };
      finish({ issues: imported.issues, failed: imported.failed, nothingProduced: imported.nothingProduced, result }, opts);
    });

  publisherFlags(command('demo', text.demoDescription))
    .option('-o, --out <dir>', text.optDemoOut)
    .action(async (opts: GlobalOptions & PublisherFlags & { out?: string }) => {
      const ctx = await setup(opts);
      const { runDemo } = await import('./commands/demo.js');
      const outcome = await runDemo({ out: await output(opts.out ?? 'out/demo', 'dir'), cwd, ...withPublisher(opts, ctx.config) }, ctx.logger, ctx.report);
      finish({ ...outcome, result: { command: 'demo', outputs: outcome.outputs } }, opts);
    });

  command('serve', text.serveDescription)
    .option('--port <port>', text.optPort, parse.port)
    .option('--host <address>', text.optHost)
    .option('--store <file|url>', text.optStore)
    .option('--min-group <k>', text.optMinGroup, parse.minGroup)
    .option('-j, --jobs <n>', text.optJobs, parse.jobs)
    .action(async (opts: GlobalOptions & { port?: number; host?: string; store?: string; minGroup?: number; jobs?: number }) => {
      const ctx = await setup(opts);
      const { runServe } = await import('./commands/serve.js');
      const { store, jobs, minGroup } = resolveDefaults(opts, ctx.config);
      const { storeLocation } = await import('./run/store.js');
      const run = { port: opts.port ?? 8080, lang: ctx.lang, jobs, minGroup, ...(opts.host !== undefined && { host: opts.host }), ...(store !== undefined && { store: storeLocation(store, cwd) }) };
      await runServe(run, ctx.logger, io.stopped);
    });

  let end: Ending;
  try {
    await program.parseAsync(argv, { from: 'user' });
    end = ending ?? { code: EXIT.ok, issues: [] };
  } catch (error) {
    end = endingOf(error, { lang, logger, stderr: io.stderr, commanderOutput });
  }
  if (json) {
    const document = { ok: end.code === EXIT.ok, ...(end.result && { result: end.result }), issues: [...sideIssues, ...end.issues] };
    io.stdout.write(`${JSON.stringify(document)}\n`);
  }
  return end.code;
}
