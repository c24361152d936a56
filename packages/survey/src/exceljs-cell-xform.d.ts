// exceljs's cell parser (lib/xlsx/xform/sheet/cell-xform.js, untyped) and its value types, which
// exceljs-cells.ts teaches to read ISO date cells and to skip phonetic guides in inline strings.
declare module 'exceljs/lib/xlsx/xform/sheet/cell-xform.js' {
  /** A cell as the parser builds it, before exceljs turns it into a Cell. */
  export interface ParsedCell {
    type?: number;
    value?: unknown;
    result?: unknown;
    text?: unknown;
    /** Set by exceljs-cells.ts on a `t="d"` cell: its value as written, for reconcile. */
    isoText?: string;
  }

  export interface CellXformInstance {
    /** The `t` attribute of the cell being parsed. */
    t?: string;
    /** The rich-text run parser while inside `<r>`. */
    parser?: unknown;
    model: ParsedCell;
    /** Set by exceljs-cells.ts: elements open inside a phonetic guide. */
    phonetic?: number;
  }

  const CellXform: {
    prototype: CellXformInstance & {
      parseOpen(this: CellXformInstance, node: { name: string }): boolean;
      parseText(this: CellXformInstance, text: string): void;
      parseClose(this: CellXformInstance, name: string): boolean;
      reconcile(this: CellXformInstance, model: ParsedCell, options: { date1904?: boolean }): void;
    };
  };
  export default CellXform;
}

declare module 'exceljs/lib/doc/enums.js' {
  const Enums: { ValueType: Record<'Null' | 'Merge' | 'Number' | 'String' | 'Date' | 'Hyperlink' | 'Formula' | 'RichText' | 'Boolean' | 'Error', number> };
  export default Enums;
}
