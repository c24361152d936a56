import { createHash } from 'node:crypto';
import { stepParams, type AssessmentResult, type ClusterResult, type Framework, type MethodRecord, type NormaliseParams, type Series } from '@clusterlens/schema';

/** The method settings that fix the scale of the scores (defaults as in `assess`). */
export interface Scale {
  normalisation?: NormaliseParams['method'];
  range?: NormaliseParams['range'];
  truncate?: boolean;
}

interface Goalposted {
  id: string;
  direction: number;
  goalposts: { min: number; max: number };
}

const byId = (a: readonly unknown[], b: readonly unknown[]): number => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0);

/**
 * Fingerprint of the scale the scores are on. Goalposts alone are not enough: the same
 * goalposts under min-max or without truncation give scores that cannot be compared.
 */
export function goalpostsFingerprint(scale: Scale, indicators: readonly Goalposted[]): string {
  const canonical = JSON.stringify({
    normalisation: scale.normalisation ?? 'goalposts',
    range: scale.range ?? null,
    truncate: scale.truncate ?? true,
    indicators: indicators.map((i) => [i.id, i.direction, i.goalposts.min, i.goalposts.max]).sort(byId),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/**
 * The series a run will belong to, known before scoring: what the CLI needs to look up the
 * baseline with `latestBaseline`. Equal to `resultSeries` of the result that run produces.
 * @example frameworkSeries(vcmCluster, { normalisation: 'goalposts' }, miit2022SmeClusters)
 */
export function frameworkSeries(framework: Framework, scale: Scale, policy?: { id: string; version: string }): Series {
  const indicators = framework.dimensions.flatMap((d) => d.indicators);
  return {
    framework: { id: framework.id, version: framework.version },
    goalposts: goalpostsFingerprint(scale, indicators),
    policy: policy ? { id: policy.id, version: policy.version } : null,
  };
}

/** The policy profile id@version the method records, split at its last `@`. */
function methodPolicy(method: MethodRecord): Series['policy'] {
  const profile = stepParams(method.steps, 'policy')?.profile;
  if (profile === undefined) return null;
  const at = profile.lastIndexOf('@');
  return at < 0 ? { id: profile, version: '' } : { id: profile.slice(0, at), version: profile.slice(at + 1) };
}

/** The scale the normalise step of a recorded method put the scores on. */
function methodScale(method: MethodRecord): Scale {
  const normalise = stepParams(method.steps, 'normalise');
  if (normalise === undefined) return {};
  return {
    normalisation: normalise.method,
    ...(normalise.range === undefined ? {} : { range: normalise.range }),
    ...(normalise.truncate === undefined ? {} : { truncate: normalise.truncate }),
  };
}

/** The series one cluster of a result belongs to. */
export function resultSeries(result: AssessmentResult, cluster: ClusterResult): Series {
  const profile = cluster.policy?.profile;
  return {
    framework: { id: result.framework.id, version: result.framework.version },
    goalposts: goalpostsFingerprint(methodScale(result.method), cluster.indicators),
    policy: profile ? { id: profile.id, version: profile.version } : methodPolicy(result.method),
  };
}

/** Scores of two series can be compared: same framework id and version, same scale, same policy profile. */
export function comparable(a: Series, b: Series): boolean {
  return (
    a.framework.id === b.framework.id &&
    a.framework.version === b.framework.version &&
    a.goalposts === b.goalposts &&
    (a.policy?.id ?? '') === (b.policy?.id ?? '') &&
    (a.policy?.version ?? '') === (b.policy?.version ?? '')
  );
}
