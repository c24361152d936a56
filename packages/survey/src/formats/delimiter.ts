/**
 * The separator of a CSV file, on its own so that a reader of plain tables (`clusterlens index`)
 * can use it without loading the survey readers: `@clusterlens/survey/delimiter`.
 */

/** The separator of a CSV file, guessed from its first line outside quotes: `,` unless `;` or tab is more frequent. */
export function guessDelimiter(text: string): string {
  const line = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (separator: string) => line.split(separator).length - 1;
  return [';', '\t'].reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best), ',');
}
