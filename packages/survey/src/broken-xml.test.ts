import type { Issue } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { nativeSheets, ooxmlWorkbook } from './test-ooxml.js';
import { addParts, readBoth, rewritePart } from './test-package.js';
import { unzipEntries, zipEntries } from './test-zip.js';

// Another writer's workbook (inline strings, no styles): three members on Responses rows 2–4.
const workbook = () =>
  ooxmlWorkbook(
    nativeSheets([
      ['respondent_id', 'chain_role', 'employees'],
      ['M1', 'upstream', 10],
      ['M2', 'downstream', 20],
      ['M3', 'upstream', 30],
    ]),
  );
const RESPONSES = 'xl/worksheets/sheet4.xml';
const read = (data: Buffer) => readBoth(data, { file: 'member.xlsx' });
const where = (issue: Issue | undefined) => issue && [issue.severity, issue.code, issue.file, issue.sheet, issue.cell];

describe('workbook parts whose XML is broken', () => {
  it('reads nothing from a Responses sheet cut off after its second member, rather than the members before the cut', async () => {
    const cut = await rewritePart(workbook(), RESPONSES, (xml) => xml.slice(0, xml.indexOf('<row r="4"')));
    const { survey, issues } = await read(cut);
    expect(survey).toBeNull();
    expect(issues.map(where)).toEqual([['error', 'xml_malformed', 'member.xlsx', 'Responses', undefined]]);
    expect(issues[0]?.message).toBe(
      'The sheet “Responses” of “member.xlsx” is damaged: its XML (xl/worksheets/sheet4.xml) ends before its last element is closed (the file was probably cut off): “<sheetData>”. Nothing from this sheet was read.',
    );
  });

  it('reads nothing from a sheet with an unclosed row, which a lenient parser reads as one member fewer', async () => {
    const unclosed = await rewritePart(workbook(), RESPONSES, (xml) => xml.replace('</c></row><row r="3">', '</c><row r="3">'));
    const { survey, issues } = await read(unclosed);
    expect(survey).toBeNull();
    expect(issues.map(where)).toEqual([['error', 'xml_malformed', 'member.xlsx', 'Responses', undefined]]);
    expect(issues[0]?.message).toContain('puts an element where a worksheet cannot have one (a row or cell inside another, or outside the sheet data; markup inside a value): “<row>”');
  });

  it('never takes an undefined entity for text: “&lol9;” does not become a respondent id', async () => {
    const entity = await rewritePart(workbook(), RESPONSES, (xml) => xml.replace('>M2<', '>&lol9;<'));
    const { survey, issues } = await read(entity);
    expect(survey).toBeNull();
    expect(issues.map(where)).toEqual([['error', 'xml_malformed', 'member.xlsx', 'Responses', undefined]]);
    expect(issues[0]?.message).toContain('uses a reference that XML does not define: “&lol9;”');
  });

  it('refuses a billion-laughs DTD in one line, wherever it is, before anything is expanded', async () => {
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    for (const part of [RESPONSES, 'xl/workbook.xml', '[Content_Types].xml']) {
      const bomb = await rewritePart(workbook(), part, (xml) => xml.replace(/(<\?xml[^>]*\?>\s*)?/, `$1${laughs}`).replace('>M2<', '>&lol2;<'));
      const { survey, issues } = await read(bomb);
      expect(survey).toBeNull();
      expect(issues.map(where)).toEqual([['error', 'xml_dtd_refused', 'member.xlsx', undefined, undefined]]);
      expect(issues[0]?.message).toBe(
        `“member.xlsx” was refused unread: its part ${part} declares a document type or entities (“<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENT”), which workbooks never need and which can hide expansions that exhaust memory.`,
      );
    }
  });

  it('reads nothing when a part every sheet needs is broken', async () => {
    const { survey, issues } = await read(await rewritePart(workbook(), 'xl/workbook.xml', (xml) => xml.replace('</sheets>', '')));
    expect(survey).toBeNull();
    expect(issues.map(where)).toEqual([['error', 'xml_malformed', 'member.xlsx', undefined, undefined]]);
    expect(issues[0]?.message).toBe(
      '“member.xlsx” is damaged: xl/workbook.xml closes an element that is not open: “</workbook>”. Every sheet depends on this part, so nothing was read.',
    );
  });

  it('reads every member when only a sheet or part the survey does not use is broken, saying so', async () => {
    const withExtras = await addParts(workbook(), {
      'docProps/app.xml': '<Properties><Application>Survey tool 2.1',
      'xl/worksheets/sheet9.xml': '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></worksheet>',
    });
    const { survey, issues } = await read(withExtras);
    expect(survey?.respondents.map((respondent) => [respondent.id, respondent.answers.employees])).toEqual([['M1', 10], ['M2', 20], ['M3', 30]]);
    // Archive order: the properties part, then the orphan sheet part no sheet of the workbook points to.
    expect(issues.map(where)).toEqual([
      ['error', 'xml_malformed', 'member.xlsx', undefined, undefined],
      ['error', 'xml_malformed', 'member.xlsx', undefined, undefined],
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      'A part of “member.xlsx” is damaged: docProps/app.xml ends before its last element is closed (the file was probably cut off): “<Application>”. That part was left out; the sheets were read.',
      'A part of “member.xlsx” is damaged: xl/worksheets/sheet9.xml closes an element that is not open: “</worksheet>”. That part was left out; the sheets were read.',
    ]);
  });

  it('reads the survey without a broken optional Regional sheet, and says so in Chinese too', async () => {
    const sheets = nativeSheets([['respondent_id', 'chain_role', 'employees'], ['M1', 'upstream', 10]]);
    const regional = { name: 'Regional', rows: [['key', 'label', 'unit', 'value'], ['region_employment', null, null, 5000]] };
    const data = await rewritePart(ooxmlWorkbook([...sheets, regional]), 'xl/worksheets/sheet5.xml', (xml) => xml.replace('</row>', ''));
    const { survey, issues } = await readBoth(data, { file: '会员.xlsx', lang: 'zh' });
    expect(survey?.regional).toEqual({});
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['M1']);
    expect(issues.map(where)).toEqual([['error', 'xml_malformed', '会员.xlsx', 'Regional', undefined]]);
    expect(issues[0]?.message).toBe(
      '“会员.xlsx”的工作表“Regional”已损坏：其 XML（xl/worksheets/sheet5.xml）把元素放在了工作表中不应出现的位置（行或单元格嵌套在另一行或单元格中，或在表格数据之外；值中含有标记）：“<row>”。该工作表的内容均未读取。',
    );
  });

  it('says when a sheet the workbook lists has no part, rather than reading on without it', async () => {
    const regional = { name: 'Regional', rows: [['key', 'label', 'unit', 'value'], ['region_employment', null, null, 5000]] };
    const full = ooxmlWorkbook([...nativeSheets([['respondent_id', 'chain_role', 'employees'], ['M1', 'upstream', 10]]), regional]);
    const without = async (entry: string) => zipEntries((await unzipEntries(full)).filter((part) => part.name !== entry));
    const noRegional = await read(await without('xl/worksheets/sheet5.xml'));
    expect(noRegional.survey?.respondents.map((respondent) => respondent.id)).toEqual(['M1']);
    expect(noRegional.issues.map(where)).toEqual([['error', 'sheet_part_missing', 'member.xlsx', 'Regional', undefined]]);
    expect(noRegional.issues[0]?.message).toBe(
      'The sheet “Regional” is listed in “member.xlsx”, but its part (xl/worksheets/sheet5.xml) is missing: the file is incomplete. Nothing from this sheet was read.',
    );
    // A missing Responses part is that one issue too, not also a missing sheet.
    const noResponses = await read(await without(RESPONSES));
    expect(noResponses.survey).toBeNull();
    expect(noResponses.issues.map(where)).toEqual([['error', 'sheet_part_missing', 'member.xlsx', 'Responses', undefined]]);
  });

  it('refuses rows and cells out of order, which would overwrite the values already read', async () => {
    const swapped = await rewritePart(workbook(), RESPONSES, (xml) => xml.replace(/(<row r="2">.*?<\/row>)(<row r="3">.*?<\/row>)/, '$2$1'));
    const rows = await read(swapped);
    expect(rows.issues.map(where)).toEqual([['error', 'xml_malformed', 'member.xlsx', 'Responses', undefined]]);
    expect(rows.issues[0]?.message).toContain('numbers a row out of order (each row must come after the rows above it): “<row r="2">”');
    const twice = await rewritePart(workbook(), RESPONSES, (xml) => xml.replace('<c r="C3">', '<c r="C3"><v>99</v></c><c r="C3">'));
    const cells = await read(twice);
    expect(cells.issues.map(where)).toEqual([['error', 'xml_malformed', 'member.xlsx', 'Responses', undefined]]);
    expect(cells.issues[0]?.message).toContain('places a cell at or before the column of the cell before it in its row: “<c r="C3">”');
    const nested = await rewritePart(workbook(), RESPONSES, (xml) => xml.replace('<c r="C3">', '<c r="C3"><c r="D3"><v>1</v></c>'));
    expect((await read(nested)).issues[0]?.message).toContain('puts an element where a worksheet cannot have one (a row or cell inside another, or outside the sheet data; markup inside a value): “<c>”');
  });

  it('refuses a part whose bytes changed after it was packed (its CRC-32 no longer matches)', async () => {
    const entries = await unzipEntries(workbook());
    const stored = zipEntries(entries.map((entry) => ({ ...entry, method: 'store' as const })));
    const at = stored.indexOf('>M2<');
    stored.write('>M7<', at);
    const { survey, issues } = await read(stored);
    expect(survey).toBeNull();
    expect(issues.map(where)).toEqual([['error', 'corrupt_workbook', 'member.xlsx', undefined, undefined]]);
  });

  it('reads a package whose entries are stored, not deflated, as some writers store small parts', async () => {
    const stored = zipEntries((await unzipEntries(workbook())).map((entry) => ({ ...entry, method: 'store' as const })));
    const { survey, issues } = await read(stored);
    expect(issues).toEqual([]);
    expect(survey?.respondents.map((respondent) => respondent.id)).toEqual(['M1', 'M2', 'M3']);
  });

  it('refuses a package whose local header names an entry otherwise than its directory does', async () => {
    const data = workbook();
    // The first local header (at offset 0) holds [Content_Types].xml; its name starts at byte 30.
    expect(data.toString('latin1', 30, 49)).toBe('[Content_Types].xml');
    data.write('(', 30, 'latin1');
    const { survey, issues } = await read(data);
    expect(survey).toBeNull();
    expect(issues.map(where)).toEqual([['error', 'corrupt_workbook', 'member.xlsx', undefined, undefined]]);
  });

  it('accepts the unclosed <br> Excel writes in some VML drawings, which hold no answers', async () => {
    const vml = '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><div>Note<br></div></v:shape></xml>';
    const { survey, issues } = await read(await addParts(workbook(), { 'xl/drawings/vmlDrawing1.vml': vml }));
    expect(issues).toEqual([]);
    expect(survey?.respondents).toHaveLength(3);
  });
});
