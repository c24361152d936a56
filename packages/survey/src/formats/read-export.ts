import type { Respondent } from '@clusterlens/schema';
import type { IssueSink } from '../issue-sink.js';
import type { ClusterKey } from '../layout.js';
import type { AnswerSource } from './answer-source.js';
import { clusterFromColumns, type ClusterValues } from './cluster-meta.js';
import { ExportColumns, type ExportDefinition } from './export-columns.js';
import { readRecords } from './read-records.js';
import { address, type Table } from './table.js';

export type ExportDialect = 'kobo' | 'odk';

export interface ExportInput {
  main: Table;
  /** Repeat-group tables (Kobo sheets, ODK CSVs) linked to the main rows; read, reported, not scored. */
  repeats: Table[];
  definition: ExportDefinition & { chainRole: string };
  dialect: ExportDialect;
}

export interface ExportRead {
  respondents: Respondent[];
  cluster: ClusterValues;
}

/** Columns of a submission's key, the first present taken: the respondent id when the form had no respondent_id question. */
const SUBMISSION_IDS: Record<ExportDialect, readonly string[]> = {
  kobo: ['_uuid', 'meta/instanceID', '_id'],
  odk: ['KEY', 'meta-instanceID', 'instanceID'],
};

/**
 * Reads the main table of a KoboToolbox or ODK export: classifies its columns, then reads
 * every submission like a Responses row. Tool metadata columns are ignored; unknown columns
 * are warned about; a missing chain-role or respondent id column (with no submission id to
 * fall back on), or an export without a single submission read, gives undefined.
 */
export function readExport(input: ExportInput, sink: IssueSink): ExportRead | undefined {
  const { main, definition } = input;
  const columns = new ExportColumns(definition);
  const header = (column: number) => ({ sheet: main.name, cell: address(column, main.headerRow) });
  const sources = new Map<string, AnswerSource>();
  const source = (question: AnswerSource['question']): AnswerSource => {
    const found = sources.get(question.id) ?? { question, list: definition.choiceLists.find((list) => list.name === question.choices) };
    sources.set(question.id, found);
    return found;
  };
  const cluster = new Map<ClusterKey, number>();
  let idColumn: number | undefined;
  main.headers.forEach((text, column) => {
    const role = columns.classify(text);
    if (role.kind === 'answer') {
      const answer = source(role.question);
      if (answer.column === undefined) answer.column = column;
      else sink.add('duplicate_id', { id: text }, { ...header(column), question: role.question.id });
    } else if (role.kind === 'option') {
      const answer = source(role.question);
      answer.options = [...(answer.options ?? []), { code: role.code, column }];
    } else if (role.kind === 'respondent') idColumn ??= column;
    else if (role.kind === 'cluster') cluster.set(role.key, column);
    else if (role.kind === 'unknown') sink.add('unknown_column', { id: text }, header(column));
  });
  const key = SUBMISSION_IDS[input.dialect].find((name) => main.headers.includes(name));
  const keyColumn = key === undefined ? undefined : main.headers.indexOf(key);
  if (idColumn === undefined) {
    if (key !== undefined && keyColumn !== undefined) {
      idColumn = keyColumn;
      sink.add('respondent_id_from_column', { column: key }, header(idColumn));
    } else {
      sink.add('missing_column', { sheet: main.name, column: 'respondent_id' }, { sheet: main.name });
    }
  }
  const chainRole = sources.get(definition.chainRole);
  if (!chainRole) sink.add('missing_column', { sheet: main.name, column: definition.chainRole }, { sheet: main.name, question: definition.chainRole });
  for (const question of definition.questions) {
    if (question.required && question.id !== definition.chainRole && !sources.has(question.id)) {
      sink.add('missing_column', { sheet: main.name, column: question.id }, { sheet: main.name, question: question.id });
    }
  }
  for (const repeat of input.repeats) {
    sink.add('repeat_not_used', { name: repeat.name, rows: repeat.rows.length }, { sheet: repeat.name });
  }
  const clusterValues = clusterFromColumns(main, cluster, sink);
  if (idColumn === undefined || !chainRole) return undefined;
  const respondents = readRecords(main, { idColumn, keyColumn, chainRole: definition.chainRole, sources: [...sources.values()], words: { yes: [], no: [] } }, sink);
  return respondents ? { respondents, cluster: clusterValues } : undefined;
}
