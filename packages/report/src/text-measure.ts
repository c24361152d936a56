/**
 * Conservative text-width estimates for laying out SVG labels without a font engine.
 * Over-estimating only costs a little margin; under-estimating clips labels, so every
 * factor below is at or above the widest glyphs of Noto Sans SC in its class.
 */

const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;

/** Width of one character in em. */
function charEm(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (ch === ' ') return 0.3;
  if (/[mwMW@%]/u.test(ch)) return 0.95;
  if (/[A-Z0-9&]/u.test(ch)) return 0.72;
  if (/[ijl.,:;'’!|()·]/u.test(ch)) return 0.32;
  return 0.6;
}

/** Estimated width in pt of `text` set at `fontSize` pt. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

/** Splits text into breakable pieces: each CJK character alone, Latin words with their trailing space. */
function tokens(text: string): string[] {
  return text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+\s*|\s+/gu) ?? [];
}

/**
 * Greedy line wrapping to `maxWidth` pt. A single word wider than the limit keeps its own line
 * (callers size the chart from the measured lines, so nothing is clipped).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    const candidate = line + token;
    if (line !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Escapes text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}
