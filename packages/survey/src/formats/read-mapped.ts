import { localized, type ChoiceList, type Lang, type LocalizedText, type Question, type Respondent, type SurveyMapping } from '@clusterlens/schema';
import { IssueSink } from '../issue-sink.js';
import { issueText, SEVERITY } from '../messages/index.js';
import { findSheet } from '../sheet-table.js';
import { convertCell, type AnswerSource, type YesNoWords } from './answer-source.js';
import { foldText } from '../read-text.js';
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

/** A JSON Pointer (RFC 6901) into the mapping file. */
const pointer = (...keys: (string | number)[]): string => keys.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/**
 * Why `target`, put into a cell, would be refused for `source`: the first error the answer's
 * own conversion reports there, in every language; undefined when it reads.
 */
function refusalOf(target: string, source: AnswerSource, words: YesNoWords): { reason: LocalizedText; fix?: LocalizedText } | undefined {
  let refusal: { reason: LocalizedText; fix?: LocalizedText } | undefined;
  const converted = convertCell({ kind: 'text', value: target }, source, words, (code, params) => {
    if (SEVERITY[code] !== 'error' || refusal) return;
    const said = (lang: Lang) => issueText(lang, code, params);
    const fix = said('en').suggestion === undefined ? {} : { fix: localized((lang) => said(lang).suggestion ?? '') };
    refusal = { reason: localized((lang) => said(lang).message), ...fix };
  });
  return converted.kind === 'refused' ? refusal : undefined;
}

const wordsOf = (mapping: SurveyMapping): YesNoWords => ({ yes: (mapping.yes ?? []).map(foldText), no: (mapping.no ?? []).map(foldText) });

/**
 * The answer texts of each mapping entry, by index, whose target the question takes. The others
 * are mistakes of the mapping, not of the table: each is reported in the mapping file at its key
 * (before the table is read) and left out, so that the cells holding the text are read as they are.
 */
function checkedAnswers(mapping: SurveyMapping, definition: MappedDefinition, mappingFile: string, sink: IssueSink): [string, string][][] {
  const words = wordsOf(mapping);
  return mapping.columns.map((entry, index) => {
    const answers = Object.entries(entry.answers ?? {});
    const question = definition.questions.find((candidate) => candidate.id === entry.question);
    if (!question) return answers;
    // An option column's texts say yes or no: whether the option was chosen.
    const list = definition.choiceLists.find((candidate) => candidate.name === question.choices);
    const target: AnswerSource = entry.option === undefined ? { question, list } : { question: { ...question, type: 'yes_no' }, list: undefined };
    return answers.filter(([text, code]) => {
      const refusal = refusalOf(code, target, words);
      if (!refusal) return true;
      const mappingSink = new IssueSink(mappingFile, sink.lang);
      mappingSink.add('mapping_answer_invalid', { text, target: code, header: entry.header, ...refusal }, { question: question.id });
      sink.issues.push(...mappingSink.issues.map((issue) => ({ ...issue, path: pointer('columns', index, 'answers', text) })));
      return false;
    });
  });
}

/**
 * Reads a flat table (CSV or XLSX, e.g. a Google Forms or Microsoft Forms download) through
 * a mapping: which header answers which question, what the answer texts mean. Mapping
 * entries that name a missing header, a header several columns have, or an unknown question
 * are errors; so is an answer text the mapping turns into an answer the question does not
 * take, reported in `mappingFile` at its key and left out of the mapping. Headers the mapping
 * leaves out are ignored (info). Undefined when the chain-role or respondent id column cannot
 * be found.
 */
export async function readMappedTable(data: Buffer, mapping: SurveyMapping, definition: MappedDefinition, mappingFile: string, sink: IssueSink): Promise<Respondent[] | undefined> {
  const answersOf = checkedAnswers(mapping, definition, mappingFile, sink);
  const table = await loadTable(data, mapping, sink);
  if (!table) return undefined;
  const at = { sheet: table.name };
  const columnsOf = new Map<string, number[]>();
  table.headers.forEach((header, column) => {
    if (header !== '') columnsOf.set(foldText(header), [...(columnsOf.get(foldText(header)) ?? []), column]);
  });
  const used = new Set<number>();
  const duplicated = new Set<string>();
  // A header several columns have names none of them: reading the first would guess.
  const find = (header: string, question: string): number | undefined => {
    const columns = columnsOf.get(foldText(header)) ?? [];
    for (const column of columns) used.add(column);
    if (columns.length === 0) sink.add('mapping_header_not_found', { header, question }, at);
    if (columns.length > 1 && !duplicated.has(foldText(header))) {
      duplicated.add(foldText(header));
      const cells = columns.map((column) => address(column, table.headerRow));
      sink.add('mapping_header_duplicated', { header, question, cells }, { ...at, cell: cells[1] });
    }
    return columns.length === 1 ? columns[0] : undefined;
  };
  let idColumn: number | undefined;
  if (mapping.respondentId === undefined) sink.add('respondent_id_from_row', {}, at);
  else idColumn = find(mapping.respondentId, 'respondent_id');
  const sources = new Map<string, AnswerSource>();
  for (const [index, entry] of mapping.columns.entries()) {
    const question = definition.questions.find((candidate) => candidate.id === entry.question);
    if (!question) {
      sink.add('mapping_unknown_question', { header: entry.header, question: entry.question }, at);
      continue;
    }
    const column = find(entry.header, entry.question);
    if (column === undefined) continue;
    const list = definition.choiceLists.find((candidate) => candidate.name === question.choices);
    const source = sources.get(question.id) ?? { question, list };
    const answers = new Map([...(source.answers ?? []), ...(answersOf[index] ?? []).map(([text, code]) => [foldText(text), code] as const)]);
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
  return readRecords(table, { idColumn, chainRole, sources: [...sources.values()], words: wordsOf(mapping) }, sink);
}
