/**
 * Colour for people at a terminal only: never when NO_COLOR is set (https://no-color.org),
 * forced with FORCE_COLOR (for terminals that do not report themselves), else only on a TTY.
 */
export function useColour(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return (stream as NodeJS.WriteStream).isTTY === true && env.TERM !== 'dumb';
}

export type Paint = (text: string) => string;

export interface Palette {
  red: Paint;
  yellow: Paint;
  green: Paint;
  dim: Paint;
  bold: Paint;
}

const sgr = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { red: plain, yellow: plain, green: plain, dim: plain, bold: plain };
  return { red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}
