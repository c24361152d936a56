import { Issue } from './issue.js';
import { Framework } from './framework.js';
import { ClusterSurvey } from './survey.js';
import { PolicyProfile } from './policy.js';
import { AssessmentResult } from './result.js';
import { CliConfig } from './config.js';
import { SurveyMapping } from './mapping.js';
import { CliOutput } from './cli-output.js';

/** The top-level schemas, by the file name under which they are published in `json/`. */
export const SCHEMAS = {
  framework: Framework,
  'cluster-survey': ClusterSurvey,
  'policy-profile': PolicyProfile,
  'assessment-result': AssessmentResult,
  issue: Issue,
  'cli-config': CliConfig,
  'survey-mapping': SurveyMapping,
  'cli-output': CliOutput,
} as const;
