/**
 * The words commander puts into every help text itself (its headings, "(choices: …)", the help
 * and version options, `[options]` and `[command]` of usage lines), and the names of arguments and
 * option values, in the catalogue's language. Commander takes them through configureHelp, which
 * its subcommands inherit: commandUsage, subcommandTerm, argumentTerm and optionTerm are its Help's
 * own methods for the terms, each called here and then said again.
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Catalogue } from './messages/index.js';
import { displayWidth } from './table.js';

const TITLES = { 'Usage:': 'usage', 'Arguments:': 'arguments', 'Options:': 'options', 'Global Options:': 'globalOptions', 'Commands:': 'commands' } as const;
type Extra = keyof Catalogue['help']['extras'];

/** One word of a term (an argument's name, `options`) in the catalogue's language, or as it is when the catalogue has no term for it. */
export function sayTerm(word: string, text: Catalogue): string {
  const terms: Record<string, string> = text.help.terms;
  return Object.hasOwn(terms, word) ? terms[word]! : word;
}

/**
 * `term` with each word between <> or [] (`[options]`, `<workbooks...>`, `<id|file>`) in the
 * catalogue's language; a word it has no term for (a format such as `<YYYY-MM-DD>`) stays.
 */
export function sayTerms(term: string, text: Catalogue): string {
  const word = (w: string) => sayTerm(w, text);
  return term.replace(/([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/gu, (_all, open: string, inner: string, dots = '', close: string) => `${open}${inner.split('|').map(word).join('|')}${dots}${close}`);
}

/** Help settings that say commander's own words in the language of `text`. */
export function helpWords(text: Catalogue): Partial<Help> {
  const words = text.help;
  // Commander appends " (choices: …, default: …)" to a description (Help.optionDescription).
  const extras = (description: string): string =>
    description.replace(/ \(((?:choices|default|preset|env): .*)\)$/su, (_all, inner: string) =>
      words.extrasAround(inner.replace(/(^|, )(choices|default|preset|env): /gu, (_key, before: string, key: Extra) => `${before}${words.extras[key]}`)),
    );
  return {
    // Columns and wrapping by terminal columns: a Chinese character takes two (commander counts one).
    displayWidth: (str: string) => displayWidth(str),
    commandUsage(this: Help, cmd: Command) {
      return sayTerms(Help.prototype.commandUsage.call(this, cmd), text);
    },
    subcommandTerm(this: Help, cmd: Command) {
      return sayTerms(Help.prototype.subcommandTerm.call(this, cmd), text);
    },
    argumentTerm(this: Help, argument: Argument) {
      return sayTerm(Help.prototype.argumentTerm.call(this, argument), text);
    },
    optionTerm(this: Help, option: Option) {
      return sayTerms(Help.prototype.optionTerm.call(this, option), text);
    },
    styleTitle: (title: string) => (title in TITLES ? words.titles[TITLES[title as keyof typeof TITLES]] : title),
    optionDescription(this: Help, option: Option) {
      return extras(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument: Argument) {
      return extras(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}
