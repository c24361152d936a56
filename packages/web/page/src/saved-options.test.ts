import { describe, expect, it } from 'vitest';
import type { RoundOptions } from './options-form.js';
import { OPTIONS_KEY, savedOptions, saveOptions } from './saved-options.js';

const memory = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
};
const label = { en: 'x', zh: 'x' };
const meta = { frameworks: [{ id: 'vcm-cluster', label }], policies: [{ id: 'eu-s3', label }], store: true };
const DEFAULTS: RoundOptions = { framework: 'vcm-cluster', policy: '', reportLang: 'en', baseline: 'none', forceBaseline: false, members: false, sensitivity: 0 };

describe('the round’s choices across a reload', () => {
  it('gives back the choices kept before it', () => {
    const storage = memory();
    const chosen: RoundOptions = { framework: 'vcm-cluster', policy: 'eu-s3', reportLang: 'zh', baseline: 'store', forceBaseline: true, members: true, sensitivity: 200 };
    saveOptions(storage, chosen);
    expect(savedOptions(storage, meta, DEFAULTS)).toEqual(chosen);
  });

  it('keeps the defaults where nothing was kept, the kept text is not JSON, or the server no longer offers a choice', () => {
    expect(savedOptions(memory(), meta, DEFAULTS)).toEqual(DEFAULTS);
    expect(savedOptions(memory({ [OPTIONS_KEY]: '{not json' }), meta, DEFAULTS)).toEqual(DEFAULTS);
    const stale = JSON.stringify({ framework: 'gone', policy: 'gone', reportLang: 'fr', baseline: 'store', members: 'yes', sensitivity: -5 });
    expect(savedOptions(memory({ [OPTIONS_KEY]: stale }), { ...meta, store: false }, DEFAULTS)).toEqual(DEFAULTS);
  });
});
