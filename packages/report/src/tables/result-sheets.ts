/**
 * The AssessmentResult flattened into five tables — clusters, dimensions, indicators,
 * members, issues — shared by the CSV and XLSX writers. Values are raw (full precision,
 * shares 0–1); only headers depend on the language. Column keys are stable for scripts.
 */
import type { AssessmentResult, ClusterResult, Lang } from '@clusterlens/schema';
import { messagesFor } from '../messages/index.js';

export type CellValue = string | number | boolean | null;
/** How the workbook formats a column (CSV writes raw values). */
export type ColumnFormat = 'text' | 'integer' | 'score' | 'number' | 'share';

export interface Column {
  key: string;
  header: string;
  format: ColumnFormat;
}

export interface Sheet {
  name: 'clusters' | 'dimensions' | 'indicators' | 'members' | 'issues';
  columns: Column[];
  rows: CellValue[][];
}

type Def = [key: string, format: ColumnFormat];

function sheet(name: Sheet['name'], lang: Lang, defs: readonly Def[], extra: Column[], rows: CellValue[][]): Sheet {
  const m = messagesFor(lang).tables;
  return { name, columns: [...defs.map(([key, format]) => ({ key, header: m.columns[key] ?? key, format })), ...extra], rows };
}

function clusters(result: AssessmentResult, lang: Lang): Sheet {
  const m = messagesFor(lang).tables;
  const first = result.clusters[0];
  const indexIds = first?.indices.map((i) => i.id) ?? [];
  const label = (id: string): string => first?.indices.find((i) => i.id === id)?.label[lang] ?? id;
  const parts = ['score', 'rank', 'percentile', 'peerMedian', 'change', 'rankP5', 'rankP95'] as const;
  const extra: Column[] = indexIds.flatMap((id) =>
    parts.map((p) => ({ key: `${id}_${p.replace(/[A-Z]/gu, (c) => `_${c.toLowerCase()}`)}`, header: m.indexColumn({ index: label(id), what: m.what[p] }), format: p === 'rank' || p.startsWith('rankP') ? 'integer' : 'score' }) as Column),
  );
  const defs: Def[] = [
    ['cluster_id', 'text'], ['name_en', 'text'], ['name_zh', 'text'], ['region', 'text'], ['industry_code', 'text'], ['survey_year', 'integer'],
    ['respondents', 'integer'], ['population', 'integer'], ['response_rate', 'share'], ['excluded_answers', 'integer'], ['excluded_rows', 'integer'],
    ['location_quotient', 'number'], ['strong_cluster', 'text'], ['stars', 'integer'],
    ['policy_profile', 'text'], ['policy_target_score', 'score'], ['policy_uptake_score', 'score'], ['eligible', 'text'],
  ];
  const rows = result.clusters.map((c): CellValue[] => {
    const r = c.respondents;
    const s = c.specialisation;
    return [
      c.id, c.name.en, c.name.zh, c.region, c.industryCode, c.surveyYear, r.count, r.population, r.responseRate, r.excluded, r.excludedRows ?? null,
      s?.locationQuotient ?? null, s?.strongCluster ?? null, s?.stars ?? null,
      c.policy?.profile.id ?? null, c.policy?.targetScore ?? null, c.policy?.uptakeScore ?? null, c.policy?.eligible ?? null,
      ...indexIds.flatMap((id): CellValue[] => {
        const i = c.indices.find((x) => x.id === id);
        return [i?.score ?? null, i?.rank ?? null, i?.percentile ?? null, i?.peerMedian ?? null, i?.baseline?.change ?? null, i?.sensitivity?.rankP5 ?? null, i?.sensitivity?.rankP95 ?? null];
      }),
    ];
  });
  return sheet('clusters', lang, defs, extra, rows);
}

function dimensions(result: AssessmentResult, lang: Lang): Sheet {
  const defs: Def[] = [['cluster_id', 'text'], ['dimension_id', 'text'], ['label_en', 'text'], ['label_zh', 'text'], ['score', 'score'], ['coverage', 'share'], ['rank', 'integer'], ['peer_median', 'score'], ['change', 'score']];
  const rows = result.clusters.flatMap((c) =>
    c.dimensions.map((d): CellValue[] => [c.id, d.id, d.label.en, d.label.zh, d.score, d.coverage, d.rank, d.peerMedian, d.baseline?.change ?? null]),
  );
  return sheet('dimensions', lang, defs, [], rows);
}

function indicators(result: AssessmentResult, lang: Lang): Sheet {
  const defs: Def[] = [
    ['cluster_id', 'text'], ['indicator_id', 'text'], ['dimension_id', 'text'], ['label_en', 'text'], ['label_zh', 'text'], ['unit_en', 'text'], ['unit_zh', 'text'],
    ['direction', 'integer'], ['rule', 'text'], ['goalpost_min', 'number'], ['goalpost_max', 'number'], ['value', 'number'], ['score', 'score'],
    ['answers', 'integer'], ['status', 'text'], ['weight', 'share'], ['effective_weight', 'share'], ['peer_median', 'number'], ['change', 'number'],
  ];
  const rows = result.clusters.flatMap((c) =>
    c.indicators.map((i): CellValue[] => [
      c.id, i.id, i.dimension, i.label.en, i.label.zh, i.unit.en, i.unit.zh, i.direction, i.rule.method, i.goalposts.min, i.goalposts.max,
      i.value, i.score, i.answers, i.status, i.weight, i.effectiveWeight, i.peerMedian, i.baseline?.change ?? null,
    ]),
  );
  return sheet('indicators', lang, defs, [], rows);
}

function members(result: AssessmentResult, lang: Lang): Sheet {
  const m = messagesFor(lang).tables;
  const dimIds = result.clusters[0]?.dimensions.map((d) => d.id) ?? [];
  const extra: Column[] = dimIds.flatMap((id): Column[] => [
    { key: `${id}_score`, header: m.dimensionColumn({ dimension: id, what: m.what.score }), format: 'score' },
    { key: `${id}_percentile`, header: m.dimensionColumn({ dimension: id, what: m.what.percentile }), format: 'score' },
  ]);
  const rows = result.clusters.flatMap((c: ClusterResult) =>
    (c.members ?? []).map((mem): CellValue[] => [
      c.id, mem.id, mem.chainRole, mem.integrationStage,
      ...dimIds.flatMap((id): CellValue[] => {
        const d = mem.dimensions.find((x) => x.id === id);
        return [d?.score ?? null, d?.percentile ?? null];
      }),
    ]),
  );
  return sheet('members', lang, [['cluster_id', 'text'], ['member_id', 'text'], ['chain_role', 'text'], ['integration_stage', 'integer']], extra, rows);
}

function issues(result: AssessmentResult, lang: Lang): Sheet {
  const keys = ['severity', 'code', 'message', 'suggestion', 'file', 'sheet', 'cell', 'question', 'respondent', 'effect'] as const;
  const rows = result.issues.map((issue): CellValue[] => keys.map((k) => issue[k] ?? null));
  return sheet('issues', lang, keys.map((k): Def => [k, 'text']), [], rows);
}

/** The five tables of a result, headers in `lang`. */
export function resultSheets(result: AssessmentResult, lang: Lang): Sheet[] {
  return [clusters(result, lang), dimensions(result, lang), indicators(result, lang), members(result, lang), issues(result, lang)];
}
