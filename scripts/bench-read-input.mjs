/**
 * Large native survey workbooks for the read benchmark, made fast and in little memory:
 * the survey package writes the workbook with one respondent, and the rows of its Responses
 * sheet are then generated as XML and spliced in, with their texts appended to the shared
 * strings as exceljs would store them. (exceljs's in-memory writer runs out of its 4 GB heap
 * on 100,000 × 60.) The result is read by both readers like any exceljs-written workbook.
 */
import { readZip, writeSurveyWorkbook, writeZip } from '@clusterlens/survey';

/** The entries of a zip, in archive order, through the survey package's reader. */
async function unzip(zip) {
  const read = await readZip(zip, () => true);
  if (!read.ok) throw new Error(`the template workbook could not be unzipped: ${read.reason}`);
  return [...read.files].map(([name, data]) => ({ name, data }));
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function columnLetter(column) {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * A workbook of `framework` whose Responses sheet holds `respondents` (as writeSurveyWorkbook
 * takes them): ids in column A, the chain role in B, the other questions in framework order.
 */
export async function largeSurveyWorkbook({ framework, cluster, regional, respondents }) {
  const template = await writeSurveyWorkbook({ framework, lang: 'en', cluster, respondents: respondents.slice(0, 1), regional });
  const entries = await unzip(template);
  const strings = entries.find((entry) => entry.name === 'xl/sharedStrings.xml');
  const responses = entries.find((entry) => entry.name === 'xl/worksheets/sheet4.xml');
  const known = strings.data.toString('utf8').match(/<si>[\s\S]*?<\/si>/g);
  const added = [];
  const index = new Map();
  const shared = (text) => {
    if (!index.has(text)) {
      index.set(text, known.length + added.length);
      added.push(`<si><t>${escape(text)}</t></si>`);
    }
    return index.get(text);
  };
  const chainRole = framework.questions.find((question) => question.id === framework.chainRoleQuestion);
  const columns = [chainRole, ...framework.questions.filter((question) => question !== chainRole)];
  const cell = (ref, value) => {
    if (value === undefined) return '';
    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
    const text = Array.isArray(value) ? value.join(' ') : typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
    return `<c r="${ref}" t="s"><v>${shared(text)}</v></c>`;
  };
  const rows = respondents.map((respondent, i) => {
    const row = i + 3;
    const cells = [cell(`A${row}`, respondent.id), ...columns.map((question, c) => cell(`${columnLetter(c + 2)}${row}`, respondent.answers[question.id]))];
    return `<row r="${row}">${cells.join('')}</row>`;
  });
  const xml = responses.data.toString('utf8');
  const from = xml.indexOf('<row r="3"');
  const to = xml.indexOf('</sheetData>');
  responses.data = Buffer.concat([Buffer.from(xml.slice(0, from)), Buffer.from(rows.join('')), Buffer.from(xml.slice(to))]);
  const total = known.length + added.length;
  strings.data = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${total}" uniqueCount="${total}">${known.join('')}${added.join('')}</sst>`,
  );
  return writeZip(entries);
}
