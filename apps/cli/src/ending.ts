import { CommanderError } from 'commander';
import type { CliResult, Issue, Lang } from '@clusterlens/schema';
import { EXIT, ExitError, OutputError, type ExitCode } from './exit.js';
import { formatIssue, type Logger } from './log.js';
import { MESSAGES } from './messages/index.js';

/** How a run ends: its exit code, what it produced, and the issues that go with it. */
export interface Ending {
  code: ExitCode;
  result?: CliResult;
  issues: Issue[];
}

// A usage error's "error: " (in the language commander's texts were built in, usage-errors.ts), which the issue does not repeat.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const SEVERITY_PREFIX = new RegExp(`^(?:${Object.values(MESSAGES).map((m) => escape(m.labelled(m.severity.error, ''))).join('|')})`, 'u');
const STOP_CODES: Partial<Record<ExitCode, string>> = { [EXIT.usage]: 'usage_error', [EXIT.nothingProduced]: 'nothing_produced' };

/**
 * The ending of a run that threw: commander's --help, --version and usage errors, an ExitError
 * (usage, nothing produced), an output that could not be written, or a bug. Tells people on
 * stderr (commander has already printed its own messages) and says the same as issues.
 */
export function endingOf(error: unknown, context: { lang: Lang; logger: Logger; stderr: NodeJS.WritableStream; commanderOutput: string }): Ending {
  const text = MESSAGES[context.lang];
  if (error instanceof CommanderError) {
    if (error.code === 'commander.version') return { code: EXIT.ok, result: { command: 'version', version: context.commanderOutput.trim() }, issues: [] };
    if (error.exitCode === 0) return { code: EXIT.ok, result: { command: 'help', text: context.commanderOutput }, issues: [] };
    // `clusterlens` alone prints the help; commander's own words for it are "(outputHelp)".
    const message = error.code === 'commander.help' ? text.noCommand : error.message.replace(SEVERITY_PREFIX, '');
    return { code: EXIT.usage, issues: [{ severity: 'error', code: 'usage_error', message }] };
  }
  if (error instanceof ExitError) {
    const { issue, file, path, issues = [] } = error.detail;
    // The located problems first (a line and column, a cell), then what they stopped.
    for (const problem of issues) context.logger.error(formatIssue(problem, context.lang));
    context.logger.error(error.message);
    const stop: Issue = { severity: 'error', code: issue ?? STOP_CODES[error.code] ?? 'stopped', message: error.message, ...(file !== undefined && { file }), ...(path !== undefined && { path }) };
    return { code: error.code, issues: [...issues, stop] };
  }
  if (error instanceof OutputError) {
    const message = text.cannotWrite(error.path, text.fsReasons[error.reason] ?? error.reason);
    context.logger.error(message);
    return { code: EXIT.cannotWrite, issues: [{ severity: 'error', code: 'output_unwritable', message, file: error.path }] };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  context.stderr.write(`${detail}\n${text.internalError}\n`);
  const message = `${error instanceof Error ? error.message : String(error)} — ${text.internalError}`;
  return { code: EXIT.internal, issues: [{ severity: 'error', code: 'internal_error', message }] };
}

/** True when the user asked for `--json` (before any `--`, after which words are operands). */
export function wantsJson(argv: readonly string[]): boolean {
  return beforeOperands(argv).includes('--json');
}

/**
 * The message language `--lang` names (before any `--`), so that the help and a usage error,
 * which commander gives while it parses, are in it too; undefined without one (or with
 * `--lang both` of the template, a language of the workbook only).
 */
export function langFlag(argv: readonly string[]): Lang | undefined {
  const words = beforeOperands(argv);
  const at = words.findLastIndex((w) => w === '--lang' || w.startsWith('--lang='));
  const value = at === -1 ? undefined : words[at]!.startsWith('--lang=') ? words[at]!.slice('--lang='.length) : words[at + 1];
  return Object.keys(MESSAGES).find((lang): lang is Lang => lang === value);
}

const beforeOperands = (argv: readonly string[]): readonly string[] => {
  const end = argv.indexOf('--');
  return end === -1 ? argv : argv.slice(0, end);
};
