import type { ClusterSurvey, Issue, Lang } from '@clusterlens/schema';
import { mergeSurveys, type SurveyPart } from '@clusterlens/survey';
import { MESSAGES } from './messages/index.js';

/** A read input: its survey, and the SHA-256 of its bytes (null when it could not be hashed). */
export interface InputPart extends SurveyPart {
  sha256: string | null;
}

/**
 * One survey per cluster, clusters in order of first appearance. Several workbooks of one
 * cluster (one per member, say) are merged by the survey package, which reports every
 * disagreement between them as an error naming both files. An input with the same bytes as one
 * before it (the same file given twice, or a copy) is read once, with a warning at it: merged,
 * every member of it would be a duplicate of itself. `used` holds the files whose cluster gave a
 * survey, such copies among them.
 */
export function combineSurveys(parts: readonly InputPart[], lang: Lang): { surveys: ClusterSurvey[]; used: Set<string>; issues: Issue[] } {
  const { distinct, copies, issues } = withoutCopies(parts, lang);
  const byCluster = new Map<string, SurveyPart[]>();
  for (const part of distinct) {
    const group = byCluster.get(part.survey.cluster.id);
    if (group) group.push(part);
    else byCluster.set(part.survey.cluster.id, [part]);
  }
  const surveys: ClusterSurvey[] = [];
  const used = new Set<string>();
  for (const group of byCluster.values()) {
    const merged = group.length === 1 ? { survey: group[0]!.survey, issues: [] } : mergeSurveys(group, { lang });
    for (const issue of merged.issues) issues.push(issue);
    if (!merged.survey) continue;
    surveys.push(merged.survey);
    for (const part of group) used.add(part.file);
  }
  for (const [file, first] of copies) if (used.has(first)) used.add(file);
  return { surveys, used, issues };
}

/** The parts without those that repeat an earlier one's bytes; `copies` maps each left out to the file it repeats. */
function withoutCopies(parts: readonly InputPart[], lang: Lang): { distinct: SurveyPart[]; copies: Map<string, string>; issues: Issue[] } {
  const firstOf = new Map<string, string>();
  const distinct: SurveyPart[] = [];
  const copies = new Map<string, string>();
  const issues: Issue[] = [];
  for (const { survey, file, sha256 } of parts) {
    const first = sha256 === null ? undefined : firstOf.get(sha256);
    if (first === undefined) {
      if (sha256 !== null) firstOf.set(sha256, file);
      distinct.push({ survey, file });
      continue;
    }
    copies.set(file, first);
    issues.push({ severity: 'warning', code: 'input_repeated', file, ...MESSAGES[lang].sameInput(file, first) });
  }
  return { distinct, copies, issues };
}
