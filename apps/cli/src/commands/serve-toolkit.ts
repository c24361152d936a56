import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { OUTPUT_FORMATS, type Issue, type Lang } from '@clusterlens/schema';
import type { CheckedKind, InputFiles, ProgressLine, SessionFile, Toolkit } from '@clusterlens/web';
import { ExitError } from '../exit.js';
import { loadBaseline, loadFramework } from '../framework.js';
import { readClusterFile } from '../input-side-files.js';
import { readJsonFile, readSideFile } from '../json-input.js';
import { countBySeverity, formatIssue, type Logger } from '../log.js';
import { readInput, type InputFormatOptions } from '../read-input.js';
import { combineSurveys, type InputPart } from '../combine-surveys.js';
import { runAssess } from './assess.js';

/**
 * A logger whose every line goes to `progress` (the page's live progress), none to a terminal. The
 * CLI's own lines come in every language, so the page shows them in its own, also after a switch;
 * the others (the located problems of the inputs) are worded once, in the report's language `lang`.
 */
function pageLogger(lang: Lang, progress: (line: ProgressLine) => void): Logger {
  const once = (text: string) => text.split('\n').filter(Boolean).forEach((line) => progress({ text: line, lang }));
  return { info: once, error: once, debug: () => {}, said: progress, issue: (issue, line) => progress({ text: line, lang, issue }), quiet: false, verbose: false };
}

/** The side files as `--form`, `--mapping` and `--cluster` give them. */
const inputOptions = (input: InputFiles): InputFormatOptions => ({ ...(input.form && { form: input.form }), ...(input.mapping && { mapping: input.mapping }), ...(input.cluster && { cluster: input.cluster }) });

/**
 * A stop of the command line as the page lists it: the located problems behind it (a side file's
 * schema violations, reported or carried by the error), then the stop itself with its code.
 */
const stopIssues = (error: ExitError, reported: readonly Issue[], file?: string): Issue[] => [
  ...reported,
  ...(error.detail.issues ?? []),
  { severity: 'error', code: error.detail.issue ?? 'side_file_invalid', message: error.message, ...(file !== undefined && { file }) },
];

/**
 * What `serve` hands the web server: the CLI's own reading (readInput: the survey package's
 * refusals and validation), annotated copies, templates and the run of `assess` (run/), so a
 * round in the page gives the same files as the command line.
 */
