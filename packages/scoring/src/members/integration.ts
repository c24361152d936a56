import type { ClusterSurvey, Framework, IntegrationProfile, Respondent } from '@clusterlens/schema';
import { definitions, numericAnswer } from '../answers.js';

/** A member's integration stage, 1 to the number of the framework's stages, from its answer (the choice's score), or `null`. */
export function memberStage(respondent: Respondent, survey: ClusterSurvey, framework: Framework): number | null {
  const id = framework.memberProfile?.integrationStage;
  const count = framework.memberProfile?.integrationStages?.length;
  if (id === undefined || count === undefined) return null;
  const defs = definitions(framework, survey);
  const stage = numericAnswer(respondent.answers[id], defs.choiceList(defs.question(id)));
  return stage !== null && Number.isInteger(stage) && stage >= 1 && stage <= count ? stage : null;
}

/**
 * Integration stages of the members, on the framework's model (vcm-cluster: 1 isolated → 4 soft
 * coordination, DESIGN.md §2): how many members answered, their mean stage and the count per
 * stage (every stage, zeros included, with its name and meaning). `undefined` when the framework
 * names no integration-stage question (or, unvalidated, no stages).
 * @example integrationProfile(survey, vcmCluster) // { answered: 40, mean: 2.3, distribution: [{ stage: 1, count: 12, … }, …] }
 */
export function integrationProfile(survey: ClusterSurvey, framework: Framework): IntegrationProfile | undefined {
  const model = framework.memberProfile?.integrationStages;
  if (framework.memberProfile?.integrationStage === undefined || model === undefined) return undefined;
  const stages = survey.respondents.map((r) => memberStage(r, survey, framework)).filter((s): s is number => s !== null);
  const distribution = model.map((m, i) => ({ stage: i + 1, label: { ...m.label }, description: { ...m.description }, count: stages.filter((s) => s === i + 1).length }));
  return {
    answered: stages.length,
    mean: stages.length === 0 ? null : stages.reduce((a, b) => a + b, 0) / stages.length,
    distribution,
  };
}
