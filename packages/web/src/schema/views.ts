/**
 * What the server sends the page, schema first: the page and the route tests take their types
 * and their checks from these, never from a hand-written interface. Only the web uses them, so
 * they live here rather than in packages/schema; their parts are packages/schema's own.
 *
 *   /api/uploads ─▶ UploadsResponse (file status and issue rows)   /api/side/… ─▶ SideFiles + uploads
 *   /api/runs ─▶ RunList   /api/runs/:id ─▶ RunDetail (results view)   /api/runs/:id/events ─▶ RunEvent each
 *   /api/history/… ─▶ HistoryClusters · HistoryOfCluster · HistoryOfPortfolio
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { ClusterHistory, ClusterResult, Issue, Lang, PortfolioHistory, StoredCluster } from '@clusterlens/schema';

/** An uploaded file as the page lists it: never its path. */
export const UploadRow = Type.Object(
  {
    id: Type.String(),
    name: Type.String({ description: 'The sanitised file name issues and outputs use.' }),
    size: Type.Integer({ minimum: 0 }),
    survey: Type.Boolean({ description: 'The file gave a survey to assess (it may still have errors: a bad cell is a missing answer).' }),
    ok: Type.Boolean({ description: 'The file has no error.' }),
    issues: Type.Array(Issue),
    annotated: Type.Boolean({ description: 'An annotated copy can be downloaded: the reader found problems in the file itself (a copy of an earlier upload has none; a problem between files is not marked in a copy).' }),
    duplicateOf: Type.Optional(Type.String({ description: 'The earlier upload with the same bytes: this one is left out of a round.' })),
  },
  { additionalProperties: false },
);
export type UploadRow = Static<typeof UploadRow>;

export const UploadsResponse = Type.Object({ uploads: Type.Array(UploadRow) }, { additionalProperties: false });
export type UploadsResponse = Static<typeof UploadsResponse>;

const SideKinds = <T extends TSchema>(of: T) =>
  Type.Object({ form: Type.Optional(of), mapping: Type.Optional(of), cluster: Type.Optional(of), baseline: Type.Optional(of) }, { additionalProperties: false });

/** The side files in use by name, and the latest file of a kind that was not taken, with why. */
export const SideFiles = Type.Object(
  {
    side: SideKinds(Type.String()),
    refused: SideKinds(Type.Object({ name: Type.String(), issues: Type.Array(Issue) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type SideFiles = Static<typeof SideFiles>;

/** A cluster as the shared page shows it: no member's figures, no method log, no source paths. */
export const ClusterView = Type.Omit(ClusterResult, ['members', 'memberDistribution', 'log', 'sources'], { additionalProperties: false });
export type ClusterView = Static<typeof ClusterView>;

export const ResultView = Type.Object({ headlineIndex: Type.String(), clusters: Type.Array(ClusterView) }, { additionalProperties: false });
export type ResultView = Static<typeof ResultView>;

export const RunStatus = Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]);
export type RunStatus = Static<typeof RunStatus>;

/**
 * A line of a round's progress, in the language asked for; a problem of the inputs is in the
 * report's language (its reader words it once), which `lang` names so the page can mark it.
 */
export const RunLine = Type.Object({ text: Type.String(), lang: Lang }, { additionalProperties: false });
export type RunLine = Static<typeof RunLine>;

/** A round of this server's lifetime, for a page that was reloaded to find it again. */
export const RunSummary = Type.Object({ id: Type.String(), status: RunStatus, started: Type.String({ description: 'When it started, ISO 8601.' }) }, { additionalProperties: false });
export type RunSummary = Static<typeof RunSummary>;

export const RunList = Type.Object({ runs: Type.Array(RunSummary, { description: 'Oldest first.' }) }, { additionalProperties: false });
export type RunList = Static<typeof RunList>;

/**
 * An issue of a round, with the language of its message: the server's own are in the language
 * asked for; the assessment's in the report's (its readers word each once), so the page can mark them.
 */
export const RunIssue = Type.Composite([Issue, Type.Object({ lang: Lang })], { additionalProperties: false });
export type RunIssue = Static<typeof RunIssue>;

/** A round as the page shows it; outputs by index (a download asks for the index, never a path). */
export const RunDetail = Type.Object(
  {
    id: Type.String(),
    status: RunStatus,
    lines: Type.Array(RunLine),
    issues: Type.Array(RunIssue, { description: 'The files left out and why, then every issue of the run; a failed run’s last ones say why it stopped.' }),
    outputs: Type.Array(Type.Object({ index: Type.Integer({ minimum: 0 }), name: Type.String() }, { additionalProperties: false })),
    members: Type.Integer({ minimum: 0, description: 'Member reports written: downloadable only as one zip.' }),
    result: Type.Union([ResultView, Type.Null()]),
  },
  { additionalProperties: false },
);
export type RunDetail = Static<typeof RunDetail>;

/** One server-sent event of a round: a progress line, then `done`. */
export const RunEvent = Type.Union([
  Type.Object({ type: Type.Literal('progress'), line: RunLine }, { additionalProperties: false }),
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
