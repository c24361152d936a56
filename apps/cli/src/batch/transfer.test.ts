import { transferableSymbol, valueSymbol } from 'piscina';
import { describe, expect, it } from 'vitest';
import { moved } from './transfer.js';

describe('moved', () => {
  it('moves a PDF that owns its memory, with the reply as the value sent', () => {
    const reply = { pdf: Buffer.alloc(10_000, 1), ms: 5 };
    const wrapped = moved(reply);
    const transferable = wrapped as unknown as Record<symbol, unknown>;
    expect(transferable[transferableSymbol]).toEqual([reply.pdf.buffer]);
    expect(transferable[valueSymbol]).toBe(reply);
  });

  it('leaves a view into shared memory to be copied', () => {
    // Small Buffers are slices of Node's shared pool: moving one would take the pool with it.
    const reply = { pdf: Buffer.from('%PDF-1.7'), ms: 1 };
    expect(reply.pdf.byteLength).toBeLessThan(reply.pdf.buffer.byteLength);
    expect(moved(reply)).toBe(reply);
  });
});
