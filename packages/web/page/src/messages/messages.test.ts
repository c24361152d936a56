import { describe, expect, it } from 'vitest';
import { PAGE_MESSAGES } from './index.js';
import { MESSAGES } from '../../../src/messages/index.js';

/** Every key path of a catalogue, functions as leaves. */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

describe('catalogues', () => {
  it('the server and the page have the same keys in English and Chinese, none empty', () => {
    for (const catalogue of [MESSAGES, PAGE_MESSAGES]) {
      expect(keys(catalogue.zh)).toEqual(keys(catalogue.en));
      const leaves = (c: unknown): unknown[] => (c !== null && typeof c === 'object' ? Object.values(c).flatMap(leaves) : [c]);
      for (const leaf of [...leaves(catalogue.en), ...leaves(catalogue.zh)]) expect(typeof leaf === 'function' || (typeof leaf === 'string' && leaf.length > 0)).toBe(true);
    }
  });

  it('the Chinese page texts are Chinese', () => {
    expect(PAGE_MESSAGES.zh.nav.results).toBe('结果');
    expect(PAGE_MESSAGES.zh.issues.columns.suggestion).toBe('修改建议');
  });
});
