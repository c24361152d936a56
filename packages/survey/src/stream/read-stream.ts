import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import type { Issue, Respondent } from '@clusterlens/schema';
import type { CellContent } from '../cell-value.js';
import { DEFAULT_LIMITS, inspectWorkbookBytes, type WorkbookLimits } from '../inspect-workbook.js';
import { IssueSink } from '../issue-sink.js';
import { addMissingSheets, addPartProblem, isDamagedSheet, type DamagedPart } from '../part-damage.js';
import { HEADER_ROW, LAST_HEADER_ROW, SHEETS } from '../layout.js';
import { checkPopulation, currentYearOf, readCluster } from '../read-cluster.js';
import { checkDefinition } from '../framework-fit.js';
import { readChoices, readQuestions, withFramework, type SurveyDefinition } from '../read-definition.js';
import { readRegional } from '../read-regional.js';
import type { ReadSurveyOptions, ReadSurveyResult } from '../read-workbook.js';
import type { Area } from './merged-cells.js';
import { ResponseStream } from './response-stream.js';
import { SheetHost, SmallSheet } from './small-sheet.js';
import { findSheetEntry, openWorkbookParts, otherParts, scanPart, type SheetEntry, type StreamWorkbook } from './workbook-sheets.js';
import { addRefusal } from './refusals.js';
import { sourceOf } from '../set-aside.js';
import type { RawCell, SheetRows } from './sheet-scanner.js';
import { otherSheets, warnUnreadResponseSheets } from '../other-sheets.js';
import { XmlProblem } from './xml-problem.js';
import { ZipEntries } from './zip-entries.js';

const HASH_CHUNK = 1 << 20;

/** Keeps the first rows of a sheet that is not read, to tell whether it looks like Responses (other-sheets.ts). */
class FirstRows implements SheetRows {
  readonly rows = new Map<number, RawCell[]>();

  row(row: number, cells: RawCell[]): void {
    if (row <= LAST_HEADER_ROW) this.rows.set(row, cells);
  }
}

