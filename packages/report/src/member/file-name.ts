/**
 * Safe file names for member reports. Respondent ids come from survey workbooks, so they may
 * hold path separators, dots, control characters or reserved device names. Letters and digits
 * of any script, `-` and `_` are kept; every other run of characters becomes one `_`. When
 * anything was changed, 8 hex digits of the id's SHA-256 are appended, so two ids that clean
 * up to the same text ("a/b", "a:b") still get different files.
 */
import { createHash } from 'node:crypto';

// The `member-` prefix keeps names off hidden files and Windows device names (CON, NUL, …).
const MAX_STEM = 80;

/**
 * The PDF file name of one member's feedback report, e.g. `member-ZL-001.pdf`.
 * @example memberReportFileName('../etc/passwd') // 'member-etc_passwd-<8 hex>.pdf'
 */
export function memberReportFileName(memberId: string): string {
  const cleaned = memberId
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '_')
    .replace(/^[_-]+|[_-]+$/gu, '')
    .slice(0, MAX_STEM);
  const stem = cleaned === '' ? 'member' : cleaned;
  const changed = stem !== memberId;
  const suffix = changed ? `-${createHash('sha256').update(memberId, 'utf8').digest('hex').slice(0, 8)}` : '';
  return `member-${stem}${suffix}.pdf`;
}
