// exceljs's Worksheet class on its own (lib/doc/worksheet.js, untyped): the streaming reader
// builds its small sheets with it, without loading the rest of exceljs (see small-sheet.ts).
declare module 'exceljs/lib/doc/worksheet.js' {
  import type { Worksheet } from 'exceljs';

  /** What a Worksheet asks of its workbook while it is filled and read: the other sheets, for its name check. */
  export interface WorksheetHost {
    _worksheets: Worksheet[];
  }

  const WorksheetClass: new (options: { id: number; name: string; orderNo: number; workbook: WorksheetHost }) => Worksheet;
  export default WorksheetClass;
}
