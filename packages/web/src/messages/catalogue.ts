/** A problem the server itself finds, as an issue shows it: what happened, and what to do on the page. */
export interface IssueText {
  message: string;
  suggestion?: string;
}

/**
 * Every text the server itself says to a person (refusals of requests, the problems of a round it
 * finds itself), in one language. Advice is always something to do on the page, never a command.
 */
export interface Catalogue {
  forbiddenHost: (host: string) => string;
  forbiddenOrigin: (origin: string) => string;
  tokenRequired: string;
  notFound: string;
  badRequest: (detail: string) => string;
  /** Details of `badRequest` for a field the route's schema refused. */
  fieldRange: (field: string, min: number, max: number) => string;
  fieldChoice: (field: string, allowed: string) => string;
  unknownField: (field: string) => string;
  fieldInvalid: (field: string) => string;
  tooLarge: (file: string, limitMb: number) => string;
  tooManyFiles: (limit: number) => string;
  /** All files of one upload request together over its byte limit. */
  requestTooLarge: (limitMb: number) => string;
  /** The session's uploads would hold more than their byte limit. */
  sessionFull: (limitMb: number, usedMb: number) => string;
  noFiles: string;
  runBusy: string;
  nothingToRun: string;
  noStore: string;
  /** A run asked to compare with an earlier results.json, and none is loaded. */
  baselineMissing: string;
  /** The baseline's survey years are not earlier than the round's: the CLI's stop, with the page's own choice to compare all the same. */
  baselineNotEarlier: (file: string, years: string) => IssueText;
  /** An upload with the same bytes as an earlier one: left out of the round. */
  duplicateUpload: (file: string, first: string) => IssueText;
  /** An upload whose name another upload has: kept under a numbered name. */
  renamedUpload: (given: string, name: string) => IssueText;
  /** An upload that gave no survey, left out of a round, with the reasons its reading gave. */
  leftOut: (file: string, reasons: string) => IssueText;
  /** A round that stopped without a result and without a reason of the toolkit's. */
  runStopped: string;
  runFailed: (detail: string) => string;
  /** The page's advice for the issues whose own advice is a command-line option, by issue code. */
  advice: { unknown_format: string; cluster_meta_missing: string };
  /** Words of a command in the readers' advice (written in this language), each with what the page says instead. */
  commandWords: [command: string, onPage: string][];
  internal: string;
  /** Lines the `serve` command prints at start. */
  listening: (url: string) => string;
  tokenNote: string;
}
