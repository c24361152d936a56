/**
 * The tasks of the worker pool: `read` reads and validates one input; `render` prints one cluster
 * report, `renderPortfolio` the portfolio report, `renderMember` one member feedback report, from
 * the run's result, given once per pool.
 * They run on worker threads (worker.ts) or, when one thread would do, in the main thread. They
 * write nothing: the main thread writes every output, so a file-system error has one path to the user.
 */
import { performance } from 'node:perf_hooks';
import type { AssessmentResult, ClusterHistory, ClusterSurvey, Framework, Issue, Lang, MemberContact, PortfolioHistory, Publisher } from '@clusterlens/schema';

export interface ReadPoolData {
  framework: Framework;
  lang: Lang;
}

export interface ReadTask {
  path: string;
  file: string;
  readKey: string;
}

export interface ReadReply {
  sha256: string | null;
  survey: ClusterSurvey | null;
  issues: Issue[];
  ms: number;
}

/**
 * The run's result for a render pool: as JSON for worker threads (parsed once per thread rather
 * than cloned into every task), or the object itself when the tasks run in the thread that scored it.
 */
export type RenderPoolData = RenderSettings & ({ resultJson: string } | { result: AssessmentResult });

export interface RenderSettings {
  lang: Lang;
  /** Association contacts of the member reports (config `memberContacts`). */
  contacts?: Record<string, MemberContact>;
  /** The publisher block of the cluster reports. */
  publisher?: Publisher;
}

/** The report options of a render pool: its language and, when set, the publisher block. */
export function reportOptions(data: RenderSettings): { lang: Lang; publisher?: Publisher } {
  return { lang: data.lang, ...(data.publisher && { publisher: data.publisher }) };
}

export interface RenderTask {
  clusterId: string;
  /** The cluster's years from the results store (with `--store`). */
  history?: ClusterHistory;
}

/** The portfolio report of a run of several clusters. */
export interface PortfolioTask {
  portfolio: true;
  /** Each cluster's years from the results store (with `--store`). */
  history?: PortfolioHistory;
}

export interface MemberTask {
  clusterId: string;
  memberId: string;
  minGroup: number;
  /** Encrypts the report (never logged). */
  password?: string;
}

/** A rendered report, for the main thread to write. */
export interface Rendered {
  pdf: Uint8Array;
  ms: number;
}

/** The task functions for one pool, bound to its data (ReadPoolData or RenderPoolData). */
export function taskHandlers(data: unknown) {
  let result: AssessmentResult | undefined;
  // Parsed once per thread rather than cloned into every task.
  const parsed = (): AssessmentResult => {
    const render = data as RenderPoolData;
    return (result ??= 'result' in render ? render.result : (JSON.parse(render.resultJson) as AssessmentResult));
  };
  return {
    async read(task: ReadTask): Promise<ReadReply> {
      const { framework, lang } = data as ReadPoolData;
      const start = performance.now();
      // Loaded here: a thread that only renders never loads the readers.
      const { readInput } = await import('../read-input.js');
      const outcome = await readInput(task.path, task.file, { lang, framework });
      // The reply is structured-cloned to the main thread, which the reader's compact answer views are not.
      const { plainSurvey } = await import('@clusterlens/survey');
      return { ...outcome, survey: outcome.survey && plainSurvey(outcome.survey), ms: performance.now() - start };
    },
    async render(task: RenderTask): Promise<Rendered> {
      const start = performance.now();
      const { renderClusterReport } = await import('@clusterlens/report');
      const pdf = await renderClusterReport(parsed(), task.clusterId, { ...reportOptions(data as RenderPoolData), ...(task.history && { history: task.history }) });
      return { pdf, ms: performance.now() - start };
    },
    async renderPortfolio(task: PortfolioTask): Promise<Rendered> {
      const start = performance.now();
      const { renderPortfolioReport } = await import('@clusterlens/report');
      const pdf = await renderPortfolioReport(parsed(), { ...reportOptions(data as RenderPoolData), ...(task.history && { history: task.history }) });
      return { pdf, ms: performance.now() - start };
    },
    async renderMember(task: MemberTask): Promise<Rendered> {
      const start = performance.now();
      const { renderMemberReport } = await import('@clusterlens/report');
      const { lang, contacts } = data as RenderPoolData;
      const options = { lang, minGroup: task.minGroup, ...(contacts && { contacts }), ...(task.password !== undefined && { password: task.password }) };
      const pdf = await renderMemberReport(parsed(), task.clusterId, task.memberId, options);
      return { pdf, ms: performance.now() - start };
    },
  };
}

export type TaskName = keyof ReturnType<typeof taskHandlers>;
