import type { ClusterResult, ClusterSurvey, Framework, Issue } from '@clusterlens/schema';
import { definitions } from './answers.js';
import { CHAIN_ROLE_UNSTATED, SIZE_BANDS, SIZE_UNSTATED } from './messages.js';

type Profile = ClusterResult['respondents'];

/**
 * Who answered: count, population and response rate (count / population, null without a
 * population), and members per chain role in the order of the chain-role question's choice
 * list, zero counts included. Respondents whose role is missing or not in the list are counted
 * in one trailing entry with role `''` (no choice code can be empty), only when there are any.
 *
 * `excluded` approximates the answers not used because they were invalid: the number of
 * `error` issues located at a cell or a respondent in one of this cluster's source files
 * (file-level errors are not answers and are not counted).
 */
export function respondentProfile(survey: ClusterSurvey, framework: Framework, issues: readonly Issue[]): Profile {
  const count = survey.respondents.length;
  const population = survey.cluster.population ?? null;
  const defs = definitions(framework, survey);
  const choices = defs.choiceList(defs.question(framework.chainRoleQuestion))?.choices ?? [];
  const byChainRole = choices.map((choice) => ({
    role: choice.value,
    label: { ...choice.label },
    count: survey.respondents.filter((r) => r.chainRole === choice.value).length,
  }));
  const unstated = count - byChainRole.reduce((sum, role) => sum + role.count, 0);
  if (unstated > 0) byChainRole.push({ role: '', label: { ...CHAIN_ROLE_UNSTATED }, count: unstated });
  const files = new Set(survey.sources.map((s) => s.file));
  const excluded = issues.filter(
    (i) => i.severity === 'error' && i.file !== undefined && files.has(i.file) && (i.cell !== undefined || i.respondent !== undefined),
  ).length;
  const bySize = sizeBands(survey, framework);
  return { count, population, responseRate: population === null ? null : count / population, byChainRole, excluded, ...(bySize && { bySize }) };
}

/**
 * Members per headcount band. The bands are the EU/OECD ones (micro < 10, small 10–49,
 * medium 50–249, large ≥ 250), comparable across countries; national SME definitions
 * (China's differ by industry) would need the industry and turnover too.
 */
function sizeBands(survey: ClusterSurvey, framework: Framework): Profile['bySize'] {
  const question = framework.memberProfile?.employees;
  if (question === undefined) return undefined;
  const counts = SIZE_BANDS.map(() => 0);
  let unstated = 0;
  for (const respondent of survey.respondents) {
    const employees = respondent.answers[question];
    if (typeof employees !== 'number') {
      unstated += 1;
      continue;
    }
    const band = SIZE_BANDS.findIndex((b) => employees < b.below);
    counts[band === -1 ? SIZE_BANDS.length - 1 : band]! += 1;
  }
  const bands = SIZE_BANDS.map((b, i) => ({ role: b.role, label: { ...b.label }, count: counts[i]! }));
  return unstated > 0 ? [...bands, { role: '', label: { ...SIZE_UNSTATED }, count: unstated }] : bands;
}
