import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
interface Stack {
  push(style: string): void;
  getProperty(name: string): unknown;
}
const StyleContextStack = (require('pdfmake/js/StyleContextStack.js') as { default: new (styles: object, defaults: object) => Stack }).default;
const TextInlines = (require('pdfmake/js/TextInlines.js') as { default: new (doc: object) => { measure(items: object[], stack: Stack): Record<string, unknown>[] } }).default;

const TextBreaker = (require('pdfmake/js/TextBreaker.js') as { default: new () => { getBreaks(texts: unknown, stack: Stack): Record<string, unknown>[] } }).default;
const Line = (require('pdfmake/js/Line.js') as { default: { prototype: LineLike } }).default;
const LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { buildNextLine(node: object): LineLike | null } } }).default;
interface LineLike {
  inlines: { text: string }[];
  hasEnoughSpaceForInline(inline: object, next?: object[]): boolean;
}

const font = { widthOfString: () => 0, lineHeight: () => 1 };

describe('pdfmake patch (patches/pdfmake+0.3.11.patch)', () => {
  it('resolves inherited style properties once per text, own values and named styles still first', () => {
    const stack = new StyleContextStack({ base: { color: 'blue', fontSize: 11 }, red: { color: 'red' } }, { fontSize: 9 });
    stack.push('base');
    const lookups = vi.spyOn(stack, 'getProperty');
    const items = [{ text: 'a ' }, { text: 'b ', bold: true }, { text: 'c ', style: 'red' }, { text: 'd' }];
    const provideFont = vi.fn(() => font);
    const measured = new TextInlines({ provideFont }).measure(items, stack);
    expect(measured.map((i) => [i.color, i.fontSize])).toEqual([
      ['blue', 11],
      ['blue', 11],
      ['red', 11],
      ['blue', 11],
    ]);
    // Font family from no style at all: pdfmake's default; bold only where the inline says so.
    expect(provideFont.mock.calls).toEqual([
      ['Roboto', false, false],
      ['Roboto', true, false],
      ['Roboto', false, false],
      ['Roboto', false, false],
    ]);
    // measure reads 23 properties of each inline; unpatched, every inline without its own value
    // walked the stack for each (4 × 23 − 1 for b's bold, plus one leadingIndent = 92 lookups).
    // Patched: 23 inherited lookups and one leadingIndent; c's named style is read apart (next test).
    expect(lookups).toHaveBeenCalledTimes(24);
  });

  it('reads a named style once per property for all the texts of a document, its own values still first', () => {
    let reads = 0;
    const red = new Proxy({ color: 'red' }, { get: (style, key: string) => ((reads += key === 'color' ? 1 : 0), style[key as 'color']) });
    const styles = { red, note: { extends: 'red', fontSize: 8 } };
    const stack = new StyleContextStack(styles, { color: 'black' });
    const measure = (items: object[]) => new TextInlines({ provideFont: () => font }).measure(items, stack);
    const first = measure([{ text: 'a ', style: 'red' }, { text: 'b', style: ['note'] }]);
    const second = measure([{ text: 'c', style: 'red' }, { text: 'd', style: 'red', color: 'green' }, { text: 'e' }]);
    expect([...first, ...second].map((i) => [i.color, i.fontSize])).toEqual([
      ['red', 12],
      ['red', 8],
      ['red', 12],
      ['green', 12],
      ['black', 12],
    ]);
    // pdfmake reads a style's value twice (to test it, to return it). Looked up once for 'red' and
    // once for 'note' (through its extends): 4 reads; unpatched, once for each of a, b and c: 6.
    expect(reads).toBe(4);
  });

  it('looks a named style up without making a set of visited styles, unless it extends others', () => {
    const stack = new StyleContextStack({ h1: { fontSize: 16 }, base: { color: 'navy' }, child: { extends: 'base' }, loop: { extends: 'loop' } }, {});
    const BuiltIn = globalThis.Set;
    let sets = 0;
    globalThis.Set = class<T> extends BuiltIn<T> {
      constructor(values?: Iterable<T> | null) {
        super(values);
        sets += 1;
      }
    };
    try {
      stack.push('h1');
      expect(stack.getProperty('fontSize')).toBe(16);
      expect(sets).toBe(0);
      stack.push('child');
      expect(stack.getProperty('color')).toBe('navy');
      // A style that extends itself ends the walk rather than looping.
      stack.push('loop');
      expect(stack.getProperty('color')).toBe('navy');
      // One set for child's lookup, then one each for loop and child in the last.
      expect(sets).toBe(3);
    } finally {
      globalThis.Set = BuiltIn;
    }
  });

  it('gives every word of a text the same fields in the same order, whatever its style gives', () => {
    const stack = new StyleContextStack({ red: { color: 'red' } }, {});
    const words = new TextBreaker().getBreaks([{ text: 'one two ', style: 'red', bold: true }, 'three\nfour ', { text: 'five', color: 'blue', fontSize: 8 }], stack);
    const measured = new TextInlines({ provideFont: () => font }).measure(words, stack);
    expect(measured.map((w) => w.text)).toEqual(['one ', 'two ', 'three', 'four ', 'five']);
    // Unpatched, a word had only text (and lineEnd) until its style was copied and measure added
    // its fields: 'one ' began with style and bold, 'five' with color and fontSize.
    const keys = Object.keys(measured[0] as object);
    for (const word of measured) expect(Object.keys(word)).toEqual(keys);
    expect(keys.slice(0, 3)).toEqual(['text', 'lineEnd', 'noNewLine']);
    // Values are pdfmake's: a line end only where the text breaks, own and named styles kept.
    expect(measured.map((w) => [w.lineEnd, w.bold, w.color, w.fontSize])).toEqual([
      [undefined, true, 'red', 12],
      [undefined, true, 'red', 12],
      [true, undefined, 'black', 12],
      [undefined, undefined, 'black', 12],
      [undefined, undefined, 'blue', 8],
    ]);
  });

  it('styles the words of one text item once, and each item by its own values', () => {
    const stack = new StyleContextStack({ red: { color: 'red', lineHeight: 2 } }, {});
    const words = new TextBreaker().getBreaks([{ text: 'one two three ', style: 'red' }, { text: 'four five', color: 'blue', sup: true }, 'six'], stack);
    const provideFont = vi.fn(() => font);
    const measured = new TextInlines({ provideFont }).measure(words, stack);
    // A superscript is 0.58 of the size (12 pt), once for each word; the line height of 'red' is 2.
    expect(measured.map((w) => [w.text, w.color, w.fontSize, w.sup, w.height])).toEqual([
      ['one ', 'red', 12, false, 2],
      ['two ', 'red', 12, false, 2],
      ['three ', 'red', 12, false, 2],
      ['four ', 'blue', 12 * 0.58, true, 1],
      ['five', 'blue', 12 * 0.58, true, 1],
      ['six', 'black', 12, false, 1],
    ]);
    // One font lookup per text item; unpatched, one per word (6).
    expect(provideFont).toHaveBeenCalledTimes(3);
  });

  it('copies the words after the next only for a word that must not break from them', () => {
    const inline = (text: string, width: number, noNewLine?: true) => ({ text, width, leadingCut: 0, trailingCut: 0, ...(noNewLine && { noNewLine }) });
    const node = { _inlines: [inline('a ', 4), inline('b', 4, true), inline('c ', 4), inline('d ', 4), inline('e', 4)] };
    const seen: (number | undefined)[] = [];
    // Three words fit on the line.
    const space = vi.spyOn(Line.prototype, 'hasEnoughSpaceForInline').mockImplementation(function (this: LineLike, ...args: unknown[]) {
      const next = args[1] as object[] | undefined;
      seen.push(next?.length);
      return this.inlines.length < 3;
    });
    try {
      const builder = { writer: { context: () => ({ availableWidth: 100 }) } };
      const line = LayoutBuilder.prototype.buildNextLine.call(builder, node);
      expect(line?.inlines.map((i) => i.text)).toEqual(['a ', 'b', 'c ']);
      // The next words were copied for 'b' alone; unpatched, for every word asked about: [4, 3, 2, 1].
      expect(seen).toEqual([undefined, 3, undefined, undefined]);
    } finally {
      space.mockRestore();
    }
  });
});