export async function serveToolkit(options: { store?: string; jobs: number; minGroup: number }): Promise<Toolkit> {
  const [{ frameworks, policies }, survey] = await Promise.all([import('@clusterlens/models'), import('@clusterlens/survey')]);
  const ignore = (_issues: Issue[]) => undefined;
  const framework = (id: string, lang: Lang) => loadFramework(id, { lang, cwd: process.cwd(), report: ignore });
  // The survey of each file as last read, with what it was read with: the page reads a file once
  // per language, and a check between files needs the surveys, whichever language read them.
  const surveys = new Map<string, { key: string; survey: InputPart['survey'] | null }>();
  const readKey = (id: string, input: InputFiles) => JSON.stringify([id, input]);
  const readSurvey = async (file: SessionFile, lang: Lang, id: string, input: InputFiles) => {
    const outcome = await readInput(file.path, file.name, { ...inputOptions(input), lang, framework: await framework(id, lang) });
    surveys.set(file.path, { key: readKey(id, input), survey: outcome.survey });
    return outcome;
  };
  return {
    frameworks: Object.values(frameworks).map((f) => ({
      id: f.id,
      label: f.label,
      names: Object.fromEntries([...f.indices, ...(f.groups ?? []), ...f.dimensions].map((x) => [x.id, x.label])),
      dimensions: f.dimensions.map((d) => d.id),
    })),
    policies: Object.values(policies).map((p) => ({ id: p.id, label: p.label })),
    async validate(file, { lang, framework: id, input }) {
      let read;
      try {
        read = await readSurvey(file, lang, id, input);
      } catch (error) {
        // A side file that cannot be used stops a command line; the page checks side files as they are added, so this is rare: still this file's problem, with every reason.
        if (!(error instanceof ExitError)) throw error;
        return { survey: false, ok: false, issues: stopIssues(error, [], file.name) };
      }
      return { survey: read.survey !== null, ok: read.survey !== null && countBySeverity(read.issues).error === 0, issues: read.issues };
    },
    async between(files, { lang, framework: id, input }) {
      const parts: InputPart[] = [];
      for (const file of files) {
        const known = surveys.get(file.path);
        let survey = known?.key === readKey(id, input) ? known.survey : undefined;
        try {
          survey ??= (await readSurvey(file, lang, id, input)).survey;
        } catch (error) {
          // A side file that cannot be used: validate says so at each file, which then gave no survey.
          if (!(error instanceof ExitError)) throw error;
          survey = null;
        }
        // The page tells exact copies itself, before any reading.
        if (survey) parts.push({ survey, file: file.name, sha256: null });
      }
      const paths = new Set(files.map((file) => file.path));
      for (const path of surveys.keys()) if (!paths.has(path)) surveys.delete(path);
      return parts.length < 2 ? [] : combineSurveys(parts, lang).issues;
    },
    async check(kind, file, { lang }) {
      const reported: Issue[] = [];
      try {
        const found = await checkAlone(kind, file, lang, (issues) => reported.push(...issues));
        return [...reported, ...found];
      } catch (error) {
        if (!(error instanceof ExitError)) throw error;
        // The page heads the problems with its own words (the file was not taken): the stop's "see the issues above" is said only when nothing else says why.
        const located = [...reported, ...(error.detail.issues ?? [])];
        return located.length > 0 ? located : stopIssues(error, [], file.name);
      }
    },
    formatIssue,
    async annotate(file, issues, lang) {
      const copy = await survey.annotateWorkbookCopy(await readFile(file.path), [...issues], { lang, file: file.name });
      return copy.data;
    },
    async template({ framework: id, lang, xlsform }) {
      const f = await framework(id, lang === 'both' ? 'en' : lang);
      return xlsform ? survey.writeXlsForm(f, { lang: lang === 'both' ? 'en' : lang }) : survey.writeSurveyWorkbook({ framework: f, lang });
    },
    async assess(request, progress) {
      const { files, out, lang } = request;
      const run = {
        files: files.map((f) => f.path),
        cwd: dirname(out),
        out,
        lang,
        framework: request.framework,
        formats: OUTPUT_FORMATS,
        jobs: options.jobs,
        members: request.members,
        input: inputOptions(request.input),
        minGroup: options.minGroup,
        ...(request.policy !== undefined && { policy: request.policy }),
        ...(request.baseline !== undefined && { baseline: request.baseline, ...(request.forceBaseline === true && { forceBaseline: true }) }),
        ...(request.sensitivity !== undefined && { sensitivity: request.sensitivity }),
        ...(request.store && options.store !== undefined && { store: options.store }),
      };
      const reported: Issue[] = [];
      const report = (issues: Issue[]) => (reported.push(...issues), issues.forEach((i) => i.severity !== 'info' && progress({ text: i.message, lang })));
      try {
        const outcome = await runAssess(run, pageLogger(lang, progress), report);
        return { ...(outcome.result && { result: outcome.result }), outputs: outcome.outputs, issues: [...reported, ...outcome.issues] };
      } catch (error) {
        // A stop of the command line (a baseline not from an earlier year, a store that cannot be used): the page says why and what to do.
        if (!(error instanceof ExitError)) throw error;
        return { outputs: [], issues: stopIssues(error, reported) };
      }
    },
  };
}

/**
 * Reads a side file or baseline on its own as a run reads it, from its own folder under its own
 * name, so that every message names the file as the person who added it knows it.
 */
async function checkAlone(kind: CheckedKind, file: SessionFile, lang: Lang, report: (issues: Issue[]) => void): Promise<Issue[]> {
  const context = { lang, cwd: dirname(file.path), report };
  const given = basename(file.path);
  if (kind === 'form') {
    const { readXlsForm } = await import('@clusterlens/survey');
    return (await readXlsForm(await readSideFile(given, context), { file: file.name, lang })).issues;
  }
  if (kind === 'mapping') {
    const [{ SurveyMapping, validate }, value] = await Promise.all([import('@clusterlens/schema'), readJsonFile(given, context)]);
    return validate(SurveyMapping, value, file.name, lang).issues;
  }
  if (kind === 'cluster') await readClusterFile(given, context);
  else await loadBaseline(given, context);
  return [];
}
