import { createHash } from 'node:crypto';
import { SurveyMapping, validate, type ChoiceList, type ClusterMeta, type Framework, type Issue, type Lang, type Question } from '@clusterlens/schema';
import { inspectWorkbookBytes } from '../inspect-workbook.js';
import { IssueSink } from '../issue-sink.js';
import { checkPopulation, currentYearOf } from '../read-cluster.js';
import { sourceOf } from '../set-aside.js';
import type { ReadSurveyResult } from '../read-workbook.js';
import { readSurveyWorkbookStream } from '../stream/read-stream.js';
import { givenCluster, givenContacts, resolveCluster, type ClusterValues } from './cluster-meta.js';
import { detectSurveyFormat, type SurveyFormat } from './detect-format.js';
import { reportUnusable, unusableQuestions } from '../framework-fit.js';
import { isZip, koboTables, odkTables } from './export-tables.js';
import { readExport } from './read-export.js';
import { readMappedTable } from './read-mapped.js';
import { decodeText, textSeparator, WORKBOOK_NAME } from './table.js';
import { readXlsForm } from './xlsform-read.js';

export interface ReadSurveyFileOptions {
  /** Base name of the file, used in issues and in `sources`. */
  file: string;
  /** Language of issue messages. __Default:__ `'en'`. */
  lang?: Lang;
  /** The framework: its questions read Kobo/ODK exports and tables when no `form` is given. */
  framework?: Framework;
  /** Overrides detection (detectSurveyFormat). */
  format?: SurveyFormat;
  /** For `table`: the mapping, parsed from JSON; validated against the survey-mapping schema. */
  mapping?: unknown;
  /** Name of the mapping file, for issues about it. __Default:__ `'mapping.json'`. */
  mappingFile?: string;
  /** For `kobo`, `odk` and `table`: the XLSForm the answers were collected with (its questions win over the framework's). */
  form?: Buffer;
  /** Name of the form file, for issues about it. __Default:__ `'form.xlsx'`. */
  formFile?: string;
  /** Cluster metadata for files that carry none (or to override theirs): beats the file, the form and the mapping. */
  cluster?: Partial<ClusterMeta>;
  /** Name of the cluster file, for issues about it. __Default:__ `'cluster.json'`. */
  clusterFile?: string;
  /** When the read happens, or its year, for the survey-year check (as ReadSurveyOptions `now`). __Default:__ the clock. */
  now?: Date | number;
}

export interface ReadSurveyFileResult extends ReadSurveyResult {
  /** The format read (detected, or as given); `unknown` when none fitted. */
  format: SurveyFormat | 'unknown';
}

interface Definition {
  questions: Question[];
  choiceLists: ChoiceList[];
  declared: Set<string>;
  chainRole: string;
  formId?: string;
  cluster: ClusterValues;
}

async function definitionOf(options: ReadSurveyFileOptions, sink: IssueSink, format: string): Promise<Definition | undefined> {
  const chainRole = options.framework?.chainRoleQuestion ?? 'chain_role';
  if (options.form) {
    const formFile = options.formFile ?? 'form.xlsx';
    const form = await readXlsForm(options.form, { file: formFile, lang: sink.lang });
    sink.issues.push(...form.issues);
    if (form.questions.length === 0) return undefined;
    if (options.framework) {
      const formSink = new IssueSink(formFile, sink.lang);
      reportUnusable(unusableQuestions(form.questions, options.framework), (id) => form.definedAt.get(id) ?? {}, formSink);
      sink.issues.push(...formSink.issues);
    }
    const ids = new Set(form.questions.map((question) => question.id));
    const cluster = Object.fromEntries(Object.entries(form.settings.cluster).map(([key, value]) => [key, { value }]));
    return { ...form, declared: new Set(form.settings.names.filter((name) => !ids.has(name))), chainRole, cluster, ...(form.settings.formId ? { formId: form.settings.formId } : {}) };
  }
  if (options.framework) {
    const { questions, choiceLists } = options.framework;
    return { questions, choiceLists, declared: new Set(), chainRole, cluster: {} };
  }
  sink.add('no_survey_definition', { format });
  return undefined;
}

