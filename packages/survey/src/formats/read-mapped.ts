import type { ChoiceList, Question, Respondent, SurveyMapping } from '@clusterlens/schema';
import type { IssueSink } from '../issue-sink.js';
import { findSheet } from '../sheet-table.js';
import { fold, type AnswerSource } from './answer-source.js';
import { csvFromBytes, isZip } from './export-tables.js';
import { openXlsx } from './load-xlsx.js';
import { readRecords } from './read-records.js';
import { address, sheetTable, type Table } from './table.js';

export interface MappedDefinition {
  questions: readonly Question[];
  choiceLists: readonly ChoiceList[];
  chainRole: string;
}

async function loadTable(data: Buffer, mapping: SurveyMapping, sink: IssueSink): Promise<Table | undefined> {
  const headerRow = mapping.headerRow ?? 1;
  if (!isZip(data)) return csvFromBytes(data, sink.file, sink, mapping.delimiter, headerRow);
  const workbook = await openXlsx(data, sink);
  if (!workbook) return undefined;
  const sheet = mapping.sheet === undefined ? workbook.worksheets[0] : findSheet(workbook, mapping.sheet);
  if (!sheet) {
    sink.add('mapping_sheet_missing', { sheet: mapping.sheet ?? '1', sheets: workbook.worksheets.map((candidate) => candidate.name) }, { sheet: mapping.sheet });
    return undefined;
  }
  return sheetTable(sheet, headerRow);
}

/**
 * Reads a flat table (CSV or XLSX, e.g. a Google Forms or Microsoft Forms download) through
 * a mapping: which header answers which question, what the answer texts mean. Mapping
 * entries that name a missing header or an unknown question are errors; headers the
 * mapping leaves out are ignored (info). Undefined when the chain-role or respondent id column
 * cannot be found.
 */
export async function readMappedTable(data: Buffer, mapping: SurveyMapping, definition: MappedDefinition, sink: IssueSink): Promise<Respondent[] | undefined> {
  const table = await loadTable(data, mapping, sink);
  if (!table) return undefined;
  const at = { sheet: table.name };
  const columnOf = new Map<string, number>();
  table.headers.forEach((header, column) => {
    if (header !== '' && !columnOf.has(fold(header))) columnOf.set(fold(header), column);
  });
  const used = new Set<number>();
  const find = (header: string, question: string): number | undefined => {
    const column = columnOf.get(fold(header));
    if (column === undefined) sink.add('mapping_header_not_found', { header, question }, at);
    else used.add(column);
    return column;
  };
  let idColumn: number | undefined;
  if (mapping.respondentId === undefined) sink.add('respondent_id_from_row', {}, at);
  else idColumn = find(mapping.respondentId, 'respondent_id');
  const sources = new Map<string, AnswerSource>();
  for (const entry of mapping.columns) {
    const question = definition.questions.find((candidate) => candidate.id === entry.question);
    if (!question) {
      sink.add('mapping_unknown_question', { header: entry.header, question: entry.question }, at);
      continue;
    }
    const column = find(entry.header, entry.question);
    if (column === undefined) continue;
    const list = definition.choiceLists.find((candidate) => candidate.name === question.choices);
    const source = sources.get(question.id) ?? { question, list };
    const answers = new Map([...(source.answers ?? []), ...Object.entries(entry.answers ?? {}).map(([text, code]) => [fold(text), code] as const)]);
    if (answers.size > 0) source.answers = answers;
    if (entry.option !== undefined) source.options = [...(source.options ?? []), { code: entry.option, column }];
    else if (source.column === undefined) source.column = column;
    else sink.add('duplicate_id', { id: entry.header }, { ...at, cell: address(column, table.headerRow), question: question.id });
    sources.set(question.id, source);
  }
  table.headers.forEach((header, column) => {
    if (header !== '' && !used.has(column)) sink.add('column_not_mapped', { header }, { ...at, cell: address(column, table.headerRow) });
  });
  const chainRole = mapping.chainRoleQuestion ?? definition.chainRole;
  for (const question of definition.questions) {
    if ((question.required || question.id === chainRole) && !sources.has(question.id)) {
      sink.add('missing_column', { sheet: table.name, column: question.id }, { ...at, question: question.id });
    }
  }
  if (!sources.has(chainRole) || (mapping.respondentId !== undefined && idColumn === undefined)) return undefined;
  const words = { yes: (mapping.yes ?? []).map(fold), no: (mapping.no ?? []).map(fold) };
  return readRecords(table, { idColumn, chainRole, sources: [...sources.values()], words }, sink);
}
