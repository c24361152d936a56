/**
 * Piscina worker of batch and merge runs. `read` turns one input into a stored read;
 * `render` prints one cluster report, `renderMember` one member feedback report, from the run's
 * result, given once per pool as workerData.
 */
import { performance } from 'node:perf_hooks';
import type { AssessmentResult, ClusterSurvey, Framework, Issue, Lang } from '@clusterlens/schema';
import { workerData } from 'piscina';
import { writeFileAtomic } from '../files.js';
import { readInput } from '../read-input.js';
import { storeRead } from './manifest.js';

export interface ReadPoolData {
  framework: Framework;
  lang: Lang;
  out: string;
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

export interface RenderPoolData {
  /** The run's AssessmentResult as JSON, parsed once per worker rather than cloned per task. */
  resultJson: string;
  lang: Lang;
}

export interface RenderTask {
  clusterId: string;
  path: string;
}

export interface MemberTask {
  clusterId: string;
  memberId: string;
  minGroup: number;
  path: string;
}

export async function read(task: ReadTask): Promise<ReadReply> {
  const { framework, lang, out } = workerData as ReadPoolData;
  const start = performance.now();
  const outcome = await readInput(task.path, task.file, { lang, framework });
  await storeRead(out, task.readKey, { file: task.file, ...outcome });
  return { ...outcome, ms: performance.now() - start };
}

let result: AssessmentResult | undefined;

export async function render(task: RenderTask): Promise<{ ms: number }> {
  const data = workerData as RenderPoolData;
  const start = performance.now();
  result ??= JSON.parse(data.resultJson) as AssessmentResult;
  const { renderClusterReport } = await import('@clusterlens/report');
  await writeFileAtomic(task.path, await renderClusterReport(result, task.clusterId, { lang: data.lang }));
  return { ms: performance.now() - start };
}

export async function renderMember(task: MemberTask): Promise<{ ms: number }> {
  const data = workerData as RenderPoolData;
  const start = performance.now();
  result ??= JSON.parse(data.resultJson) as AssessmentResult;
  const { renderMemberReport } = await import('@clusterlens/report');
  const pdf = await renderMemberReport(result, task.clusterId, task.memberId, { lang: data.lang, minGroup: task.minGroup });
  await writeFileAtomic(task.path, pdf);
  return { ms: performance.now() - start };
}
