import type { Issue, Lang } from '@clusterlens/schema';
import { issueText, SEVERITY, type IssueCode, type IssueParams } from './messages/index.js';
import { effectOf } from './set-aside.js';

/** Where in the file an issue points; the file itself is known to the sink. */
export interface Where {
  sheet?: string;
  cell?: string;
  question?: string;
  respondent?: string;
}

/** Codes said once per sheet and question: the first answer stands for the others typed alike. */
const ONCE_PER_QUESTION: ReadonlySet<IssueCode> = new Set(['yes_no_converted']);

/**
 * Collects the issues of one file in one language. Each reading step receives the sink
 * explicitly, so issues keep the order in which the workbook was read.
 */
export class IssueSink {
  readonly issues: Issue[] = [];
  private readonly said = new Set<string>();

  constructor(
    readonly file: string,
    readonly lang: Lang,
  ) {}

  add<C extends IssueCode>(code: C, params: IssueParams<C>, where: Where = {}): void {
    if (ONCE_PER_QUESTION.has(code)) {
      const key = `${code}\u0000${where.sheet ?? ''}\u0000${where.question ?? ''}`;
      if (this.said.has(key)) return;
      this.said.add(key);
    }
    const text = issueText(this.lang, code, params);
    const effect = effectOf(code, where);
    this.issues.push({
      severity: SEVERITY[code],
      code,
      message: text.message,
      ...(text.suggestion ? { suggestion: text.suggestion } : {}),
      file: this.file,
      // Locations the input could not give (a column that is not there) are left out, not set to undefined.
      ...Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined)),
      ...(effect ? { effect } : {}),
    });
  }

  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }
}
