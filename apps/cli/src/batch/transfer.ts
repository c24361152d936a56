import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { Rendered } from './tasks.js';

/**
 * A rendered report handed to the main thread by moving its bytes rather than copying them
 * (a cluster report is about 0.5 MB, and a copy per report is garbage on both threads), when the
 * PDF owns its whole memory; a view into shared memory is copied as before.
 */
export function moved(reply: Rendered): Rendered {
  const { pdf } = reply;
  if (pdf.byteOffset !== 0 || pdf.byteLength !== pdf.buffer.byteLength || !(pdf.buffer instanceof ArrayBuffer)) return reply;
  return move({
    get [transferableSymbol]() {
      return [pdf.buffer];
    },
    get [valueSymbol]() {
      return reply;
    },
  }) as unknown as Rendered;
}
