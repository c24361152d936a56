import type { AssessmentResult, Issue, Lang, LocalizedText } from '@clusterlens/schema';

/** A file of the session's working folder: where it is, and the name people know it by. */
export interface SessionFile {
  /** Absolute path inside the session folder. */
  path: string;
  /** File name used in issues and outputs (already sanitised). */
  name: string;
}

/** Side files for inputs that are not native workbooks (`--form`, `--mapping`, `--cluster`), as paths in the session folder. */
export interface InputFiles {
  form?: string;
  mapping?: string;
  cluster?: string;
}

export const SIDE_KINDS = ['form', 'mapping', 'cluster'] as const;
export type SideKind = (typeof SIDE_KINDS)[number];
/** The files the toolkit checks on their own when they are added: the side files and last year's results.json. */
export type CheckedKind = SideKind | 'baseline';

/** A framework or policy profile people can choose. */
export interface Choice {
  id: string;
  label: LocalizedText;
  /** Names of a framework's indices, groups and dimensions by id, for the history tables. */
  names?: Record<string, LocalizedText>;
  /** Which of those ids are dimensions (shown with their id, as the reports do: "D3 Proximity efficiency"). */
  dimensions?: string[];
}

/** The scoring choices of one round, as the page sends them. */
export interface RoundChoices {
  framework: string;
  policy?: string;
  /** Last year's results.json in the session folder. */
  baseline?: string;
  /** Compare with the baseline even when it is not from an earlier survey year (`--force-baseline`). */
  forceBaseline?: boolean;
  members: boolean;
  sensitivity?: number;
  /** Record the run in the server's store and take the baseline from it. */
  store: boolean;
}

export interface AssessRequest extends RoundChoices {
  files: SessionFile[];
  input: InputFiles;
  /** Output folder of this round, absolute. */
  out: string;
  lang: Lang;
}

/**
 * A line of a round's progress. The CLI's own lines ("reading …", "wrote …") come in every
 * language, so that the page shows them in its own whatever the report's; a problem of the inputs
 * is worded once by its reader, in the report's language `lang`, and comes with its `issue`, which
 * the page may find worded in its own language too (run-view.ts).
 */
export type ProgressLine = Record<Lang, string> | { text: string; lang: Lang; issue?: Issue };

export interface AssessOutcome {
  /** Absent when the round stopped: then `issues` end with why (the issue code of the CLI's stop). */
  result?: AssessmentResult;
  /** Every file written, absolute. */
  outputs: string[];
  issues: Issue[];
}

/**
 * What the server does with files, handed to it by the caller (the CLI's `serve` command): the
 * same reading, refusals, template and run as `validate`, `template` and `assess`. The web
 * package never scores and never reads a workbook itself.
 */
/**
 * The framework a request names, if the toolkit offers it, else the first one: an id from a
 * request never reaches the toolkit unchecked (the CLI would take a name ending in .json as a path).
 */
export function knownFramework(toolkit: Pick<Toolkit, 'frameworks'>, asked: unknown): string {
  return toolkit.frameworks.find((f) => f.id === asked)?.id ?? toolkit.frameworks[0]?.id ?? 'vcm-cluster';
}

export interface Toolkit {
  frameworks: readonly Choice[];
  policies: readonly Choice[];
  /** Reads one uploaded file as `validate` does: `survey` when it gave one, ok when that has no error. */
  validate(file: SessionFile, options: { lang: Lang; framework: string; input: InputFiles }): Promise<{ survey: boolean; ok: boolean; issues: Issue[] }>;
  /**
   * What a round would find between files that each gave a survey, as `validate` finds it among
   * several workbooks (one cluster's files that disagree, a member sent twice), each issue naming
   * the later file by `name`; in the order given.
   */
  between(files: readonly SessionFile[], options: { lang: Lang; framework: string; input: InputFiles }): Promise<Issue[]>;
  /**
   * Reads a side file or last year's results.json on its own, as a run would read it: its
   * problems, each naming it by `file.name`. None of severity error: it can be used.
   */
  check(kind: CheckedKind, file: SessionFile, options: { lang: Lang }): Promise<Issue[]>;
  /** The member's workbook with its problem cells marked (`validate --annotate`). */
  annotate(file: SessionFile, issues: readonly Issue[], lang: Lang): Promise<Uint8Array>;
  /** The blank survey workbook (or XLSForm) of a framework. */
  template(options: { framework: string; lang: 'en' | 'zh' | 'both'; xlsform: boolean }): Promise<Uint8Array>;
  /** An issue as the CLI prints it among a round's progress lines. */
  formatIssue(issue: Issue, lang: Lang): string;
  /** One assessment round; `progress` sees each line the CLI would print. It rejects only on a bug: a stop is told in the outcome's issues. */
  assess(request: AssessRequest, progress: (line: ProgressLine) => void): Promise<AssessOutcome>;
}
