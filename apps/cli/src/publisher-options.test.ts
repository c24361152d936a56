import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parsers, resolvePublisher } from './options.js';

describe('publisher settings', () => {
  it('lets each flag override its part of the config file', () => {
    const config = { publisher: { issuer: { en: 'Agency', zh: '机构' }, licence: 'CC BY 4.0', disclaimer: 'Provisional.' } };
    expect(resolvePublisher({ publisher: 'Bureau', publicationDate: '2026-03-12' }, config)).toEqual({ issuer: 'Bureau', licence: 'CC BY 4.0', disclaimer: 'Provisional.', date: '2026-03-12' });
    expect(resolvePublisher({}, config)).toEqual(config.publisher);
    expect(resolvePublisher({}, {})).toBeUndefined();
  });

  it('takes only real calendar dates', () => {
    const { publicationDate } = parsers('en');
    expect(publicationDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2026-13-01', '12/03/2026', '2026-3-12']) expect(() => publicationDate(bad), bad).toThrow(InvalidArgumentError);
    expect(() => parsers('zh').publicationDate('2026-02-30')).toThrow('--publication-date 须为 YYYY-MM-DD 格式的日期');
  });
});
