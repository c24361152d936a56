#!/usr/bin/env node
/**
 * npm run bench — prints one performance figure per line. Inputs are generated here from the
 * seeded fixture profiles, so figures are comparable between runs on the same machine.
 */
import { mkdir, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { vcmCluster } from '@clusterlens/models';
import { renderClusterReport, renderMemberReport } from '@clusterlens/report';
import { assess } from '@clusterlens/scoring';
import { readSurveyWorkbook, writeSurveyWorkbook } from '@clusterlens/survey';
import { CLUSTERS } from '../fixtures/generator/clusters.mjs';
import { benchCli } from './bench-cli.mjs';
import { benchRead } from './bench-read.mjs';
import { benchSensitivity } from './bench-sensitivity.mjs';
import { benchStore } from './bench-store.mjs';
import { drawRespondent } from '../fixtures/generator/draw.mjs';
import { createRandom } from '../fixtures/generator/random.mjs';

const TMP = new URL('../bench-tmp/', import.meta.url);

function line(label, value, unit) {
  process.stdout.write(`${label.padEnd(48)} ${value}${unit ? ` ${unit}` : ''}\n`);
}

async function time(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function workbook(profile, rows) {
  const random = createRandom(profile.seed);
  const respondents = Array.from({ length: rows }, (_, i) => drawRespondent(profile, i, random, vcmCluster));
  return writeSurveyWorkbook({ framework: vcmCluster, lang: 'en', cluster: profile.cluster, respondents, regional: profile.regional });
}

await mkdir(TMP, { recursive: true });

const surveys = [];
for (const profile of CLUSTERS) {
  const data = await workbook(profile, profile.respondents);
  surveys.push((await readSurveyWorkbook(data, { file: `${profile.cluster.id}.xlsx` })).survey);
}
const scored = await time(() => assess({ framework: vcmCluster, surveys, engineVersion: 'bench' }));
line(`assess ${surveys.length} clusters (${surveys.reduce((n, s) => n + s.respondents.length, 0)} members)`, scored.ms.toFixed(1), 'ms');

for (const lang of ['en', 'zh']) {
  await renderClusterReport(scored.value, surveys[0].cluster.id, { lang }); // warm the font cache
  const runs = 5;
  const rendered = await time(async () => {
    for (let i = 0; i < runs; i += 1) await renderClusterReport(scored.value, surveys[i % surveys.length].cluster.id, { lang });
  });
  line(`cluster report PDF (${lang})`, (rendered.ms / runs).toFixed(0), 'ms each');
}
// Member feedback reports (budget: ≤ 100 ms each in one process), over up to 50 members.
const withMembers = assess({ framework: vcmCluster, surveys, engineVersion: 'bench' }, { members: {} });
const memberCluster = withMembers.clusters[0];
const memberIds = (memberCluster?.members ?? []).slice(0, 50).map((m) => m.id);
for (const lang of memberIds.length > 0 ? ['en', 'zh'] : []) {
  await renderMemberReport(withMembers, memberCluster.id, memberIds[0], { lang }); // warm the font cache
  const members = await time(async () => {
    for (const id of memberIds) await renderMemberReport(withMembers, memberCluster.id, id, { lang });
  });
  line(`member report PDF (${lang}, ${memberIds.length} members)`, (members.ms / memberIds.length).toFixed(0), 'ms each');
}
line('peak RSS of the rendering process', Math.round(process.resourceUsage().maxRSS / 1024), 'MB');
await benchStore(line, TMP, withMembers);
await benchCli(line, TMP);
await benchRead(line, TMP);
benchSensitivity(line);
await rm(TMP, { recursive: true, force: true });
