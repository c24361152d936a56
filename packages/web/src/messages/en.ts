import type { Catalogue } from './catalogue.js';

export const en: Catalogue = {
  forbiddenHost: (host) => `Refused: this server does not answer to the host “${host}”. Open the address the server printed at start.`,
  forbiddenOrigin: (origin) => `Refused: a request from another site (“${origin}”) may not use this server.`,
  tokenRequired: 'Refused: this server needs its access token. Open the full address (with ?token=…) that the server printed at start.',
  notFound: 'Not found: nothing is at this address (it may belong to an earlier round).',
  badRequest: (detail) => `The request is not valid: ${detail}`,
  fieldRange: (field, min, max) => `“${field}” must be a whole number from ${min} to ${max}.`,
  fieldChoice: (field, allowed) => `“${field}” must be one of ${allowed}.`,
  unknownField: (field) => `“${field}” is not a choice this request takes.`,
  fieldInvalid: (field) => `“${field}” does not hold a value of the kind it takes.`,
  tooLarge: (file, limitMb) => `“${file}” is larger than the limit of ${limitMb} MB and was not accepted.`,
  tooManyFiles: (limit) => `At most ${limit} files can be uploaded in one round; remove some files first.`,
  requestTooLarge: (limitMb) => `These files are more than ${limitMb} MB together, the limit of one upload; none of them was accepted. Add them in smaller batches.`,
  sessionFull: (limitMb, usedMb) => `The uploads of this session may hold ${limitMb} MB in all and already hold ${usedMb} MB; none of these files was accepted. Remove files you no longer need first.`,
  noFiles: 'No file was uploaded: choose or drop at least one workbook.',
  runBusy: 'An assessment is already running; wait until it has finished.',
  nothingToRun: 'No uploaded file can be assessed: upload at least one workbook without errors.',
  noStore: 'This server keeps no results store, so there is no history to compare with or to record in.',
  baselineMissing: 'You chose to compare with an earlier results.json, but none is loaded: add it under “Last year for comparison”, or choose “None” there.',
  baselineNotEarlier: (file, years) => ({
    message: `“${file}” holds the survey year ${years}, which is not earlier than the survey year of this round: changes against it would not be changes from one year to the next.`,
    suggestion: 'Add last year’s results.json under “Last year for comparison”, or tick “Compare even if it is not from an earlier year” there and run again.',
  }),
  duplicateUpload: (file, first) => ({
    message: `“${file}” holds exactly the same as “${first}”, added before: it is left out of the round, so that its members are not counted twice.`,
    suggestion: 'Nothing to do: the file is assessed once. Remove one of the two to tidy the list.',
  }),
  renamedUpload: (given, name) => ({
    message: `Another file was added as “${given}” before: this one is listed as “${name}”.`,
  }),
  leftOut: (file, reasons) => ({
    message: `“${file}” was left out of this round: ${reasons}`,
    suggestion: 'Correct the file, add it again under “2. Returned workbooks” and run the assessment again.',
  }),
  runStopped: 'The assessment stopped before it gave a result.',
  runFailed: (detail) => `The assessment stopped: ${detail}`,
  advice: {
    unknown_format: 'Save it from Excel as .xlsx (or as .csv for a flat table) and add it again.',
    cluster_meta_missing: 'Add the cluster details (.json) under “KoboToolbox / ODK exports and other tables”, above the list of workbooks.',
  },
  commandWords: [['(clusterlens template)', '(“1. Survey template” on this page)']],
  internal: 'Something went wrong inside ClusterLens (a bug). Please report it with the server log.',
  listening: (url) => `ClusterLens is ready at ${url} (press Ctrl+C to stop).`,
  tokenNote: 'The address holds an access token: share it only with people who may use your files.',
};
