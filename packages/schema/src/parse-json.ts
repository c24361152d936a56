import type { ParseError } from 'jsonc-parser';
import type { Lang } from './common.js';
import type { Issue } from './issue.js';
import type { JsonProblem } from './messages/catalogue.js';
import { messages } from './messages/index.js';

export type JsonParse = { ok: true; value: unknown } | { ok: false; issue: Issue };

/** Line and column (from 1, in characters) of `offset` in `text`. */
function place(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Parses a JSON file's text as JSON.parse does, past a leading byte-order mark (Windows
 * Notepad writes one), and answers a text that is not JSON with one issue saying where it
 * first breaks and how (jsonc-parser locates it, in strict JSON mode, loaded only then: every
 * command reads its config through here), in `lang` (__Default:__ `en`). Never throws for bad input.
 * @example await parseJson(await readFile('policy.json'), 'policy.json', 'zh')
 */
export async function parseJson(data: string | Uint8Array, file?: string, lang: Lang = 'en'): Promise<JsonParse> {
  const raw = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const { parse, printParseErrorCode } = await import('jsonc-parser');
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const problem = first && printParseErrorCode(first.error);
    // Where jsonc-parser finds nothing JSON.parse rejects, the message goes without a place.
    const at = first && problem !== '<unknown ParseErrorCode>' ? { ...place(text, first.offset), problem: problem as JsonProblem } : undefined;
    const { message, suggestion } = messages(lang).notJson({ file, ...(at && { at }) });
    return { ok: false, issue: { severity: 'error', code: 'json_invalid', message, suggestion, ...(file !== undefined && { file }) } };
  }
}
