import { Command, CommanderError, Option } from 'commander';
import type { Issue, Lang } from '@clusterlens/schema';
import { EXIT, ExitError, type ExitCode } from './exit.js';
import { countBySeverity, createLogger, type Logger } from './log.js';
import { defaultLang, MESSAGES } from './messages.js';
import { ENGINE } from './version.js';

interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
}

/** What a command hands back to main: the files it wrote and the input issues it found. */
interface Outcome {
  outputs: string[];
  issues?: Issue[];
}

const EXAMPLES = {
  template: ['clusterlens template -o survey.xlsx', 'clusterlens template --lang zh -o 问卷.xlsx'],
  assess: ['clusterlens assess survey.xlsx -o reports/', 'clusterlens assess a.xlsx b.xlsx --lang zh -o reports/'],
  demo: ['clusterlens demo', 'clusterlens demo -o /tmp/demo'],
};

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

function langOption(lang: Lang): Option {
  return new Option('--lang <lang>', MESSAGES[lang].optLang).choices(['en', 'zh']).default(lang);
}

/**
 * Parses argv, runs one command and returns the exit code. The only place that
 * turns errors into exit codes; `bin.ts` is the only caller of process.exit.
 */
export async function main(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<ExitCode> {
  const lang = defaultLang();
  const text = MESSAGES[lang];
  let exitCode: ExitCode = EXIT.ok;
  let logger: Logger = createLogger({ stream: io.stderr });

  const finish = (outcome: Outcome, opts: GlobalOptions) => {
    const issues = outcome.issues ?? [];
    const failed = countBySeverity(issues).error > 0;
    exitCode = failed ? EXIT.inputErrors : EXIT.ok;
    if (opts.json) io.stdout.write(`${JSON.stringify({ ok: !failed, outputs: outcome.outputs, issues })}\n`);
  };
  const start = (opts: GlobalOptions) => {
    logger = createLogger({ quiet: opts.quiet === true || opts.json === true, stream: io.stderr });
    return logger;
  };

  const program = new Command()
    .name('clusterlens')
    .description(text.description)
    .version(ENGINE.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();

  program
    .command('template')
    .description(text.templateDescription)
    .requiredOption('-o, --out <file>', text.optOut)
    .addOption(langOption(lang))
    .option('--framework <id|file>', text.optFramework, 'vcm-cluster')
    .option('--json', text.optJson)
    .option('-q, --quiet', text.optQuiet)
    .addHelpText('after', examples(EXAMPLES.template))
    .action(async (opts: { out: string; lang: Lang; framework: string } & GlobalOptions) => {
      const { runTemplate } = await import('./commands/template.js');
      finish(await runTemplate(opts, start(opts)), opts);
    });

  program
    .command('assess')
    .description(text.assessDescription)
    .argument('<workbooks...>', 'survey workbooks (.xlsx)')
    .requiredOption('-o, --out <dir>', text.optOut)
    .addOption(langOption(lang))
    .option('--framework <id|file>', text.optFramework, 'vcm-cluster')
    .option('--json', text.optJson)
    .option('-q, --quiet', text.optQuiet)
    .addHelpText('after', examples(EXAMPLES.assess))
    .action(async (files: string[], opts: { out: string; lang: Lang; framework: string } & GlobalOptions) => {
      const { runAssess } = await import('./commands/assess.js');
      finish(await runAssess({ ...opts, files }, start(opts)), opts);
    });

  program
    .command('demo')
    .description(text.demoDescription)
    .option('-o, --out <dir>', text.optOut, 'out/demo')
    .option('--json', text.optJson)
    .option('-q, --quiet', text.optQuiet)
    .addHelpText('after', examples(EXAMPLES.demo))
    .action(async (opts: { out: string } & GlobalOptions) => {
      const { runDemo } = await import('./commands/demo.js');
      finish(await runDemo(opts, start(opts)), opts);
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
