// Terminal columns of one character: East Asian wide and full-width forms take two.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
// SGR colour codes take no columns.
const ANSI = /\u001b\[[0-9;]*m/g;

/** Terminal width of a string: colour codes take none, CJK characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * A plain aligned table: a header row, then one row per record, columns separated by two
 * spaces. The last column is not padded, so long messages do not leave trailing blanks.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // A loop, not Math.max(...): a table of 150,000 problems is more arguments than a call takes.
  const widths = header.map((h, k) => rows.reduce((widest, row) => Math.max(widest, displayWidth(row[k] ?? '')), displayWidth(h)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, k) => (k === cells.length - 1 ? cell : cell + ' '.repeat((widths[k] ?? 0) - displayWidth(cell))))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
