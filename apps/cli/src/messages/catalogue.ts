/** Each word of help-words.ts's `terms`. */
export type HelpTerm =
  | 'options'
  | 'command'
  | 'workbooks'
  | 'patterns'
  | 'dirs'
  | 'results'
  | 'lang'
  | 'file'
  | 'dir'
  | 'url'
  | 'id'
  | 'format'
  | 'xlsform'
  | 'method'
  | 'list'
  | 'text'
  | 'name'
  | 'address'
  | 'port'
  | 'level'
  | 'draws';

/** Every text the CLI shows a user, in each language. */
export interface Catalogue {
  description: string;
  templateDescription: string;
  assessDescription: string;
  demoDescription: string;
  validateDescription: string;
  batchDescription: string;
  mergeDescription: string;
  argWorkbooks: string;
  argPatterns: string;
  argDirs: string;
  optXlsform: string;
  optAnnotate: string;
  optVerbose: string;
  optConfig: string;
  optJobs: string;
  optShard: string;
  optResume: string;
  optFormats: string;
  optDemoOut: string;
  serveDescription: string;
  optPort: string;
  optHost: string;
  badPort: (value: string) => string;
  cannotListen: (address: string, reason: string) => string;
  badConfig: (file: string) => string;
  badShard: (value: string) => string;
  badJobs: (value: string) => string;
  badFormats: (value: string, formats: string) => string;
  noInputs: (patterns: string) => string;
  shardShare: (index: number, count: number, share: number, total: number) => string;
  validateHeader: string[];
  fileOk: string;
  fileHasErrors: string;
  validateSummary: (files: number, bad: number, errors: number, warnings: number) => string;
  phaseRead: string;
  phaseReports: string;
  readStatus: (file: string, cluster: string | null, counts: { error: number; warning: number }) => string;
  resumed: (file: string) => string;
  readFailed: (reason: string) => string;
  reportFailed: (cluster: string, reason: string) => string;
  /** An input with the same bytes as `first`, given before it (the same file twice when the names are alike): read once. */
  sameInput: (file: string, first: string) => { message: string; suggestion: string };
  batchHeader: string[];
  status: Record<'ok' | 'failed', string>;
  batchSummary: (total: number, failed: number, summary: string) => string;
  notARunDir: (dir: string) => string;
  mergeMismatch: (dir: string, first: string, setting: string, here: string, there: string) => string;
  mergeNoMethod: (dir: string) => string;
  /** The value of a setting a run did not have (a step it did not run, no policy profile). */
  settingOff: string;
  conflictingInput: (file: string, a: string, b: string) => string;
  storedReadMissing: (file: string, dir: string) => string;
  missingShards: (missing: string, count: number) => string;
  optLang: string;
  optFramework: string;
  optFormat: string;
  optForm: string;
  optMapping: string;
  optCluster: string;
  optPolicy: string;
  optBaseline: string;
  optMembers: string;
  optMinGroup: string;
  optPublisher: string;
  optPublicationDate: string;
  optContact: string;
  optLicence: string;
  optDisclaimer: string;
  badPublicationDate: (value: string) => string;
  indexDescription: string;
  optMeta: string;
  optData: string;
  optWeights: string;
  optNormalise: string;
  optRange: string;
  optAggregate: string;
  badMinGroup: (value: string) => string;
  optSensitivity: string;
  optIndexSensitivity: string;
  optSeed: string;
  badSeed: (value: string) => string;
  indexWroteSensitivity: (path: string, rows: number, draws: number) => string;
  badDraws: (value: string) => string;
  indexBadNormalise: (value: string, methods: readonly string[]) => string;
  indexBadAggregate: (value: string) => string;
  indexBadRange: (value: string) => string;
  indexWrote: (path: string, rows: number) => string;
  indexNothing: string;
  optRegional: string;
  badRegional: (file: string, key: string) => string;
  /** A key of a --regional file that is not a Regional statistic of the framework; `near`: the one it is likely a misspelling of. */
  unknownRegionalKey: (key: string, framework: string, near: string | undefined) => string;
  unknownRegionalKeyFix: (keys: string) => string;
  /** A key of a --cluster file that cluster metadata has not; `near`: the key it is likely meant for. */
  unknownClusterKey: (key: string, near: string | undefined) => string;
  unknownClusterKeyFix: (keys: string) => string;
  badCluster: (file: string) => string;
  optOut: string;
  optOutFile: string;
  optTemplateLang: string;
  outNotADir: (flag: string, path: string) => string;
  outIsADir: (flag: string, path: string) => string;
  cannotWrite: (path: string, reason: string) => string;
  /** File-system error codes in words; others are shown as the code. */
  fsReasons: Record<string, string>;
  /** Why a file could not be read, by error code; fsReasons and then the code itself otherwise. */
  readReasons: Record<string, string>;
  noRespondents: string;
  noRespondentsFix: string;
  optJson: string;
  optQuiet: string;
  reading: (file: string) => string;
  wrote: (file: string) => string;
  wroteMembers: (count: number, dir: string) => string;
  optMemberPasswords: string;
  passwordsUnreadable: (file: string, reason: string) => string;
  // The issues of a passwords file name it in their `file`, so their texts start at the row.
  passwordsHeader: string;
  passwordsNoId: (row: number) => string;
  passwordsEmpty: (row: number, id: string) => string;
  passwordsDuplicate: (row: number, id: string) => string;
  passwordsNoCluster: (row: number, id: string) => string;
  passwordsMissing: (id: string) => string;
  passwordsAmbiguous: (id: string, clusters: string) => string;
  passwordsInvalid: (file: string) => string;
  passwordsWithoutMembers: string;
  mergeNeedsPasswords: (dir: string) => string;
  unreadableFile: (file: string, reason: string) => string;
  notJsonFile: (file: string) => string;
  unknownFramework: (name: string, known: string) => string;
  badFramework: (file: string) => string;
  unknownPolicy: (name: string, known: string) => string;
  badPolicy: (file: string) => string;
  badBaseline: (file: string) => string;
  nothingToAssess: string;
  noFixtures: (dir: string) => string;
  /** The demo's last line, printed in every language: where each language's outputs are, and the report to open first (its portfolio overview). */
  demoDone: (english: string, chinese: string, first: string) => string;
  summary: (clusters: number, errors: number, warnings: number) => string;
  internalError: string;
  noCommand: string;
  /** After a usage error, in place of the whole help, which would push the error off the screen. */
  seeHelp: (command: string) => string;
  /** The words commander puts into every help text (help-words.ts); the English ones are commander's own. */
  help: {
    titles: { usage: string; arguments: string; options: string; globalOptions: string; commands: string };
    /** Labels of the notes after an option's description, each with its separator. */
    extras: { choices: string; default: string; preset: string; env: string };
    /** The notes after an option's description, with what stands between the two. */
    extrasAround: (notes: string) => string;
    helpOption: string;
    helpCommand: string;
    versionOption: string;
    examples: string;
    /**
     * The words between <> and [] of usage lines, command, argument and option terms: commander's
     * `[options]` and `[command]`, the arguments' names and the options' value placeholders
     * (`<file>`, `<id|file>`). Placeholders that are a format (`<YYYY-MM-DD>`, `<K/N>`, `<results.json>`) are not words and stay.
     */
    terms: Record<HelpTerm, string>;
  };
  /** commander's usage errors, said again in this language (usage-errors.ts); the English ones are commander's own words. */
  usage: {
    unknownOption: (flag: string) => string;
    unknownCommand: (name: string) => string;
    missingArgument: (name: string) => string;
    optionMissingArgument: (flags: string) => string;
    requiredOption: (flags: string) => string;
    invalidOption: (flags: string, value: string, why: string) => string;
    invalidArgument: (name: string, value: string, why: string) => string;
    tooManyArguments: (command: string | undefined, expected: number, got: number) => string;
    choices: (list: string) => string;
    didYouMean: (similar: string, several: boolean) => string;
  };
  severity: Record<'error' | 'warning' | 'info', string>;
  /** A label and what it labels, as each language punctuates it: "error: …" (zh "错误：…"). */
  labelled: (label: string, text: string) => string;
  /** The rest of a kind of problem not printed one by one: `kind` is “[question] code”, `first` and `last` the cells of the first and last of them, `all` where every one is (listedIn, validateListsAll). */
  moreOfKind: (p: { count: number; kind: string; first?: string; last?: string; all: string }) => string;
  /** Where every problem is listed: the output files `names` that hold them. */
  listedIn: (names: readonly string[]) => string;
  /** Where validate lists every problem. */
  validateListsAll: string;
  /** Where every problem of assess is listed when no output file holds them. */
  jsonListsAll: string;
  /** Where every problem of a command without an issues file (index) is listed. */
  jsonLists: string;
  optStore: string;
  storeUnusable: (detail: string) => string;
  storeBaselineYear: (cluster: string, year: number, baselineYear: number) => string;
  storeNoBaseline: (cluster: string, year: number) => string;
  /** The comparable years a cluster's report shows from the store (this one included). */
  storeHistory: (cluster: string, years: readonly number[]) => string;
  optForceBaseline: string;
  optMinPeers: string;
  badMinPeers: (value: string) => string;
  baselineNotEarlier: (cluster: string, year: number, baselineYear: number) => string;
  storeRecorded: (cluster: string, year: number, replaced: boolean, location: string) => string;
  storeNotRecorded: (reason: string) => string;
  storeWithShard: string;
  noStore: string;
  historyDescription: string;
  historyListDescription: string;
  historyExportDescription: string;
  historyImportDescription: string;
  argResults: string;
  optLevel: string;
  optId: string;
  optHistoryCluster: string;
  optHistoryOut: string;
  historyBadOut: (path: string) => string;
  historyListHeader: string[];
  historyEmpty: (location: string) => string;
  historyExported: (path: string, rows: number) => string;
  historyImported: (runs: number, files: number) => string;
  historyNothingImported: string;
}
