import { columnLetter } from './layout.js';
import { zipEntries } from './test-zip.js';

export type OoxmlValue = string | number | boolean | null;

export interface OoxmlSheet {
  name: string;
  rows: OoxmlValue[][];
  /** XML placed after sheetData (mergeCells, dataValidations…). */
  after?: string;
  /** The `<dimension ref>` to declare; none by default, as some writers do. */
  dimension?: string;
  /** `hidden` / `veryHidden` sheet state. */
  state?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellXml(value: OoxmlValue, ref: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
}

function sheetXml(sheet: OoxmlSheet): string {
  const rows = sheet.rows
    .map((row, index) => `<row r="${index + 1}">${row.map((value, column) => cellXml(value, `${columnLetter(column + 1)}${index + 1}`)).join('')}</row>`)
    .join('');
  const dimension = sheet.dimension ? `<dimension ref="${sheet.dimension}"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension}<sheetData>${rows}</sheetData>${sheet.after ?? ''}</worksheet>`;
}

/**
 * An .xlsx as a minimal third-party writer makes it: inline strings instead of a shared-string
 * table, no styles part, no document properties — only the parts the format requires.
 */
export function ooxmlWorkbook(sheets: readonly OoxmlSheet[]): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const types = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  return zipEntries([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${types}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets
        .map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}</Relationships>`,
    },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(sheet) })),
  ]);
}

/** The native survey's sheets for the test framework, as plain rows (row 2 of Responses holds labels). */
export function nativeSheets(responses: OoxmlValue[][]): OoxmlSheet[] {
  const fold = (name: string) => name.toLowerCase().replace(/\s+/gu, ' ').trim();
  const headers = new Set((responses[0] ?? []).flatMap((cell) => (typeof cell === 'string' ? [fold(cell)] : [])));
  return [
    {
      name: 'Cluster',
      rows: [
        ['key', 'label', 'value'],
        ['cluster_id', null, 'zhili-kidswear'],
        ['name_en', null, 'Zhili children’s wear'],
        ['name_zh', null, '织里童装'],
        ['region', null, 'Huzhou, Zhejiang'],
        ['survey_year', null, 2024],
      ],
    },
    {
      name: 'Questions',
      rows: [
        ['id', 'type', 'label::en', 'label::zh', 'unit::en', 'unit::zh', 'min', 'max', 'choices', 'required'],
        ['chain_role', 'select_one', 'Chain role', '产业链角色', null, null, null, null, 'roles', 'yes'],
        ['employees', 'integer', 'Employees', '员工人数', 'people', '人', 0, 100000, null, 'yes'],
        ['rd_share', 'percent', 'R&D spending', '研发投入', '% of revenue', '占营业收入 %', 0, 100, null, 'no'],
        ['founded', 'date', 'Founded on', '成立日期', null, null, null, null, null, 'no'],
        // An optional question is defined only when the sheet has its column (headed by id or label, in any case), as in a template.
      ].filter((row) => row[9] !== 'no' || row.slice(0, 4).some((name) => typeof name === 'string' && headers.has(fold(name)))),
    },
    {
      name: 'Choices',
      rows: [
        ['list_name', 'value', 'label::en', 'label::zh'],
        ['roles', 'upstream', 'Upstream firm', '上游企业'],
        ['roles', 'downstream', 'Downstream firm', '下游企业'],
      ],
    },
    { name: 'Responses', rows: responses },
  ];
}
