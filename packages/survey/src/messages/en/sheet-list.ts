/** How many of a workbook's sheets a message names before it counts the rest. */
const LISTED = 5;

/** “A”, “B” and 3 more: the sheet names a message offers as candidates. */
export function sheetList(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).map((name) => `“${name}”`).join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}
