import { describe, expect, it } from 'vitest';
import { documentDate } from './document-date.js';

describe('documentDate', () => {
  it('is 31 December of the survey year by default', () => {
    expect(documentDate(2025, {}).toISOString()).toBe('2025-12-31T00:00:00.000Z');
  });

  it('honours SOURCE_DATE_EPOCH and ignores a malformed one', () => {
    // 1767225600 s = 2026-01-01T00:00:00Z.
    expect(documentDate(2025, { SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(documentDate(2025, { SOURCE_DATE_EPOCH: 'yesterday' }).toISOString()).toBe('2025-12-31T00:00:00.000Z');
  });
});
