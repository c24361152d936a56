import type { BaselineResult, ClusterSurvey, Framework, Issue, Lang, MethodStep, PolicyProfile, PortfolioHistory, AssessmentResult } from '@clusterlens/schema';
import { stepParams } from '@clusterlens/schema';
import { loadBaseline, loadFramework, loadPolicy } from '../framework.js';
import type { SideFileContext } from '../json-input.js';
import { ENGINE } from '../version.js';
import { EXIT, ExitError } from '../exit.js';
import { MESSAGES } from '../messages/index.js';

/** The scoring choices of assess and batch as given (flags, else the config). */
export interface RunChoices {
  /** Built-in framework id or path to a framework JSON file. */
  framework: string;
  /** Built-in policy profile id or path to a profile JSON file. */
  policy?: string;
  /** Path to last year's results.json (it may hold any number of clusters; each is matched by cluster id). */
  baseline?: string;
  /** Score members and write a confidential feedback report per member. */
  members: boolean;
  /** Smallest group an aggregate in a member report may describe. */
  minGroup: number;
  /** Monte Carlo draws for rank intervals (weights ±25 %); off when absent. */
  sensitivity?: number;
  /** Results store (SQLite file or postgres://…): each run is recorded, and without `baseline` the baseline comes from it. */
  store?: string;
  /** Fewest clusters of one peer group before peer statistics are shown (flag, else config; scoring's default 5). */
  minPeers?: number;
  /** Cluster id → peer-group key, from the config. */
  peerGroups?: Record<string, string>;
  /** Compare a baseline of the same or a later survey year (`--force-baseline`). */
  forceBaseline?: boolean;
  /** Exchange rates for the eligibility check ("EUR/CNY": 7.8), from the config. */
  exchangeRates?: Record<string, number>;
}

/**
 * Everything a run scores with: the side files, loaded and checked, and the step log they and
 * the choices give. The log is the run's settings: merge takes it from the shards and replays it.
 */
export interface RunPlan {
  framework: Framework;
  policy?: PolicyProfile;
  baseline?: BaselineResult;
  steps: MethodStep[];
  lang: Lang;
  /**
   * With `--store`: each cluster's comparable years from the store, the result's own year
   * included, read once the result is scored and before anything is written; the reports
   * draw their history from it. Absent without a store.
   */
  history?: (result: AssessmentResult) => Promise<PortfolioHistory>;
}

/** Resolves the choices: loads framework, policy profile and baseline, and plans the step log. */
export async function planRun(choices: RunChoices, context: SideFileContext): Promise<RunPlan> {
  const framework = await loadFramework(choices.framework, context);
  const policy = choices.policy === undefined ? undefined : await loadPolicy(choices.policy, framework, context);
  const baseline = choices.baseline === undefined ? undefined : await loadBaseline(choices.baseline, context);
  return planSteps({ framework, ...(policy && { policy }), ...(baseline && { baseline }), steps: [], lang: context.lang }, choices);
}

/** The same plan with another baseline (the one the store gives once the surveys are read), its step log planned again. */
export function withBaseline(plan: RunPlan, baseline: BaselineResult, choices: RunChoices): Promise<RunPlan> {
  return planSteps({ ...plan, baseline }, choices);
}

async function planSteps(plan: RunPlan, choices: RunChoices): Promise<RunPlan> {
  const { framework, policy, baseline, lang } = plan;
  const { assessmentSteps } = await import('@clusterlens/scoring');
  // The log does not depend on the surveys: it can be planned before anything is read.
  const steps = assessmentSteps(
    { framework, surveys: [], engineVersion: ENGINE.version, lang, ...(policy && { policy }), ...(baseline && { baseline }) },
    {
      ...(choices.members && { members: { minGroupSize: choices.minGroup } }),
      ...(choices.sensitivity !== undefined && { sensitivity: { draws: choices.sensitivity } }),
      ...((choices.minPeers !== undefined || choices.peerGroups !== undefined) && {
        benchmark: { ...(choices.minPeers !== undefined && { minPeers: choices.minPeers }), ...(choices.peerGroups && { peerGroups: choices.peerGroups }) },
      }),
      ...(choices.forceBaseline && { baseline: { force: true } }),
      ...(choices.exchangeRates && { policy: { exchangeRates: choices.exchangeRates } }),
    },
  );
  return { ...plan, steps };
}

/**
 * Runs the plan's log on the surveys: what `assess` of @clusterlens/scoring gives for the same
 * choices. A baseline of the same or a later survey year than a cluster's gives changes that are
 * not changes: refused (exit 1) unless the plan forces it.
 */
export async function scoreRun(plan: RunPlan, surveys: ClusterSurvey[], issues: Issue[]): Promise<AssessmentResult> {
  const { replay, baselineYearConflicts } = await import('@clusterlens/scoring');
  const { framework, policy, baseline, lang } = plan;
  const conflicts = baseline && !stepParams(plan.steps, 'baseline')?.force ? baselineYearConflicts(surveys, baseline) : [];
  if (conflicts.length > 0) {
    const text = MESSAGES[lang];
    throw new ExitError(EXIT.inputErrors, conflicts.map((c) => text.baselineNotEarlier(c.id, c.year, c.baselineYear)).join('\n'), { issue: 'baseline_not_earlier' });
  }
  return replay(plan.steps, { framework, surveys, issues, engineVersion: ENGINE.version, lang, ...(policy && { policy }), ...(baseline && { baseline }) });
}

/** The smallest group of member reports when the log scores members, else undefined (no member reports). */
export const memberGroup = (steps: readonly MethodStep[]): number | undefined => stepParams(steps, 'members')?.minGroupSize;
