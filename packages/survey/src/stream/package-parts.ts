import { attribute, XmlTokenizer, type XmlHandler } from './xml-tokenizer.js';

/**
 * The small parts of an .xlsx package that give meaning to sheet cells, parsed the way
 * exceljs 4.4 parses them (xlsx/xform/book, style and strings), so both readers agree.
 * Parsing is strict (see XmlTokenizer): a broken part throws XmlProblem.
 */

function tokenize(xml: string, handler: XmlHandler, root: string): void {
  const tokenizer = new XmlTokenizer(handler, root);
  tokenizer.write(xml);
  tokenizer.end();
}

/** exceljs utils.xmlDecode, which it applies on top of the XML parser's decoding in a few places. */
export function xmlDecodeAgain(text: string): string {
  if (!text.includes('&')) return text;
  const named: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
  return text.replace(/&([a-z]*);/g, (entity) => named[entity] ?? entity);
}

const ignoreText = { text: () => undefined, wantsText: () => false, close: () => undefined };

export interface WorkbookXml {
  /** Sheets in workbook order, with the relationship id of their part. */
  sheets: { name: string; rId: string | undefined; state: string }[];
  /** Serial dates count from 1904 (old Mac workbooks); exceljs accepts only `date1904="1"`. */
  date1904: boolean;
}

export function parseWorkbookXml(xml: string): WorkbookXml {
  const result: WorkbookXml = { sheets: [], date1904: false };
  tokenize(xml, {
    ...ignoreText,
    open(name, attributes) {
      if (name === 'sheet') {
        // exceljs decodes the name a second time, and an absent state is visible.
        const sheetName = xmlDecodeAgain(attribute(attributes, 'name') ?? '');
        result.sheets.push({ name: sheetName, rId: attribute(attributes, 'r:id'), state: attribute(attributes, 'state') || 'visible' });
      }
      else if (name === 'workbookPr') result.date1904 = attribute(attributes, 'date1904') === '1';
    },
  }, 'workbook');
  return result;
}

/** Zip entry name → name of the sheet it holds, for every sheet with a relationship (names exact, as exceljs looks them up). */
export function sheetNamesOf(workbook: WorkbookXml, rels: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    const entry = sheet.rId === undefined ? undefined : rels.get(sheet.rId);
    if (entry !== undefined) names.set(entry, sheet.name);
  }
  return names;
}

/** Relationship id → zip entry name of its target, resolved as exceljs does for worksheets. */
export function parseWorkbookRels(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  tokenize(xml, {
    ...ignoreText,
    open(name, attributes) {
      const id = attribute(attributes, 'Id');
      const target = attribute(attributes, 'Target');
      if (name === 'Relationship' && id !== undefined && target !== undefined) {
        targets.set(id, `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
      }
    },
  }, 'Relationships');
  return targets;
}

// exceljs's defaultnumformats.js: the built-in formats it knows by id (en-US entries only).
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss',
  46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/**
 * The number format of each cell style (`s` attribute), from `cellXfs` and `numFmts`.
 * Style 0 and unknown styles have none, as in exceljs.
 */
export function parseStyles(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const xfNumFmtIds: number[] = [];
  let inCellXfs = false;
  tokenize(xml, {
    text: () => undefined,
    wantsText: () => false,
    open(name, attributes) {
      if (name === 'numFmt') {
        const code = attribute(attributes, 'formatCode');
        if (code !== undefined) custom.set(Number.parseInt(attribute(attributes, 'numFmtId') ?? '', 10), code.replace(/[\\](.)/g, '$1'));
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        xfNumFmtIds.push(Number.parseInt(attribute(attributes, 'numFmtId') ?? '', 10));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  }, 'styleSheet');
  return xfNumFmtIds.map((id, index) => (index === 0 || !id ? undefined : (custom.get(id) ?? BUILT_IN_FORMATS[id])));
}

/** exceljs's TextXform turns `_x000D_`-style escapes back into characters. */
export function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}