async function startsLikeZip(source: string | Buffer): Promise<boolean> {
  let head = source instanceof Buffer ? source.subarray(0, 4) : Buffer.alloc(0);
  if (typeof source === 'string') {
    const handle = await open(source, 'r');
    try {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(4), 0, 4, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }
  return head.toString('latin1') === 'PK\x03\x04' || head.toString('latin1') === 'PK\x05\x06';
}

/** The file's hash, read through one buffer: a read stream's new chunk every 64 KB would sit in memory until collected. */
async function sha256Of(source: string | Buffer): Promise<string> {
  const hash = createHash('sha256');
  if (typeof source !== 'string') return hash.update(source).digest('hex');
  const handle = await open(source, 'r');
  try {
    const buffer = Buffer.alloc(HASH_CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, HASH_CHUNK, null);
      if (bytesRead === 0) return hash.digest('hex');
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

/** Broken parts that leave the rest readable, and missing sheet parts, reported as inspection reports them. */
class Damage {
  private readonly found = new Map<string, DamagedPart>();
  private readonly missing: DamagedPart[];

  constructor(
    private readonly zip: ZipEntries,
    private readonly sink: IssueSink,
    private readonly names: ReadonlyMap<string, string>,
  ) {
    this.missing = addMissingSheets(new IssueSink(sink.file, sink.lang), names, zip.names());
  }

  add(entry: string, problem: XmlProblem): void {
    this.found.set(entry, addPartProblem(new IssueSink(this.sink.file, this.sink.lang), entry, problem, this.names.get(entry)));
  }

  /** In archive order, then the missing sheets in workbook order. */
  issues(): Issue[] {
    return [...this.zip.names().flatMap((name) => this.found.get(name) ?? []), ...this.missing].map((part) => part.issue);
  }

  /** Whether a sheet (looked up by name) is known to be damaged or missing. */
  has(name: string): boolean {
    return isDamagedSheet([...this.found.values(), ...this.missing], name);
  }

  /** Scans a part, turning broken XML into damage; false when the part is damaged. */
  async scan(entry: string, sheet: string, limits: WorkbookLimits, rows?: SheetRows): Promise<boolean> {
    try {
      await scanPart(this.zip, entry, sheet, limits, rows);
      return true;
    } catch (error) {
      if (!(error instanceof XmlProblem)) throw error;
      this.add(entry, error);
      return false;
    }
  }
}

/** Reads the workbook's sheets in the in-memory reader's order, so issues come out in the same order. */
async function readSheets(zip: ZipEntries, parts: StreamWorkbook, options: ReadSurveyOptions, limits: WorkbookLimits, sink: IssueSink, damage: Damage) {
  const entry = (name: string, required: boolean): SheetEntry | undefined => {
    const found = findSheetEntry(parts.sheets, name);
    if (!found && required && !damage.has(name)) sink.add('missing_sheet', { sheet: name, others: otherSheets(parts.sheets.map((sheet) => sheet.name)) }, { sheet: name });
    if (found && found.state !== 'visible') sink.add('hidden_sheet_read', { sheet: found.name }, { sheet: found.name });
    return found;
  };
  const excel = new SheetHost();
  const small = async (sheet: SheetEntry | undefined) => {
    if (!sheet) return undefined;
    const rows = new SmallSheet();
    return (await damage.scan(sheet.entry, sheet.name, limits, rows)) ? rows.toWorksheet(excel, sheet.name, parts.model) : undefined;
  };
  const responses = async (sheet: SheetEntry, definition: SurveyDefinition): Promise<Respondent[] | undefined> => {
    // Merges follow the rows in the XML; if a first pass finds any, a second one applies them.
    let merged: Area[] = [];
    for (;;) {
      const pass = new IssueSink(sink.file, sink.lang);
      const chainRole = options.framework?.chainRoleQuestion;
      const stream = new ResponseStream({ sheet: sheet.name, definition, chainRole, model: parts.model, sink: pass, merged });
      // A broken sheet gives nothing: the rows read before the break and their issues are dropped.
      if (!(await damage.scan(sheet.entry, sheet.name, limits, stream))) return undefined;
      if (stream.merges.length === 0 || merged.length > 0) {
        const respondents = stream.result();
        for (const issue of pass.issues) sink.issues.push(issue);
        return respondents;
      }
      merged = stream.merges;
    }
  };
  const names = [SHEETS.cluster, SHEETS.questions, SHEETS.choices, SHEETS.responses, SHEETS.regional];
  const read = new Set(names.flatMap((name) => findSheetEntry(parts.sheets, name)?.entry ?? []));
  // Other sheets are scanned for damage; their first rows are kept, for warnUnreadResponseSheets.
  const firstRows = new Map<string, FirstRows>();
  for (const other of otherParts(zip, read)) {
    const first = parts.names.has(other) ? new FirstRows() : undefined;
    if ((await damage.scan(other, parts.names.get(other) ?? other, limits, first)) && first) firstRows.set(other, first);
  }

  const clusterSheet = await small(entry(SHEETS.cluster, true));
  const questionsSheet = await small(entry(SHEETS.questions, true));
  const choicesSheet = await small(entry(SHEETS.choices, true));
  const responsesEntry = entry(SHEETS.responses, true);
  const regionalSheet = await small(entry(SHEETS.regional, false));

  const cluster = clusterSheet ? readCluster(clusterSheet, sink, currentYearOf(options.now)) : undefined;
  const choiceLists = choicesSheet ? readChoices(choicesSheet, sink) : undefined;
  const definition = questionsSheet ? withFramework(readQuestions(questionsSheet, choiceLists, sink), options.framework) : undefined;
  checkDefinition(definition, options.framework, sink);
  const respondents = definition && responsesEntry ? await responses(responsesEntry, definition) : undefined;
  if (responsesEntry) {
    const unread = parts.sheets.flatMap((sheet) => {
      const first = firstRows.get(sheet.entry);
      if (!first) return [];
      const rows = Array.from({ length: LAST_HEADER_ROW }, (_, i) => {
        const cells = first.rows.get(HEADER_ROW + i) ?? [];
        const contents = new Array<CellContent | undefined>(cells.at(-1)?.column ?? 0);
        for (const cell of cells) contents[cell.column - 1] = parts.model.content(cell);
        return contents;
      });
      return [{ name: sheet.name, rows }];
    });
    warnUnreadResponseSheets(unread, responsesEntry.name, sink);
  }
  const { values: regional, sources: regionalSources } = regionalSheet ? readRegional(regionalSheet, options.framework?.regional, sink) : { values: {}, sources: {} };
  if (cluster && definition && respondents) checkPopulation(cluster, respondents.length, sink, clusterSheet);
  return { cluster, definition, respondents, regional, regionalSources };
}

/**
 * Reads a native survey workbook like readSurveyWorkbook, giving the same survey and the
 * same issues, but streams the Responses sheet: its XML is inflated and scanned chunk by
 * chunk and each row is validated as it arrives, so memory grows with the respondents kept,
 * not with the sheet. `source` is a file path (read from disk as needed) or the bytes.
 * The byte-level limits of inspectWorkbookBytes apply while reading rather than in a pass before it.
 * @example const { survey, issues } = await readSurveyWorkbookStream('big.xlsx', { file: 'big.xlsx' });
 */
export async function readSurveyWorkbookStream(source: string | Buffer, options: ReadSurveyOptions): Promise<ReadSurveyResult> {
  const limits: WorkbookLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const sink = new IssueSink(options.file, options.lang ?? 'en');
  const file = options.file;
  const refused = (add: (refusal: IssueSink) => void): ReadSurveyResult => {
    const refusal = new IssueSink(sink.file, sink.lang);
    add(refusal);
    return { survey: null, issues: refusal.issues };
  };
  const size = typeof source === 'string' ? (await stat(source)).size : source.length;
  if (size > limits.maxFileBytes) return refused((s) => s.add('file_too_large', { file, size, limit: limits.maxFileBytes }));
  if (!(await startsLikeZip(source))) {
    // Not a zip: the inspection tells what it is from its first bytes, without inflating anything.
    const inspection = await inspectWorkbookBytes(typeof source === 'string' ? await readFile(source) : source, options);
    return inspection.issues.length > 0 ? { survey: null, issues: inspection.issues } : refused((s) => s.add('corrupt_workbook', { file }));
  }
  let zip: ZipEntries | undefined;
  try {
    zip = await ZipEntries.open(source, limits);
    if (!zip.names().some((name) => name.toLowerCase() === 'xl/workbook.xml')) {
      return refused((s) => s.add('not_a_workbook', { file, kind: 'other_zip' }));
    }
    const parts = await openWorkbookParts(zip);
    const damage = new Damage(zip, sink, parts.names);
    const { cluster, definition, respondents, regional, regionalSources } = await readSheets(zip, parts, options, limits, sink, damage);
    const issues = [...damage.issues(), ...sink.issues];
    if (!cluster || !definition || !respondents) return { survey: null, issues };
    const survey = { cluster, questions: definition.questions, choiceLists: definition.choiceLists, respondents, regional, ...(Object.keys(regionalSources).length > 0 ? { regionalSources } : {}) };
    return { survey: { ...survey, sources: [sourceOf(file, await sha256Of(source), issues)] }, issues };
  } catch (error) {
    // A refusal found while reading replaces everything read so far, as inspection before reading would have.
    return refused((refusal) => addRefusal(refusal, error, limits));
  } finally {
    zip?.close();
  }
}
