/**
 * Reads a page's content stream far enough to tell, for every painting operator (text shown,
 * paths filled or stroked, images and forms drawn, shadings), whether it sits inside marked
 * content that is either an artifact or carries an MCID (Matterhorn 01-005 for content, 01-003
 * for artifacts): a small tokenizer for the content-stream syntax, no rendering.
 */

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'Do', 'sh', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*']);
const DELIMITERS = '()<>[]{}/%';
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';

export interface PageMarks {
  /** MCIDs of the page, in content order. */
  mcids: number[];
  /** Painting operators outside any artifact or MCID sequence. */
  unmarked: number;
  /** Marked-content sequences not closed, or closed without being opened. */
  unbalanced: boolean;
}

type Token = { kind: 'op' | 'name' | 'number' | 'other'; text: string };

function* tokens(src: string): Generator<Token> {
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (isSpace(c)) i += 1;
    else if (c === '%') while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i += 1;
    else if (c === '(') {
      let depth = 0;
      for (; i < src.length; i += 1) {
        const d = src[i];
        if (d === '\\') i += 1;
        else if (d === '(') depth += 1;
        else if (d === ')' && --depth === 0) break;
      }
      i += 1;
      yield { kind: 'other', text: '()' };
    } else if (c === '<' && src[i + 1] === '<') {
      i += 2;
      yield { kind: 'other', text: '<<' };
    } else if (c === '>' && src[i + 1] === '>') {
      i += 2;
      yield { kind: 'other', text: '>>' };
    } else if (c === '<') {
      i = src.indexOf('>', i) + 1 || src.length;
      yield { kind: 'other', text: '<>' };
    } else if ('[]{}'.includes(c)) {
      i += 1;
      yield { kind: 'other', text: c };
    } else {
      const start = i;
      i += 1;
      while (i < src.length && !isSpace(src[i] ?? ' ') && !DELIMITERS.includes(src[i] ?? '/')) i += 1;
      const text = src.slice(start, i);
      yield { kind: c === '/' ? 'name' : /^[+-]?(\d+\.?\d*|\.\d+)$/u.test(text) ? 'number' : 'op', text };
    }
  }
}

/** The marks of one decoded content stream. */
export function pageMarks(content: Buffer): PageMarks {
  const marks: PageMarks = { mcids: [], unmarked: 0, unbalanced: false };
  // Each open sequence: does it (or one around it) make its content tagged or an artifact?
  const stack: boolean[] = [];
  let operands: Token[] = [];
  for (const token of tokens(content.toString('latin1'))) {
    if (token.kind !== 'op') {
      operands.push(token);
      continue;
    }
    const op = token.text;
    if (op === 'BMC' || op === 'BDC') {
      const tag = operands[0]?.text;
      const at = operands.findIndex((t) => t.text === '/MCID');
      const mcid = at >= 0 ? Number(operands[at + 1]?.text) : undefined;
      if (mcid !== undefined) marks.mcids.push(mcid);
      stack.push(tag === '/Artifact' || mcid !== undefined || stack.at(-1) === true);
    } else if (op === 'EMC') {
      if (stack.pop() === undefined) marks.unbalanced = true;
    } else if (PAINTING.has(op) && stack.at(-1) !== true) {
      marks.unmarked += 1;
    }
    operands = [];
  }
  if (stack.length > 0) marks.unbalanced = true;
  return marks;
}