/**
 * Reads any survey file ClusterLens knows — the native workbook, a KoboToolbox or ODK
 * Central export, or a flat table with a mapping — into a ClusterSurvey, detecting the
 * format unless `format` says it. Every answer goes through the native reader's conversion,
 * so issues are alike whatever the source. Cluster metadata for exports and tables comes
 * from (weakest first) the form's `cluster_*` calculate fields, the export's `cluster_*`
 * columns or the mapping's `cluster`, and `options.cluster`. A question of the workbook or form
 * that the framework's indicators read, typed so that its answers cannot count for them, is
 * warned about where it is defined.
 * @example const { survey, issues, format } = await readSurveyFile(bytes, { file: 'export.zip', lang: 'zh', framework: vcmCluster });
 */
export async function readSurveyFile(data: Buffer, options: ReadSurveyFileOptions): Promise<ReadSurveyFileResult> {
  const format = options.format ?? detectSurveyFormat(data, options.file);
  const sink = new IssueSink(options.file, options.lang ?? 'en');
  const done = (survey: ReadSurveyResult['survey'] = null): ReadSurveyFileResult => ({ survey, issues: sink.issues, format });
  const refuse = (code: 'xlsform_not_responses' | 'mapping_required'): ReadSurveyFileResult => (sink.add(code, {}), done());
  // The streaming reader gives the same survey and issues as the in-memory one (tested on the
  // same files) in a fraction of the time and memory, so it serves every native workbook.
  if (format === 'native') {
    const native = { file: options.file, lang: sink.lang, ...(options.framework ? { framework: options.framework } : {}), ...(options.now !== undefined ? { now: options.now } : {}) };
    return { ...(await readSurveyWorkbookStream(data, native)), format };
  }
  if (format === 'xlsform') return refuse('xlsform_not_responses');
  if (format === 'unknown') {
    // The workbook inspection names what the file is (a PDF, an encrypted workbook…) when it can.
    const refusal = (await inspectWorkbookBytes(data, { file: options.file, lang: sink.lang })).issues;
    if (refusal.length > 0) sink.issues.push(...refusal);
    else sink.add('unknown_format', {});
    return done();
  }
  let mapping: SurveyMapping | undefined;
  if (format === 'table') {
    if (options.mapping === undefined) {
      // A text table named as a workbook (a CSV file renamed .xlsx) is no “plain table” to its sender: say what it is.
      if (options.format === undefined && !isZip(data) && WORKBOOK_NAME.test(options.file)) {
        // Whole lines only, so that a character cut in two does not make the text undecodable.
        const head = data.subarray(0, 64 << 10);
        const cut = data.length > head.length ? head.lastIndexOf(0x0a) : head.length;
        const separator = textSeparator(decodeText(head.subarray(0, cut > 0 ? cut : head.length)) ?? '');
        return (sink.add('not_a_workbook', { file: options.file, kind: 'text', ...(separator ? { separator } : {}) }), done());
      }
      return refuse('mapping_required');
    }
    const checked = validate(SurveyMapping, options.mapping, options.mappingFile ?? 'mapping.json', sink.lang);
    if (!checked.ok) return (sink.issues.push(...checked.issues), done());
    mapping = checked.value;
  }
  const definition = await definitionOf(options, sink, format);
  if (!definition) return done();
  let respondents;
  let fileCluster: ClusterValues = {};
  if (mapping) {
    respondents = await readMappedTable(data, mapping, definition, options.mappingFile ?? 'mapping.json', sink);
    fileCluster = givenCluster(mapping.cluster);
  } else {
    const dialect = format === 'kobo' ? 'kobo' : 'odk';
    const tables = dialect === 'kobo' ? await koboTables(data, sink) : await odkTables(data, definition.formId, sink);
    const read = tables ? readExport({ ...tables, definition, dialect }, sink) : undefined;
    respondents = read?.respondents;
    fileCluster = read?.cluster ?? {};
  }
  if (!respondents) return done();
  const resolved = resolveCluster([definition.cluster, fileCluster, givenCluster(options.cluster)], sink, currentYearOf(options.now));
  if (!resolved) return done();
  // Contacts have no form field or export column: they come from the caller's cluster file or the mapping.
  const contacts = givenContacts(options.cluster?.contacts, options.clusterFile ?? 'cluster.json', sink) ?? mapping?.cluster.contacts;
  const cluster = contacts ? { ...resolved, contacts } : resolved;
  checkPopulation(cluster, respondents.length, sink);
  const sha256 = createHash('sha256').update(data).digest('hex');
  return done({
    cluster,
    questions: definition.questions,
    choiceLists: definition.choiceLists,
    respondents,
    regional: {},
    sources: [sourceOf(options.file, sha256, sink.issues)],
  });
}
