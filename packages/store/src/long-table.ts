import { HISTORY_LEVELS, type HistoryLevel, type HistoryRow, type IndicatorStatus } from '@clusterlens/schema';
import type { Db, Param } from './db.js';
import { compareText, RUN_COLUMNS_R, type RunRow } from './run-rows.js';

/** Which figures to export; every filter left out means "all". */
export interface TableQuery {
  clusters?: readonly string[];
  levels?: readonly HistoryLevel[];
  /** Index, group, dimension, indicator or priority ids (a target by its indicator id). */
  ids?: readonly string[];
  fromYear?: number;
  toYear?: number;
}

interface FigureRow extends RunRow {
  position: number;
  figure: string;
  parent: string | null;
  value: number | null;
  score: number | null;
  rank: number | null;
  coverage: number | null;
  status: string | null;
  answers: number | null;
}

/** Per level: the figure columns (missing ones as NULL) and the table they come from. */
const SOURCES: Record<HistoryLevel, { select: string; from: string; idColumn: string; level?: string }> = {
  index: {
    select: 's.position, s.index_id AS figure, s.score, s.rank, s.coverage',
    from: 'index_scores',
    idColumn: 's.index_id',
  },
  group: {
    select: 's.position, s.dimension_id AS figure, s.score, s.rank, s.coverage',
    from: 'dimension_scores',
    idColumn: 's.dimension_id',
    level: 'group',
  },
  dimension: {
    select: 's.position, s.dimension_id AS figure, s.score, s.rank, s.coverage',
    from: 'dimension_scores',
    idColumn: 's.dimension_id',
    level: 'dimension',
  },
  indicator: {
    select: 's.position, s.indicator_id AS figure, s.dimension_id AS parent, s.value, s.score, s.status, s.answers',
    from: 'indicator_scores',
    idColumn: 's.indicator_id',
  },
  priority: {
    select: 's.position, s.priority_id AS figure, s.attainment AS score',
    from: 'policy_priorities',
    idColumn: 's.priority_id',
  },
  target: {
    select: 's.position, s.indicator_id AS figure, s.priority_id AS parent, s.value, s.attainment AS score',
    from: 'policy_targets',
    idColumn: 's.indicator_id',
  },
};

async function levelRows(db: Db, level: HistoryLevel, query: TableQuery): Promise<FigureRow[]> {
  const source = SOURCES[level];
  const where: string[] = [];
  const params: Param[] = [];
  const add = (condition: string, param: Param) => {
    where.push(condition);
    params.push(param);
  };
  if (source.level !== undefined) add('s.level = ?', source.level);
  if (query.clusters) add(db.inList('r.cluster_id'), db.listParam(query.clusters));
  if (query.ids) add(db.inList(source.idColumn), db.listParam(query.ids));
  if (query.fromYear !== undefined) add('r.survey_year >= ?', query.fromYear);
  if (query.toYear !== undefined) add('r.survey_year <= ?', query.toYear);
  const filter = where.length === 0 ? '' : ` WHERE ${where.join(' AND ')}`;
  return db.all<FigureRow>(`SELECT ${RUN_COLUMNS_R}, ${source.select} FROM ${source.from} s JOIN runs r ON r.id = s.run_id${filter}`, params);
}

function toHistoryRow(level: HistoryLevel, row: FigureRow): HistoryRow {
  const policy = row.policy_id === '' && row.policy_version === '' ? null : `${row.policy_id}@${row.policy_version}`;
  return {
    cluster: row.cluster_id,
    surveyYear: row.survey_year,
    framework: `${row.framework_id}@${row.framework_version}`,
    goalposts: row.goalposts,
    policy,
    level,
    id: row.figure,
    parent: row.parent ?? null,
    value: row.value ?? null,
    score: row.score,
    rank: row.rank ?? null,
    coverage: row.coverage ?? null,
    status: (row.status ?? null) as IndicatorStatus | null,
    answers: row.answers ?? null,
  };
}

/**
 * The long table of stored figures: one row per cluster, run and figure, ordered by cluster,
 * year, series, level (index → group → dimension → indicator → priority → target), parent
 * and framework order. Rows of
 * different series are kept apart by their framework, goalposts and policy columns.
 */
export async function longTable(db: Db, query: TableQuery = {}): Promise<HistoryRow[]> {
  const levels = HISTORY_LEVELS.filter((l) => query.levels === undefined || query.levels.includes(l));
  const keyed: { row: HistoryRow; level: number; position: number }[] = [];
  for (const level of levels) {
    for (const row of await levelRows(db, level, query)) {
      keyed.push({ row: toHistoryRow(level, row), level: HISTORY_LEVELS.indexOf(level), position: row.position });
    }
  }
  keyed.sort(
    (a, b) =>
      compareText(a.row.cluster, b.row.cluster) ||
      a.row.surveyYear - b.row.surveyYear ||
      compareText(a.row.framework, b.row.framework) ||
      compareText(a.row.goalposts, b.row.goalposts) ||
      compareText(a.row.policy ?? '', b.row.policy ?? '') ||
      a.level - b.level ||
      compareText(a.row.parent ?? '', b.row.parent ?? '') ||
      a.position - b.position,
  );
  return keyed.map((k) => k.row);
}
