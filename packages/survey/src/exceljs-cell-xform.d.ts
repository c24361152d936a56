// exceljs's cell and shared-string parsers (lib/xlsx/xform/sheet/cell-xform.js, strings/shared-string-xform.js, untyped) and its value types, which
// exceljs-cells.ts teaches to read ISO date cells, to skip phonetic guides in inline strings and to pass over foreign elements.
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

declare module 'exceljs/lib/xlsx/xform/strings/shared-string-xform.js' {
  export interface SharedStringXformInstance {
    /** The parser of the `<t>`, `<r>` or `<rPh>` being read. */
    parser?: unknown;
    /** Set by exceljs-cells.ts: the element being read is a `<t>`. */
    inText?: boolean;
  }

  const SharedStringXform: {
    prototype: SharedStringXformInstance & {
      parseOpen(this: SharedStringXformInstance, node: { name: string }): boolean;
      parseClose(this: SharedStringXformInstance, name: string): boolean;
    };
  };
  export default SharedStringXform;
}
