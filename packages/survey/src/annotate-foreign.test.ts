import { describe, expect, it } from 'vitest';
import { annotateWorkbookCopy } from './index.js';
import { nativeSheets, ooxmlWorkbook } from './test-ooxml.js';
import { addParts, readBoth, rewritePart, withOpenpyxlNotes } from './test-package.js';
import { loadWorkbook } from './test-workbook.js';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="0" fillId="2" applyFill="1"/></cellXfs></styleSheet>';
const VALIDATION = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B2:B10"><formula1>"upstream,downstream"</formula1></dataValidation></dataValidations>';

/**
 * A member's workbook as openpyxl (or pandas) writes it: another sheet of their own, a shaded
 * id cell, a dropdown, notes on A2 and C3, and a bad answer in C3.
 */
async function openpyxlWorkbook(): Promise<Buffer> {
  const sheets = nativeSheets([
    ['respondent_id', 'chain_role', 'employees'],
    ['M1', 'upstream', 10],
    ['M2', 'downstream', 'many'],
  ]);
  sheets[3]!.after = VALIDATION;
  const data = await addParts(ooxmlWorkbook([...sheets, { name: 'Notes', rows: [['Called the owner on 3 March']] }]), { 'xl/styles.xml': STYLES });
  const shaded = await rewritePart(data, 'xl/worksheets/sheet4.xml', (xml) => xml.replace('<c r="A2" t="inlineStr">', '<c r="A2" s="1" t="inlineStr">'));
  return withOpenpyxlNotes(shaded, 4, [
    { ref: 'A2', text: 'Joined in 2020' },
    { ref: 'C3', text: 'Estimated by the owner' },
  ]);
}

const noteOf = (value: unknown): string =>
  typeof value === 'string' ? value : ((value as { texts?: { text: string }[] } | undefined)?.texts ?? []).map((run) => run.text).join('');

describe('annotated copies of workbooks other programs wrote', () => {
  it('keeps every sheet, value, style, dropdown and note of a workbook with openpyxl notes, which exceljs cannot load', async () => {
    const data = await openpyxlWorkbook();
    await expect(loadWorkbook(data)).rejects.toThrow();
    const { survey, issues } = await readBoth(data, { file: 'member.xlsx' });
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['M1', 'M2']);
    expect(issues.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual([['not_a_number', 'Responses', 'C3']]);

    const copy = await annotateWorkbookCopy(data, issues, { lang: 'en' });
    expect([copy.kept, copy.issues]).toEqual(['workbook', []]);
    const workbook = await loadWorkbook(copy.data);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Cluster', 'Questions', 'Choices', 'Responses', 'Notes', 'ClusterLens issues']);
    const responses = workbook.getWorksheet('Responses')!;
    expect([responses.getCell('A2').value, responses.getCell('C2').value, responses.getCell('C3').value]).toEqual(['M1', 10, 'many']);
    expect(workbook.getWorksheet('Notes')!.getCell('A1').value).toBe('Called the owner on 3 March');
    expect(responses.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(responses.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(responses.getCell('B5').dataValidation).toMatchObject({ type: 'list', formulae: ['"upstream,downstream"'] });
    expect(noteOf(responses.getCell('A2').note)).toBe('Joined in 2020');
    expect(noteOf(responses.getCell('C3').note)).toBe(
      'Estimated by the owner\nClusterLens check:\nError: The answer “many” to “Employees” is not a number.\nType a whole number between 0 and 100000.',
    );
  });

  it('leaves out a broken sheet and pictures, saying so, and keeps and marks the rest', async () => {
    const drawing = await addParts(await openpyxlWorkbook(), {
      'xl/drawings/drawing1.xml': '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
    });
    const withPicture = await rewritePart(drawing, 'xl/worksheets/_rels/sheet4.xml.rels', (xml) =>
      xml.replace('</Relationships>', '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="/xl/drawings/drawing1.xml" Id="rId9"/></Relationships>'),
    );
    const broken = await rewritePart(withPicture, 'xl/worksheets/sheet5.xml', (xml) => xml.replace('</row>', ''));
    const { issues } = await readBoth(broken, { file: 'member.xlsx' });
    expect(issues.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual([
      ['xml_malformed', 'Notes', undefined],
      ['not_a_number', 'Responses', 'C3'],
    ]);
    const copy = await annotateWorkbookCopy(broken, issues, { lang: 'en', file: 'member.xlsx' });
    expect(copy.kept).toBe('repaired');
    expect(copy.issues.map((issue) => [issue.severity, issue.code, issue.file])).toEqual([['warning', 'annotation_parts_left_out', 'member.xlsx']]);
    expect(copy.issues[0]?.message).toBe(
      'The annotated copy of “member.xlsx” could not keep the sheet “Notes”, whose XML is broken; its pictures, charts and shapes. Everything else of the workbook is kept, with the problem cells marked.',
    );
    const workbook = await loadWorkbook(copy.data);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Cluster', 'Questions', 'Choices', 'Responses', 'ClusterLens issues']);
    expect(workbook.getWorksheet('Responses')!.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    // The copy's own warning is listed beside the reader's issues.
    expect(workbook.getWorksheet('ClusterLens issues')!.getColumn(2).values.slice(2)).toEqual(['xml_malformed', 'not_a_number', 'annotation_parts_left_out']);
  });

  it('says when nothing of the file can be kept, in Chinese too', async () => {
    const pdf = Buffer.from('%PDF-1.4 not a workbook');
    const { issues } = await readBoth(pdf, { file: '会员.xlsx', lang: 'zh' });
    const copy = await annotateWorkbookCopy(pdf, issues, { lang: 'zh' });
    expect(copy.kept).toBe('issues_only');
    expect(copy.issues.map((issue) => [issue.severity, issue.code, issue.file])).toEqual([['warning', 'annotation_workbook_lost', '会员.xlsx']]);
    expect(copy.issues[0]?.message).toBe('“会员.xlsx”无法作为工作簿打开，批注副本未能保留任何工作表，只包含问题清单。');
    const workbook = await loadWorkbook(copy.data);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['问题清单']);
    expect(workbook.getWorksheet('问题清单')!.getColumn(2).values.slice(2)).toEqual(['not_a_workbook', 'annotation_workbook_lost']);
  });
});
