#!/usr/bin/env node
/**
 * npm run bench — prints one performance figure per line. Inputs are generated here from the
 * seeded fixture profiles, so figures are comparable between runs on the same machine.
 */
import { mkdir, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { vcmCluster } from '@clusterlens/models';
import { assess } from '@clusterlens/scoring';
import { readSurveyWorkbook, writeSurveyWorkbook } from '@clusterlens/survey';
import { CLUSTERS } from '../fixtures/generator/clusters.mjs';
import { benchCli } from './bench-cli.mjs';
import { benchRead } from './bench-read.mjs';
import { benchReport } from './bench-report.mjs';
import { benchSensitivity } from './bench-sensitivity.mjs';
import { benchStore } from './bench-store.mjs';
import { benchWeb } from './bench-web.mjs';
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

await benchReport(line, surveys);
const withMembers = assess({ framework: vcmCluster, surveys, engineVersion: 'bench' }, { members: {} });
line('peak RSS of the rendering process', Math.round(process.resourceUsage().maxRSS / 1024), 'MB');
await benchStore(line, TMP, withMembers);
await benchCli(line, TMP);
await benchRead(line, TMP);
benchSensitivity(line);
await benchWeb(line, TMP);
await rm(TMP, { recursive: true, force: true });
