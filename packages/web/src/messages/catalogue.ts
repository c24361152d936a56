/** Every text the server itself says to a person (refusals of requests), in one language. */
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
  baselineNotJson: (file: string) => string;
  runFailed: (detail: string) => string;
  internal: string;
  /** Lines the `serve` command prints at start. */
  listening: (url: string) => string;
  tokenNote: string;
}
