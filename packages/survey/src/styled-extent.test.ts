import { describe, expect, it } from 'vitest';
import { readSurveyFile } from './formats/read-survey-file.js';
import { workbookOf } from './formats/test-exports.js';
import { inspectWorkbookBytes } from './index.js';
import { testFramework } from './test-framework.js';
import { nativeSheets, ooxmlWorkbook } from './test-ooxml.js';
import { addParts, readBoth, rewritePart } from './test-package.js';
import { testCluster } from './test-respondents.js';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="2"><fill/><fill><patternFill patternType="solid"><fgColor rgb="FFEEEEEE"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="0" fillId="1" applyFill="1"/></cellXfs></styleSheet>';

/**
 * A sheet as Gnumeric (and some other writers) save it: the dimension declared as the whole
 * grid, every column styled, each row carrying a styled empty cell in column XFD, and a styled
 * empty last row 1,048,576.
 */
function styledToTheEdge(xml: string): string {
  return xml
    .replace(/(<worksheet[^>]*>)(<dimension[^>]*\/>)?/, '$1<dimension ref="A1:XFD1048576"/><cols><col min="1" max="16384" width="9.1" style="1"/></cols>')
    .replace(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/g, '<row r="$1"$2>$3<c r="XFD$1" s="1"/></row>')
    .replace('</sheetData>', '<row r="1048576" s="1" customFormat="1"><c r="A1048576" s="1"/><c r="XFD1048576" s="1"/></row></sheetData>');
}

const rows = [
  ['respondent_id', 'chain_role', 'employees'],
  ['M1', 'upstream', 10],
  ['M2', 'downstream', 20],
];

async function styledWorkbook(): Promise<Buffer> {
  let data = await addParts(ooxmlWorkbook(nativeSheets(rows)), { 'xl/styles.xml': STYLES });
  for (const sheet of [1, 2, 3, 4]) data = await rewritePart(data, `xl/worksheets/sheet${sheet}.xml`, styledToTheEdge);
  return data;
}

describe('sheet extents come from cells that hold values, not from styles', () => {
  it('reads a workbook styled out to XFD1048576 exactly like the same workbook unstyled', async () => {
    const styled = await styledWorkbook();
    const plain = await readBoth(ooxmlWorkbook(nativeSheets(rows)), { file: 'member.xlsx' });
    const { survey, issues } = await readBoth(styled, { file: 'member.xlsx' });
    expect(issues).toEqual([]);
    expect(plain.issues).toEqual([]);
    expect({ ...survey, sources: [] }).toEqual({ ...plain.survey, sources: [] });
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['M1', 'M2']);
  });

  it('measures the values and the styled reach apart', async () => {
    const { issues, sheets } = await inspectWorkbookBytes(await styledWorkbook(), { file: 'member.xlsx' });
    expect(issues).toEqual([]);
    // Responses: values in A1:C3; styled cells and rows out to XFD (16,384) and row 1,048,576.
    expect(sheets.find((sheet) => sheet.name === 'Responses')?.extent).toMatchObject({
      maxCellRow: 3,
      maxCellColumn: 3,
      maxRowElement: 1_048_576,
      maxAnyColumn: 16_384,
      declaredRows: 1_048_576,
      declaredColumns: 16_384,
    });
  });

  it('keeps the limits on cells that hold values', async () => {
    const limits = { maxRows: 100, maxColumns: 50 };
    const farValue = await rewritePart(await styledWorkbook(), 'xl/worksheets/sheet4.xml', (xml) =>
      xml.replace('<row r="1048576"', '<row r="101"><c r="A101" t="inlineStr"><is><t>M3</t></is></c></row><row r="1048576"'),
    );
    const { survey, issues } = await readBoth(farValue, { file: 'member.xlsx', limits });
    expect(survey).toBeNull();
    expect(issues.map((issue) => [issue.code, issue.sheet])).toEqual([['sheet_too_large', 'Responses']]);
    expect(issues[0]?.message).toBe('The sheet “Responses” of “member.xlsx” reaches row 101 and column 3; at most 100 rows and 50 columns are read.');
    // The styled workbook itself passes the same small limits.
    expect((await readBoth(await styledWorkbook(), { file: 'member.xlsx', limits })).issues).toEqual([]);
  });

  it('reads a KoboToolbox export styled the same way', async () => {
    const exported = await workbookOf({ data: [['respondent_id', 'chain_role', 'employees', '_uuid'], ['M1', 'upstream', 3, 'u1'], ['M2', 'research', 4, 'u2']] });
    const styled = await rewritePart(exported, 'xl/worksheets/sheet1.xml', styledToTheEdge);
    const { survey, issues } = await readSurveyFile(styled, { file: 'kobo.xlsx', format: 'kobo', framework: testFramework, cluster: testCluster });
    expect(issues).toEqual([]);
    expect(survey?.respondents.map((respondent) => respondent.answers)).toEqual([
      { chain_role: 'upstream', employees: 3 },
      { chain_role: 'research', employees: 4 },
    ]);
  });
});
