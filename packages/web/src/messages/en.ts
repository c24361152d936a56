import type { Catalogue } from './catalogue.js';

export const en: Catalogue = {
  forbiddenHost: (host) => `Refused: this server does not answer to the host “${host}”. Open the address the server printed at start.`,
  forbiddenOrigin: (origin) => `Refused: a request from another site (“${origin}”) may not use this server.`,
  tokenRequired: 'Refused: this server needs its access token. Open the full address (with ?token=…) that the server printed at start.',
  notFound: 'Not found: nothing is at this address (it may belong to an earlier round).',
  badRequest: (detail) => `The request is not valid: ${detail}`,
  tooLarge: (file, limitMb) => `“${file}” is larger than the limit of ${limitMb} MB and was not accepted.`,
  tooManyFiles: (limit) => `At most ${limit} files can be uploaded in one round; remove some files first.`,
  requestTooLarge: (limitMb) => `These files are more than ${limitMb} MB together, the limit of one upload; none of them was accepted. Add them in smaller batches.`,
  sessionFull: (limitMb, usedMb) => `The uploads of this session may hold ${limitMb} MB in all and already hold ${usedMb} MB; none of these files was accepted. Remove files you no longer need first.`,
  noFiles: 'No file was uploaded: choose or drop at least one workbook.',
  runBusy: 'An assessment is already running; wait until it has finished.',
  nothingToRun: 'No uploaded file can be assessed: upload at least one workbook without errors.',
  noStore: 'This server was started without a results store (--store), so there is no history.',
  baselineNotJson: (file) => `“${file}” is not a results.json of an earlier assessment.`,
  runFailed: (detail) => `The assessment stopped: ${detail}`,
  internal: 'Something went wrong inside ClusterLens (a bug). Please report it with the server log.',
  listening: (url) => `ClusterLens is ready at ${url} (press Ctrl+C to stop).`,
  tokenNote: 'The address holds an access token: share it only with people who may use your files.',
};
