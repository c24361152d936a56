/**
 * What the server sends the page, schema first: the page and the route tests take their types
 * and their checks from these, never from a hand-written interface. Only the web uses them, so
 * they live here rather than in packages/schema; their parts are packages/schema's own.
 *
 *   /api/uploads ─▶ UploadsResponse (file status and issue rows)
 *   /api/runs/:id ─▶ RunDetail (results view)     /api/runs/:id/events ─▶ RunEvent each
 *   /api/history/… ─▶ HistoryClusters · HistoryOfCluster · HistoryOfPortfolio
 */
import { Type, type Static } from '@sinclair/typebox';
import { ClusterHistory, ClusterResult, Issue, PortfolioHistory, StoredCluster } from '@clusterlens/schema';

/** An uploaded file as the page lists it: never its path. */
export const UploadRow = Type.Object(
  {
    id: Type.String(),
    name: Type.String({ description: 'The sanitised file name issues and outputs use.' }),
    size: Type.Integer({ minimum: 0 }),
    survey: Type.Boolean({ description: 'The file gave a survey to assess (it may still have errors: a bad cell is a missing answer).' }),
    ok: Type.Boolean({ description: 'The file has no error.' }),
    issues: Type.Array(Issue),
  },
  { additionalProperties: false },
);
export type UploadRow = Static<typeof UploadRow>;

export const UploadsResponse = Type.Object({ uploads: Type.Array(UploadRow) }, { additionalProperties: false });
export type UploadsResponse = Static<typeof UploadsResponse>;

/** A cluster as the shared page shows it: no member's figures, no method log, no source paths. */
export const ClusterView = Type.Omit(ClusterResult, ['members', 'memberDistribution', 'log', 'sources'], { additionalProperties: false });
export type ClusterView = Static<typeof ClusterView>;

export const ResultView = Type.Object({ headlineIndex: Type.String(), clusters: Type.Array(ClusterView) }, { additionalProperties: false });
export type ResultView = Static<typeof ResultView>;

export const RunStatus = Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]);
export type RunStatus = Static<typeof RunStatus>;

/** A round as the page shows it; outputs by index (a download asks for the index, never a path). */
export const RunDetail = Type.Object(
  {
    id: Type.String(),
    status: RunStatus,
    lines: Type.Array(Type.String()),
    issues: Type.Array(Issue),
    outputs: Type.Array(Type.Object({ index: Type.Integer({ minimum: 0 }), name: Type.String() }, { additionalProperties: false })),
    members: Type.Integer({ minimum: 0, description: 'Member reports written: downloadable only as one zip.' }),
    result: Type.Union([ResultView, Type.Null()]),
  },
  { additionalProperties: false },
);
export type RunDetail = Static<typeof RunDetail>;

/** One server-sent event of a round: a progress line as the CLI prints it, then `done`. */
export const RunEvent = Type.Union([
  Type.Object({ type: Type.Literal('progress'), line: Type.String() }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('done'), ok: Type.Boolean() }, { additionalProperties: false }),
]);
export type RunEvent = Static<typeof RunEvent>;

export const HistoryClusters = Type.Object({ clusters: Type.Array(StoredCluster) }, { additionalProperties: false });
export type HistoryClusters = Static<typeof HistoryClusters>;

export const HistoryOfCluster = Type.Object({ history: ClusterHistory }, { additionalProperties: false });
export type HistoryOfCluster = Static<typeof HistoryOfCluster>;

export const HistoryOfPortfolio = Type.Object({ histories: PortfolioHistory }, { additionalProperties: false });
export type HistoryOfPortfolio = Static<typeof HistoryOfPortfolio>;

/** Every refusal: a code for programs and a message in the request's language for people. */
export const Refusal = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String() }, { additionalProperties: false }) }, { additionalProperties: false });
export type Refusal = Static<typeof Refusal>;
