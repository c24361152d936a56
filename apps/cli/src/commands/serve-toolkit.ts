import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OUTPUT_FORMATS, type Issue, type Lang } from '@clusterlens/schema';
import type { InputFiles, Toolkit } from '@clusterlens/web';
import { ExitError } from '../exit.js';
import { loadFramework } from '../framework.js';
import { countBySeverity, createLogger } from '../log.js';
import { readInput, type InputFormatOptions } from '../read-input.js';
import { runAssess } from './assess.js';

/** A logger whose every line goes to `line` (the page's live progress), none to a terminal. */
function lineLogger(line: (text: string) => void) {
  const stream = { write: (chunk: string) => (chunk.split('\n').filter(Boolean).forEach(line), true) } as unknown as NodeJS.WritableStream;
  return createLogger({ stream });
}

/** The side files as `--form`, `--mapping` and `--cluster` give them. */
const inputOptions = (input: InputFiles): InputFormatOptions => ({ ...(input.form && { form: input.form }), ...(input.mapping && { mapping: input.mapping }), ...(input.cluster && { cluster: input.cluster }) });

/**
 * What `serve` hands the web server: the CLI's own reading (readInput: the survey package's
 * refusals and validation), annotated copies, templates and the run of `assess` (run/), so a
 * round in the page gives the same files as the command line.
 */
export async function serveToolkit(options: { store?: string; jobs: number; minGroup: number }): Promise<Toolkit> {
  const [{ frameworks, policies }, survey] = await Promise.all([import('@clusterlens/models'), import('@clusterlens/survey')]);
  const ignore = (_issues: Issue[]) => undefined;
  const framework = (id: string, lang: Lang) => loadFramework(id, { lang, cwd: process.cwd(), report: ignore });
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
        read = await readInput(file.path, file.name, { ...inputOptions(input), lang, framework: await framework(id, lang) });
      } catch (error) {
        // A side file that cannot be used stops a command line; in the page it is this file's problem, said in the same words.
        if (!(error instanceof ExitError)) throw error;
        return { survey: false, ok: false, issues: [{ severity: 'error' as const, code: error.detail.issue ?? 'side_file_invalid', file: file.name, message: error.message }] };
      }
      return { survey: read.survey !== null, ok: read.survey !== null && countBySeverity(read.issues).error === 0, issues: read.issues };
    },
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
        ...(request.baseline !== undefined && { baseline: request.baseline }),
        ...(request.sensitivity !== undefined && { sensitivity: request.sensitivity }),
        ...(request.store && options.store !== undefined && { store: options.store }),
      };
      const outcome = await runAssess(run, lineLogger(progress), (issues) => issues.forEach((i) => i.severity !== 'info' && progress(i.message)));
      return { ...(outcome.result && { result: outcome.result }), outputs: outcome.outputs, issues: outcome.issues };
    },
  };
}
