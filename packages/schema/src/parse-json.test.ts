import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json.js';

describe('parseJson', () => {
  it('reads JSON as JSON.parse does, also after the byte-order mark Windows Notepad writes', async () => {
    expect(await parseJson('{"a": [1, "x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
    expect(await parseJson(Buffer.from('\uFEFF{"a": 1}', 'utf8'), 'cfg.json')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says on which line and column a text stops being JSON, and why, in either language', async () => {
    // Line 3 is `  "b" 2`: the colon is missing before the 2 in column 7.
    const text = '{\n  "a": 1,\n  "b" 2\n}';
    const en = await parseJson(text, 'policy.json');
    expect(en).toEqual({
      ok: false,
      issue: {
        severity: 'error',
        code: 'json_invalid',
        file: 'policy.json',
        message: '“policy.json” is not valid JSON: line 3, column 7: a colon (:) was expected after the name.',
        suggestion: 'Correct it in a text editor: JSON puts names and texts in "double quotes" and has no comments and no comma after the last entry.',
      },
    });
    const zh = await parseJson(text, 'policy.json', 'zh');
    expect(zh.ok === false && zh.issue.message).toBe('“policy.json”不是有效的 JSON：第 3 行第 7 列，名称后面应为冒号（:）。');
  });

  it('names the common slips: a comma after the last entry, single quotes, comments, an empty file, text after the end', async () => {
    const problem = async (text: string) => {
      const parsed = await parseJson(text);
      return parsed.ok ? 'ok' : parsed.issue.message;
    };
    expect(await problem('{"a": 1,}')).toBe('The text is not valid JSON: line 1, column 9: a name in "double quotes" was expected (or a comma after the last entry is left over).');
    expect(await problem("{'a': 1}")).toBe('The text is not valid JSON: line 1, column 2: a character that cannot start a value (texts need "double quotes").');
    expect(await problem('{\n// weights\n"a": 1}')).toBe('The text is not valid JSON: line 2, column 1: a comment, which JSON does not allow.');
    expect(await problem('')).toBe('The text is not valid JSON: line 1, column 1: a value was expected.');
    expect(await problem('{"a": 1} x')).toBe('The text is not valid JSON: line 1, column 10: a character that cannot start a value (texts need "double quotes").');
  });
});
