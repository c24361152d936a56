import { describe, expect, it } from 'vitest';
import { memberReportFileName } from './file-name.js';

describe('memberReportFileName', () => {
  it('keeps plain ids as they are', () => {
    expect(memberReportFileName('ZL-001')).toBe('member-ZL-001.pdf');
    expect(memberReportFileName('织里_07')).toBe('member-织里_07.pdf');
  });

  it('replaces path separators, dots and control characters, adding a hash of the id', () => {
    const name = memberReportFileName('../etc/passwd');
    expect(name).toMatch(/^member-etc_passwd-[0-9a-f]{8}\.pdf$/u);
    expect(memberReportFileName('a\u0000b\r\nc')).toMatch(/^member-a_b_c-[0-9a-f]{8}\.pdf$/u);
    expect(memberReportFileName('C:\\x')).toMatch(/^member-C_x-[0-9a-f]{8}\.pdf$/u);
  });

  it('keeps ids apart that clean up to the same text', () => {
    expect(memberReportFileName('a/b')).not.toBe(memberReportFileName('a:b'));
  });

  it('falls back to a fixed stem and bounds the length', () => {
    expect(memberReportFileName('///')).toMatch(/^member-member-[0-9a-f]{8}\.pdf$/u);
    expect(memberReportFileName('x'.repeat(300)).length).toBeLessThanOrEqual('member-'.length + 80 + 9 + 4);
  });
});
