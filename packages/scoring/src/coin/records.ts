import type {
  BaselineInfo,
  Change,
  IntegrationProfile,
  Issue,
  LogEntry,
  MemberDistribution,
  MemberGroup,
  MemberResult,
  PeerGroup,
  PolicyResult,
  Specialisation,
} from '@clusterlens/schema';
import type { Aggregated } from '../methods/aggregate-vector.js';
import type { MeasuredIndicator } from '../score-indicator.js';
import type { UnitSensitivity } from '../sensitivity/summary.js';
import type { ImputedCell } from '../table/impute-table.js';
import type { NormaliseNote } from '../table/normalise-table.js';
import type { TreatedCell } from '../table/treat-table.js';

/** What the units look like side by side. */
export interface Benchmark {
  /** Per code of the final scores (indicators normalised, aggregates aggregated, the policy index blended): each unit's rank. */
  ranks: ReadonlyMap<string, (number | null)[]>;
  percentiles: ReadonlyMap<string, (number | null)[]>;
  /** Per code, each unit's median over the units of its peer group with a score (null without a compared group). */
  medians: ReadonlyMap<string, (number | null)[]>;
  /** Surveys: per indicator, each unit's median VALUE over its peer group's clusters with sufficient data. */
  valueMedians?: ReadonlyMap<string, (number | null)[]>;
  /** Surveys: location quotient, concentration and the peer tests within each peer group. */
  specialisation?: Specialisation[];
  /** Surveys (assess): each cluster's peer group. */
  peers?: PeerGroup[];
}

/** The changes of one cluster found in the baseline, by id. */
export interface ClusterChanges {
  info: BaselineInfo;
  indices: ReadonlyMap<string, Change>;
  dimensions: ReadonlyMap<string, Change>;
  indicators: ReadonlyMap<string, Change>;
  /** What was not compared and why, and a forced comparison: the cluster's log entries of the baseline step. */
  log: readonly LogEntry[];
}

/** Per cluster in run order (null when the baseline does not have it), and the warnings. */
export interface BaselineRecord {
  clusters: readonly (ClusterChanges | null)[];
  issues: readonly Issue[];
}

/** What each step found or decided, per unit; a step writes its own record and reads the others'. */
export interface CoinRecords {
  imputed: readonly ImputedCell[];
  treated: readonly TreatedCell[];
  notes: readonly NormaliseNote[];
  aggregation: ReadonlyMap<string, Aggregated[]>;
  /** Per unit, per indicator (framework order): member aggregation and sufficiency. */
  measured?: readonly (readonly MeasuredIndicator[])[];
  integration?: readonly (IntegrationProfile | undefined)[];
  members?: readonly { members: MemberResult[]; distribution: MemberDistribution[]; groups: MemberGroup[] }[];
  policy?: readonly { policy: PolicyResult; log: LogEntry[] }[];
  benchmark?: Benchmark;
  baseline?: BaselineRecord;
  sensitivity?: ReadonlyMap<string, UnitSensitivity[]>;
}

