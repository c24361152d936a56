/**
 * The words commander puts into every help text itself (its headings, "(choices: …)", the help
 * and version options), in the catalogue's language. Commander takes them through configureHelp,
 * which its subcommands inherit.
 */
import { Help, type Argument, type Option } from 'commander';
import type { Catalogue } from './messages/index.js';

const TITLES = { 'Usage:': 'usage', 'Arguments:': 'arguments', 'Options:': 'options', 'Global Options:': 'globalOptions', 'Commands:': 'commands' } as const;
type Extra = keyof Catalogue['help']['extras'];

/** Help settings that say commander's own words in the language of `text`. */
export function helpWords(text: Catalogue): Partial<Help> {
  const words = text.help;
  // Commander appends " (choices: …, default: …)" to a description (Help.optionDescription).
  const extras = (description: string): string =>
    description.replace(/ \(((?:choices|default|preset|env): .*)\)$/su, (_all, inner: string) =>
      words.extrasAround(inner.replace(/(^|, )(choices|default|preset|env): /gu, (_key, before: string, key: Extra) => `${before}${words.extras[key]}`)),
    );
  return {
    styleTitle: (title: string) => (title in TITLES ? words.titles[TITLES[title as keyof typeof TITLES]] : title),
    optionDescription(this: Help, option: Option) {
      return extras(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument: Argument) {
      return extras(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}
