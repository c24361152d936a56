/** How many of a workbook's sheets a message names before it counts the rest. */
const LISTED = 5;

/** “A”、“B”等 8 个工作表: the sheet names a message offers as candidates. */
export function sheetList(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).map((name) => `“${name}”`).join('、');
  return names.length > LISTED ? `${shown}等 ${names.length} 个工作表` : shown;
}
