import type SharedStringXform from 'exceljs/lib/xlsx/xform/strings/shared-string-xform.js';
import { isoCellValue } from './cell-value.js';

let taught = false;

/** The elements of a cell exceljs's parser reads itself, and `<c>` itself. */
const CELL_NODES = new Set(['c', 'f', 'v', 'is', 't', 'r']);

/**
 * Teaches exceljs 4.4's cell and shared-string parsers what they get wrong, so that its cells
 * read as the streaming reader reads them (stream/cell-model.ts, stream/sheet-scanner.ts,
 * stream/shared-strings.ts):
 *
 * - a `t="d"` cell holds an ISO 8601 date, time or both (`2024-05-01T00:00:00`, `12:30:00`);
 *   exceljs takes parseFloat of it, so 2024 or 12. It becomes the Date isoCellValue gives,
 *   or the text as written when that is no date, for values and cached formula results alike;
 * - the text of a phonetic guide (`<rPh>`, as Japanese furigana) in an inline string is not the
 *   string's: exceljs appends it ("n" + "PHONETIC"), as it does not for shared strings;
 * - an element it does not know inside a cell (`<extLst>`, or one a broken file has there) ends
 *   the cell at its end tag, so the text after it is lost and the cell's end closes the row: it
 *   is passed through instead, as the streaming reader does;
 * - an element inside a shared string's `<t>` ends the text at its own end tag, leaving an empty
 *   string object that prints as “[object Object]”: the text goes on to `</t>`, as the streaming
 *   reader reads it.
 *
 * Loaded workbooks (read and annotated alike) then hold the date, which exceljs writes back as
 * a date-formatted serial number. Done once per process, on the shared class.
 */
export async function teachCellXform(): Promise<void> {
  if (taught) return;
  // Imported here, not on top: exceljs is loaded on first use (exceljs-module.ts).
  const [{ default: CellXform }, { default: Enums }, { default: SharedStringXform }] = await Promise.all([
    import('exceljs/lib/xlsx/xform/sheet/cell-xform.js'),
    import('exceljs/lib/doc/enums.js'),
    import('exceljs/lib/xlsx/xform/strings/shared-string-xform.js'),
  ]);
  if (taught) return;
  taught = true;
  teachSharedStrings(SharedStringXform.prototype);
  const proto = CellXform.prototype;
  const { parseOpen, parseText, parseClose, reconcile } = proto;
  const { ValueType } = Enums;
  proto.parseOpen = function (node) {
    if (this.phonetic) {
      this.phonetic++;
      return true;
    }
    if (!this.parser && (node.name === 'rPh' || node.name === 'phoneticPr')) {
      this.phonetic = 1;
      return true;
    }
    if (!this.parser && !CELL_NODES.has(node.name)) return true;
    return parseOpen.call(this, node);
  };
  proto.parseText = function (text) {
    if (!this.phonetic) parseText.call(this, text);
  };
  proto.parseClose = function (name) {
    if (this.phonetic) {
      this.phonetic--;
      return true;
    }
    if (!this.parser && !CELL_NODES.has(name)) return true;
    if (name !== 'c' || this.t !== 'd') return parseClose.call(this, name);
    const written = this.model.value;
    const result = parseClose.call(this, name);
    if (typeof written === 'string') this.model.isoText = written;
    return result;
  };
  proto.reconcile = function (model, options) {
    const written = model.isoText;
    reconcile.call(this, model, options);
    if (written === undefined) return;
    delete model.isoText;
    const value = isoCellValue(written, options.date1904 === true);
    if (model.type === ValueType.Formula) model.result = value;
    else if (model.type === ValueType.Hyperlink) model.text = value;
    else {
      model.type = typeof value === 'string' ? ValueType.String : ValueType.Date;
      model.value = value;
    }
  };
}

/** A shared string's `<t>` is text to its end tag, whatever a broken file puts inside it (see teachCellXform). */
function teachSharedStrings(proto: (typeof SharedStringXform)['prototype']): void {
  const { parseOpen, parseClose } = proto;
  proto.parseOpen = function (node) {
    if (!this.parser) this.inText = node.name === 't';
    return parseOpen.call(this, node);
  };
  proto.parseClose = function (name) {
    if (this.parser && this.inText && name !== 't') return true;
    return parseClose.call(this, name);
  };
}
