/**
 * Writes dist/shaped-words.bin (src/kept-shaping.ts): the words shaped while rendering the demo's
 * clusters (fixtures/clusters-small) in both languages — cluster, portfolio and member reports —
 * so a process starts with the words most reports use already shaped.
 * Run by `npm run build`, after tsc.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { miit2022SmeClusters, vcmCluster } from '@clusterlens/models';
import { assess } from '@clusterlens/scoring';
import { readSurveyWorkbook } from '@clusterlens/survey';
import { shapedReportWords } from '../dist/font-cache.js';
import { renderClusterReport, renderMemberReport, renderPortfolioReport } from '../dist/index.js';

const target = new URL('../dist/shaped-words.bin', import.meta.url);
// Only what these reports shape: not also the words a previous build kept.
await rm(target, { force: true });

const fixtures = new URL('../../../fixtures/clusters-small/', import.meta.url);
const surveys = [];
for (const file of (await readdir(fixtures)).filter((name) => name.endsWith('.xlsx')).sort()) {
  const read = await readSurveyWorkbook(await readFile(new URL(file, fixtures)), { file, framework: vcmCluster });
  if (!read.survey) throw new Error(`fixture ${file} does not read: ${read.issues.map((issue) => issue.message).join('; ')}`);
  surveys.push(read.survey);
}
const result = assess({ framework: vcmCluster, surveys, policy: miit2022SmeClusters, engineVersion: 'shaped-words' }, { members: true });
for (const lang of ['en', 'zh']) {
  for (const cluster of result.clusters) {
    await renderClusterReport(result, cluster.id, { lang });
    for (const member of (cluster.members ?? []).slice(0, 2)) await renderMemberReport(result, cluster.id, member.id, { lang });
  }
  await renderPortfolioReport(result, { lang });
}
await writeFile(target, shapedReportWords());
