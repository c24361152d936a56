import { LANGS, type Issue, type Lang, type Severity } from '@clusterlens/schema';
import { MESSAGES, type IssueText } from '../messages/index.js';

/** An issue the server finds itself, from a text of its catalogue. */
export const ownIssue = (severity: Severity, code: string, text: IssueText, file?: string): Issue => ({
  severity,
  code,
  message: text.message,
  ...(text.suggestion !== undefined && { suggestion: text.suggestion }),
  ...(file !== undefined && { file }),
});

/** Every path of `names` in `text` replaced by its file's name. */
export const tidyText = (text: string, names: readonly (readonly [string, string])[]): string => names.reduce((t, [path, name]) => t.split(path).join(name), text);

/** Every language's command words: an issue may be in the report's language rather than the page's. */
const COMMAND_WORDS = LANGS.flatMap((l) => MESSAGES[l].commandWords);
const withoutCommands = (text: string) => COMMAND_WORDS.reduce((t, [command, onPage]) => t.split(command).join(onPage), text);

/**
 * An issue as the page shows it: the session folder's paths replaced by the names people know
 * their files by, and advice that is an option or a command of the command line replaced by the
 * page's own (people on the page have no command line to give it to).
 */
export function pageIssue(issue: Issue, lang: Lang, names: readonly (readonly [string, string])[]): Issue {
  const advice = MESSAGES[lang].advice;
  const own = Object.hasOwn(advice, issue.code) ? advice[issue.code as keyof typeof advice] : undefined;
  const suggestion = own ?? (issue.suggestion === undefined ? undefined : withoutCommands(tidyText(issue.suggestion, names)));
  return {
    ...issue,
    message: tidyText(issue.message, names),
    ...(suggestion !== undefined && { suggestion }),
    ...(issue.file !== undefined && { file: tidyText(issue.file, names) }),
  };
}
