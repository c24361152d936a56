import type { Lang } from '@clusterlens/schema';
import { en } from './messages-en.js';
import { zh } from './messages-zh.js';

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
  badConfig: (file: string, detail: string) => string;
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
  optOut: string;
  optOutFile: string;
  optTemplateLang: string;
  outNotADir: (flag: string, path: string) => string;
  outIsADir: (flag: string, path: string) => string;
  cannotWrite: (path: string, reason: string) => string;
  /** File-system error codes in words; others are shown as the code. */
  fsReasons: Record<string, string>;
  noRespondents: string;
  noRespondentsFix: string;
  optJson: string;
  optQuiet: string;
  reading: (file: string) => string;
  wrote: (file: string) => string;
  wroteMembers: (count: number, dir: string) => string;
  unreadableFile: (file: string, reason: string) => string;
  unknownFramework: (name: string, known: string) => string;
  badFramework: (file: string) => string;
  unknownPolicy: (name: string, known: string) => string;
  badPolicy: (file: string) => string;
  badBaseline: (file: string) => string;
  nothingToAssess: string;
  noFixtures: (dir: string) => string;
  summary: (clusters: number, errors: number, warnings: number) => string;
  internalError: string;
  noCommand: string;
  severity: Record<'error' | 'warning' | 'info', string>;
}

export const MESSAGES: Record<Lang, Catalogue> = { en, zh };

/** The language for CLI messages before any --lang flag is parsed: CLUSTERLENS_LANG, then LANG. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const hint = env.CLUSTERLENS_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return hint.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
