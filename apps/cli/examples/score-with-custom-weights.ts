/**
 * Use ClusterLens from code: load survey workbooks, score them with custom weights, write JSON.
 * Only the packages' public exports are used. Type-checked by `npm run lint` and run by
 * src/examples.test.ts.
 *
 *   npx tsx apps/cli/examples/score-with-custom-weights.ts out.json fixtures/clusters/*.xlsx
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vcmCluster } from '@clusterlens/models';
import type { AssessmentResult, ClusterSurvey, Framework, Issue } from '@clusterlens/schema';
import { assess, checkFramework } from '@clusterlens/scoring';
import { readSurveyWorkbook } from '@clusterlens/survey';

/** A copy of `framework` whose index components get new weights, by dimension id; others keep theirs. */
export function withDimensionWeights(framework: Framework, weights: Record<string, number>): Framework {
  return {
    ...framework,
    indices: framework.indices.map((index) => ({
      ...index,
      components: index.components.map((c) => ({ ...c, weight: weights[c.dimension] ?? c.weight })),
    })),
  };
}

/** Reads each workbook, scores all clusters together with the re-weighted framework, writes `out`. */
export async function scoreWithCustomWeights(workbooks: string[], out: string, weights: Record<string, number>): Promise<AssessmentResult> {
  const framework = withDimensionWeights(vcmCluster, weights);
  const problems = checkFramework(framework).filter((issue) => issue.severity === 'error');
  if (problems.length > 0) throw new Error(problems.map((issue) => issue.message).join('\n'));

  const surveys: ClusterSurvey[] = [];
  const issues: Issue[] = [];
  for (const path of workbooks) {
    // Bad cells come back as issues with file, sheet and cell; they never throw.
    const read = await readSurveyWorkbook(await readFile(path), { file: basename(path), framework });
    issues.push(...read.issues);
    if (read.survey) surveys.push(read.survey);
  }
  const result = assess({ framework, surveys, issues, engineVersion: 'example' });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

// Innovation spillover (D4) counts double in the competitiveness index.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [out, ...workbooks] = process.argv.slice(2);
  if (!out || workbooks.length === 0) throw new Error('usage: score-with-custom-weights OUT.json WORKBOOK.xlsx...');
  const result = await scoreWithCustomWeights(workbooks, out, { D4: 2 });
  for (const cluster of result.clusters) {
    const index = cluster.indices.find((i) => i.id === 'competitiveness');
    console.log(`${cluster.id}: ${index?.score?.toFixed(1) ?? 'not scored'} (rank ${index?.rank ?? '–'})`);
  }
}
