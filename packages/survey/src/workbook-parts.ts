import { parseWorkbookRels, parseWorkbookXml, sheetNamesOf } from './stream/package-parts.js';
import { XmlProblem } from './stream/xml-problem.js';

/**
 * Sheet names by worksheet part, read from `xl/workbook.xml` and its relationships as exceljs
 * reads them, so issues raised before parsing name the sheet people see rather than
 * `sheet3.xml`, and both readers name it alike. Unreadable parts name no sheet.
 */
export function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  try {
    return sheetNamesOf(parseWorkbookXml(workbookXml), parseWorkbookRels(relsXml));
  } catch (error) {
    if (!(error instanceof XmlProblem)) throw error;
    return new Map();
  }
}
