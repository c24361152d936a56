import { describe, expect, it } from 'vitest';
import { TextList } from './text-list.js';

describe('TextList', () => {
  it('gives back each text as pushed, whatever its script, the empty text included', () => {
    const list = new TextList();
    // Short ASCII texts are copied code by code, the others encoded: 64 and 65 characters, and a last character outside ASCII.
    const texts = ['M-0001', '', '电子信息', 'Zürich', 'M-0001', '𝔘', 'a'.repeat(64), 'b'.repeat(65), 'id é'];
    texts.forEach((text, i) => expect(list.push(text)).toBe(i));
    expect(texts.map((_, i) => list.get(i))).toEqual(texts);
    expect(list.length).toBe(9);
  });

  it('finds the first of equal texts, and nothing for a text never pushed', () => {
    const list = new TextList();
    for (const text of ['a', 'b', 'a', '电子']) list.push(text);
    expect([list.find('a'), list.find('b'), list.find('电子'), list.find('c'), list.find('')]).toEqual([0, 1, 3, -1, -1]);
  });

  it('keeps texts and their lookup right past its first buffer, offsets and table', () => {
    const list = new TextList();
    // 3,000 × 30 bytes is past the first 64 KB of text and 1,024 offsets; find before and after the table grows.
    const text = (i: number) => `member-${String(i).padStart(6, '0')}-${'x'.repeat(16)}`;
    for (let i = 0; i < 3000; i++) {
      expect(list.find(text(i))).toBe(-1);
      list.push(text(i));
    }
    expect([list.find(text(0)), list.find(text(1500)), list.find(text(2999))]).toEqual([0, 1500, 2999]);
    expect([list.get(0), list.get(2999)]).toEqual([text(0), text(2999)]);
  });
});
