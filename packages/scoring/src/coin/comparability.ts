import type { BaselineResult, ClusterSurvey, Framework, MethodStep, NormaliseParams, NotComparedReason } from '@clusterlens/schema';
import { stepParams } from '@clusterlens/schema';

type BaselineCluster = BaselineResult['clusters'][number];

/** What the run compares a baseline with: its framework, step log and the cluster's survey year. */
export interface Current {
  framework: Framework;
  log: readonly MethodStep[];
  surveyYear: number;
  force: boolean;
}

/** The reasons a baseline is not comparable at all (year, framework) and per part (normalisation, goalposts, policy profile). */
export interface Comparability {
  /** Why nothing of this cluster is compared, or null. */
  all: NotComparedReason | null;
  /** The baseline is not from an earlier year and compared only because the run forced it. */
  forced: boolean;
  /** Per dimension id, why it is not compared (absent = compared). */
  dimensions: ReadonlyMap<string, NotComparedReason>;
  /** Per index id, why it is not compared (absent = compared). */
  indices: ReadonlyMap<string, NotComparedReason>;
}

const canonical = (p: Partial<NormaliseParams> | undefined): string | null =>
  p === undefined ? null : JSON.stringify([p.method, p.truncate ?? null, p.scale ?? null, p.range ?? null]);

/** The parameters of the baseline's last step `name`, when its method record has a step log (an earlier engine's may not). */
function baselineStep(before: BaselineResult, name: string): Record<string, unknown> | undefined {
  const steps = (before.method as { steps?: unknown } | undefined)?.steps;
  if (!Array.isArray(steps)) return undefined;
  const params = (steps as { step?: unknown; params?: unknown }[]).findLast((s) => s?.step === name)?.params;
  return params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : undefined;
}

function baselineProfile(before: BaselineResult, cluster: BaselineCluster): string | null {
  if (cluster.policy) return `${cluster.policy.profile.id}@${cluster.policy.profile.version}`;
  const profile = baselineStep(before, 'policy')?.profile;
  return typeof profile === 'string' ? profile : null;
}

const profileId = (profile: string): string => profile.slice(0, profile.lastIndexOf('@'));

/** What differs between the run's policy profile and the baseline's ("id@version", null: none recorded), so the reason names it. */
function profileChange(now: string | null, before: string | null): NotComparedReason | undefined {
  if (now === before) return undefined;
  if (now === null) return 'policy_removed';
  if (before === null) return 'policy_added';
  return profileId(now) === profileId(before) ? 'policy_version' : 'policy_profile';
}

/**
 * Whether a cluster's baseline is comparable, per index and dimension (DESIGN §5 item 7): the
 * baseline must be from an earlier survey year (unless forced) and use the same framework id
 * and version; a dimension also needs the same normalisation (method, truncation, scale, range)
 * and the same goalposts for every indicator; an index needs all its dimensions comparable and,
 * for the policy index, the same policy profile id and version (the reason says which differs, or
 * that one side has none). Unknown counts as different.
 */
export function comparability(current: Current, before: BaselineResult, cluster: BaselineCluster): Comparability {
  const { framework, log } = current;
  const notEarlier = cluster.surveyYear >= current.surveyYear;
  const all: NotComparedReason | null =
    notEarlier && !current.force ? 'survey_year' : before.framework.id !== framework.id || before.framework.version !== framework.version ? 'framework' : null;
  const sameScale = canonical(stepParams(log, 'normalise')) === canonical(baselineStep(before, 'normalise') as Partial<NormaliseParams> | undefined);
  const goalposts = new Map(cluster.indicators.map((i) => [i.id, i.goalposts]));
  const dimensions = new Map<string, NotComparedReason>();
  for (const d of framework.dimensions) {
    const moved = d.indicators.some((ind) => {
      const old = goalposts.get(ind.id);
      return old === undefined || old.min !== ind.goalposts.min || old.max !== ind.goalposts.max;
    });
    const reason = all ?? (!sameScale ? 'normalisation' : moved ? 'goalposts' : null);
    if (reason !== null) dimensions.set(d.id, reason);
  }
  const policy = stepParams(log, 'policy');
  const profileNow = policy?.profile ?? null;
  const policyIndex = policy?.index ?? framework.policyIndex;
  const indices = new Map<string, NotComparedReason>();
  for (const index of framework.indices) {
    const part = index.components.map((k) => dimensions.get(k.dimension)).find((r) => r !== undefined);
    const profile = index.id === policyIndex ? profileChange(profileNow, baselineProfile(before, cluster)) : undefined;
    const reason = all ?? part ?? profile;
    if (reason !== undefined) indices.set(index.id, reason);
  }
  return { all, forced: notEarlier && current.force, dimensions, indices };
}

/** Clusters whose baseline (matched by id) is not from an earlier survey year: refused unless the run forces it. */
export function baselineYearConflicts(surveys: readonly ClusterSurvey[], before: BaselineResult): { id: string; year: number; baselineYear: number }[] {
  return surveys.flatMap(({ cluster }) => {
    const prev = before.clusters.find((b) => b.id === cluster.id);
    return prev !== undefined && prev.surveyYear >= cluster.surveyYear ? [{ id: cluster.id, year: cluster.surveyYear, baselineYear: prev.surveyYear }] : [];
  });
}
