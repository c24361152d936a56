import { describe, expect, it } from 'vitest';
import { SheetScanner, type RawCell } from './sheet-scanner.js';
import { XmlProblem } from './xml-problem.js';
import { XmlTokenizer } from './xml-tokenizer.js';

/** The cells of a one-row sheet whose row holds `cells` (XML), as column, style, type and value. */
function scan(cells: string): Pick<RawCell, 'column' | 'style' | 'type' | 'value' | 'number'>[] {
  const found: RawCell[] = [];
  const tokenizer = new XmlTokenizer(new SheetScanner({ row: (_row, row) => void found.push(...row) }), 'worksheet');
  tokenizer.write(`<worksheet><sheetData><row r="3">${cells}</row></sheetData></worksheet>`);
  tokenizer.end();
  return found.map(({ column, style, type, value, number }) => ({ column, style, type, value, number }));
}

describe('SheetScanner', () => {
  it('reads the address, style and type of a cell however its attributes are written', () => {
    // C is column 3, AB column 28; the same cell in the forms the one-step path reads and in those it leaves to the tag path.
    // A shared-string index, as every plain number, comes as `number` alone, whichever path read it.
    const expected = [{ column: 28, style: 12, type: 's', value: undefined, number: 7 }];
    for (const tag of [
      '<c r="AB3" s="12" t="s">',
      '<c s="12" t="s" r="AB3">',
      '<c r="AB3"  s="12" x14ac:dyDescent="0.2" t="s">',
      "<c r='AB3' s='12' t='s'>",
      '<c r ="AB3" s= "12" t="s">',
      '<c r="AB3"\ts="12"\nt="s">',
      '<c r="&#65;B3" s="12" t="s">',
    ]) {
      expect(scan(`${tag}<v>7</v></c>`), tag).toEqual(expected);
    }
  });

  it('reads a value with references or a carriage return, and types other than shared strings', () => {
    expect(scan('<c r="A3" t="str"><v>a &amp; b\r\nc</v></c><c r="B3" s="x"><v>-1.5E3</v></c><c r="C3" t="b"><v>1</v></c>')).toEqual([
      { column: 1, style: 0, type: 'str', value: 'a & b\nc', number: undefined },
      { column: 2, style: 0, type: '', value: '-1.5E3', number: undefined },
      { column: 3, style: 0, type: 'b', value: '1', number: 1 },
    ]);
  });

  it('reads a run of cells in one step up to one it cannot, and refuses cells out of order within a run', () => {
    const run = '<c r="A3"><v>1</v></c><c r="B3"><f>A3</f><v>2</v></c><c r="C3"><v>3</v></c><c r="D3"><v>4</v></c>';
    expect(scan(run).map(({ column, value, number }) => [column, value ?? number])).toEqual([[1, 1], [2, '2'], [3, 3], [4, 4]]);
    expect(() => scan('<c r="A3"><v>1</v></c><c r="C3"><v>2</v></c><c r="B3"><v>3</v></c>')).toThrow(XmlProblem);
  });

  it('reads plain decimals as the very numbers Number.parseFloat gives, and leaves other forms to it', () => {
    const values = ['0', '-0', '007', '53.9', '0.1', '-15', '1.', '.5', '2.675', '123456789012345', '0.30000000000000004', '9007199254740993', '1e3', '+1', ' 1', '-', '1.2.3'];
    const numbers = values.map((value) => {
      const found: RawCell[] = [];
      const tokenizer = new XmlTokenizer(new SheetScanner({ row: (_row, row) => void found.push(...row) }), 'worksheet');
      tokenizer.write(`<worksheet><sheetData><row r="1"><c r="A1"><v>${value}</v></c></row></sheetData></worksheet>`);
      tokenizer.end();
      return found[0]!.number;
    });
    values.forEach((value, at) => {
      if (numbers[at] !== undefined) expect(Object.is(numbers[at], Number.parseFloat(value)), value).toBe(true);
    });
    // Read in the scan: up to 15 digits, one point, a leading minus; the rest by parseFloat.
    expect(values.filter((_, at) => numbers[at] !== undefined)).toEqual(['0', '-0', '007', '53.9', '0.1', '-15', '1.', '.5', '2.675', '123456789012345']);
  });

  it('reads the same cells whichever byte a chunk ends on, in the one-step path and the tag path', () => {
    const xml = Buffer.from(
      '<worksheet><sheetData><row r="2"><c r="A2" s="2" t="s"><v>348</v></c><c r="B2" s="1"><v>-12.5</v></c><c r="C2" t="str"><v>中 &amp; x</v></c><c r="D2"><f>1</f><v>7</v></c><c r="E2" s="3" t="s"><v>9</v></c><c r="F2"><v>007</v></c><c r="G2"><v>-.5</v></c><c r="H2"><v>1234567890123456</v></c></row></sheetData></worksheet>',
    );
    const cellsOf = (size: number) => {
      const found: RawCell[] = [];
      const tokenizer = new XmlTokenizer(new SheetScanner({ row: (_row, row) => void found.push(...row) }), 'worksheet');
      for (let at = 0; at < xml.length; at += size) tokenizer.write(xml.subarray(at, at + size));
      tokenizer.end();
      // `number` is the one-step path's alone (the tag path leaves it to parseFloat): where given, it must be parseFloat's.
      return found.map(({ column, style, type, value, number, formula }) => ({ column, style, type, value, number, formula }));
    };
    expect(cellsOf(xml.length)).toEqual([
      { column: 1, style: 2, type: 's', value: undefined, number: 348, formula: false },
      { column: 2, style: 1, type: '', value: undefined, number: -12.5, formula: false },
      { column: 3, style: 0, type: 'str', value: '中 & x', number: undefined, formula: false },
      { column: 4, style: 0, type: '', value: '7', number: undefined, formula: true },
      { column: 5, style: 3, type: 's', value: undefined, number: 9, formula: false },
      { column: 6, style: 0, type: '', value: undefined, number: 7, formula: false },
      { column: 7, style: 0, type: '', value: undefined, number: -0.5, formula: false },
      { column: 8, style: 0, type: '', value: '1234567890123456', number: undefined, formula: false },
    ]);
    for (let size = 1; size < 90; size++) expect(cellsOf(size), `${size}`).toEqual(cellsOf(xml.length));
  });
});
