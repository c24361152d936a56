import type { ClusterSurvey, Issue, Lang } from '@clusterlens/schema';
import { mergeSurveys, type SurveyPart } from '@clusterlens/survey';

export type { SurveyPart };

/**
 * One survey per cluster, clusters in order of first appearance. Several workbooks of one
 * cluster (one per member, say) are merged by the survey package, which reports every
 * disagreement between them as an error naming both files. `used` holds the files whose
 * cluster gave a survey.
 */
export function combineSurveys(parts: readonly SurveyPart[], lang: Lang): { surveys: ClusterSurvey[]; used: Set<string>; issues: Issue[] } {
  const byCluster = new Map<string, SurveyPart[]>();
  for (const part of parts) {
    const group = byCluster.get(part.survey.cluster.id);
    if (group) group.push(part);
    else byCluster.set(part.survey.cluster.id, [part]);
  }
  const surveys: ClusterSurvey[] = [];
  const used = new Set<string>();
  const issues: Issue[] = [];
  for (const group of byCluster.values()) {
    const merged = group.length === 1 ? { survey: group[0]!.survey, issues: [] } : mergeSurveys(group, { lang });
    issues.push(...merged.issues);
    if (!merged.survey) continue;
    surveys.push(merged.survey);
    for (const part of group) used.add(part.file);
  }
  return { surveys, used, issues };
}
