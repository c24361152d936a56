import { describe, expect, it } from 'vitest';
import { uploadName } from './upload-name.js';

describe('uploadName', () => {
  it('keeps only the last part of what the browser sent', () => {
    expect(uploadName('../../etc/passwd')).toBe('passwd');
    expect(uploadName('C:\\Users\\li\\回收\\成员.xlsx')).toBe('成员.xlsx');
  });

  it('keeps names in any script and replaces what a file system or shell may misread', () => {
    expect(uploadName('织里 2025 (final).xlsx')).toBe('织里 2025 (final).xlsx');
    expect(uploadName('a<b>:c|d?.xlsx')).toBe('a_b_c_d_.xlsx');
    expect(uploadName('.hidden.xlsx')).toBe('hidden.xlsx');
  });

  it('never gives an empty name or a Windows device name', () => {
    expect(uploadName('..')).toBe('upload_');
    expect(uploadName('CON.xlsx')).toBe('upload_CON.xlsx');
  });

  it('cuts long names to 200 bytes on a character boundary, keeping the extension', () => {
    const name = uploadName(`${'集'.repeat(100)}.xlsx`);
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(200);
    expect(name.endsWith('集.xlsx')).toBe(true);
  });
});
