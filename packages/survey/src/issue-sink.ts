import type { Issue, Lang, LocalizedText } from '@clusterlens/schema';
import { ISSUES, type IssueCode, type IssueParams } from './messages.js';

/** Where in the file an issue points; the file itself is known to the sink. */
export interface Where {
  sheet?: string;
  cell?: string;
  question?: string;
  respondent?: string;
}

/**
 * Collects the issues of one file in one language. Each reading step receives the sink
 * explicitly, so issues keep the order in which the workbook was read.
 */
export class IssueSink {
  readonly issues: Issue[] = [];

  constructor(
    readonly file: string,
    readonly lang: Lang,
  ) {}

  add<C extends IssueCode>(code: C, params: IssueParams<C>, where: Where = {}): void {
    const entry = ISSUES[code];
    // The catalogue pairs each code with its own parameter type; TS cannot follow that through the index.
    const text = (entry.text as (p: IssueParams<C>) => { message: LocalizedText; suggestion?: LocalizedText })(params);
    this.issues.push({
      severity: entry.severity,
      code,
      message: text.message[this.lang],
      ...(text.suggestion ? { suggestion: text.suggestion[this.lang] } : {}),
      file: this.file,
      // Locations the input could not give (a column that is not there) are left out, not set to undefined.
      ...Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined)),
    });
  }

  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }
}
