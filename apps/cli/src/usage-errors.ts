/**
 * Commander's usage errors in the run's language. Commander (14, lib/command.js) words them in
 * English only and gives no hook for that; a Command whose `error` says each one again from the
 * catalogue is its documented way in (subclass and override `createCommand`).
 */
import { Command } from 'commander';
import { sayTerm, sayTerms } from './help-words.js';
import type { Catalogue } from './messages/index.js';

type Usage = Catalogue['usage'];

// Commander's messages, without its "error: " and its "(Did you mean …?)" line, each with the
// catalogue text that says it again, its argument and value names as the help says them (help-words.ts).
// An unmatched message (a later commander) stays as it is.
const MESSAGES: readonly [RegExp, (u: Usage, m: string[], text: Catalogue) => string][] = [
  [/^unknown option '(.+)'$/su, (u, [flag]) => u.unknownOption(flag!)],
  [/^unknown command '(.+)'$/su, (u, [name]) => u.unknownCommand(name!)],
  [/^missing required argument '(.+)'$/su, (u, [name], text) => u.missingArgument(sayTerm(name!, text))],
  [/^option '(.+)' argument missing$/su, (u, [flags], text) => u.optionMissingArgument(sayTerms(flags!, text))],
  [/^required option '(.+)' not specified$/su, (u, [flags], text) => u.requiredOption(sayTerms(flags!, text))],
  [/^option '(.+?)' argument '(.*)' is invalid\. (.*)$/su, (u, [flags, value, why], text) => u.invalidOption(sayTerms(flags!, text), value!, detail(u, why!))],
  [/^command-argument value '(.*)' is invalid for argument '(.+?)'\. (.*)$/su, (u, [value, name, why], text) => u.invalidArgument(sayTerm(name!, text), value!, detail(u, why!))],
  [/^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/su, (u, [command, expected, got]) => u.tooManyArguments(command, Number(expected), Number(got))],
];

/** Why a value is invalid: commander's list of choices, or our own parser's words (already in the run's language). */
function detail(u: Usage, why: string): string {
  const choices = /^Allowed choices are (.+)\.$/su.exec(why);
  return choices ? u.choices(choices[1]!) : why;
}

/** A commander usage message (with its "error: " prefix) in the catalogue's language. */
export function usageMessage(message: string, text: Catalogue): string {
  const [, body = message, several, similar] = /^error: (.*?)(?:\n\(Did you mean (one of )?(.+)\?\))?$/su.exec(message) ?? [];
  const found = MESSAGES.map(([pattern, say]) => [pattern.exec(body), say] as const).find(([m]) => m !== null);
  const said = found ? found[1](text.usage, found[0]!.slice(1), text) : body;
  return `${text.labelled(text.severity.error, said)}${similar ? `\n${text.usage.didYouMean(similar, several !== undefined)}` : ''}`;
}

/** commander's Command, with its usage errors in the language of `text` (and its subcommands' too). */
export class LocalisedCommand extends Command {
  private readonly text: Catalogue;

  constructor(text: Catalogue, name?: string) {
    super(name);
    this.text = text;
  }

  override createCommand(name?: string): Command {
    return new LocalisedCommand(this.text, name);
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    // Only commander's own usage errors start with "error: "; any other call keeps its words.
    return super.error(message.startsWith('error: ') ? usageMessage(message, this.text) : message, errorOptions);
  }
}
