import { localized, type ClusterResult, type ClusterSurvey, type Framework } from '@clusterlens/schema';
import { definitions } from './answers.js';
import { messages } from './messages/index.js';

type Profile = ClusterResult['respondents'];

/**
 * Who answered: count, population and response rate (count / population, null without a
 * population), and members per chain role in the order of the chain-role question's choice
 * list, zero counts included. Respondents whose role is missing or not in the list are counted
 * in one trailing entry with role `''` (no choice code can be empty), only when there are any.
 *
 * `excluded` and `excludedRows` are the answers refused as invalid and the member rows left out,
 * as the reader recorded them per source file (`setAside`); a survey given as JSON without
 * them set nothing aside.
 */
export function respondentProfile(survey: ClusterSurvey, framework: Framework): Profile {
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
  if (unstated > 0) byChainRole.push({ role: '', label: localized((lang) => messages(lang).chainRoleUnstated), count: unstated });
  let excluded = 0;
  let excludedRows = 0;
  for (const source of survey.sources) {
    excluded += source.setAside?.answers ?? 0;
    excludedRows += source.setAside?.rows ?? 0;
  }
  const bySize = sizeBands(survey, framework);
  // More respondents than firms surveyed is no rate: the population given is wrong (or counts something else).
  const responseRate = population === null || count > population ? null : count / population;
  return { count, population, responseRate, byChainRole, excluded, excludedRows, ...(bySize && { bySize }) };
}

/**
 * Members per headcount band of the framework (`memberProfile.sizeBands`; vcm-cluster: the EU/OECD
 * bands micro < 10, small 10–49, medium 50–249, large ≥ 250): a headcount falls in the first band
 * whose `below` exceeds it, else in the last band.
 */
function sizeBands(survey: ClusterSurvey, framework: Framework): Profile['bySize'] {
  const question = framework.memberProfile?.employees;
  const bands = framework.memberProfile?.sizeBands?.bands;
  if (question === undefined || bands === undefined) return undefined;
  const counts = bands.map(() => 0);
  let unstated = 0;
  for (const respondent of survey.respondents) {
    const employees = respondent.answers[question];
    if (typeof employees !== 'number') {
      unstated += 1;
      continue;
    }
    counts[bandIndex(employees, bands)]! += 1;
  }
  const counted = bands.map((b, i) => ({ role: b.id, label: { ...b.label }, count: counts[i]! }));
  return unstated > 0 ? [...counted, { role: '', label: localized((lang) => messages(lang).sizeUnstated), count: unstated }] : counted;
}

type Bands = NonNullable<NonNullable<Framework['memberProfile']>['sizeBands']>['bands'];

/** Index of the band of a headcount: the first whose `below` exceeds it, else the last. */
function bandIndex(employees: number, bands: Bands): number {
  const band = bands.findIndex((b) => b.below !== undefined && employees < b.below);
  return band === -1 ? bands.length - 1 : band;
}

/** A member's headcount band id (as in `bySize`), or null without a headcount or without bands. */
export function memberSizeBand(answer: unknown, framework: Framework): string | null {
  const bands = framework.memberProfile?.sizeBands?.bands;
  if (bands === undefined || framework.memberProfile?.employees === undefined || typeof answer !== 'number') return null;
  return bands[bandIndex(answer, bands)]?.id ?? null;
}
