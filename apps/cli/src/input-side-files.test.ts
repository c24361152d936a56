import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { vcmCluster } from '@clusterlens/models';
import { describe, expect, it } from 'vitest';
import { ExitError } from './exit.js';
import { nearestKey, readClusterFile, readRegionalFile } from './input-side-files.js';
import { tempFolders } from './test-helpers.js';

const temp = tempFolders();

async function fileWith(json: unknown): Promise<{ cwd: string; path: string }> {
  const cwd = await temp();
  await writeFile(join(cwd, 'side.json'), JSON.stringify(json));
  return { cwd, path: 'side.json' };
}

/** The ExitError `read` throws. */
async function stop(read: Promise<unknown>): Promise<ExitError> {
  const error = await read.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ExitError)) throw new Error(`expected an ExitError, got ${String(error)}`);
  return error;
}

const zhili = { id: 'zhili-kidswear', name: { en: 'Z', zh: '织' }, region: 'Z', surveyYear: 2025 };

describe('nearestKey', () => {
  it('finds misspellings and the template’s spelling of a key, and nothing far off', () => {
    const keys = ['id', 'name', 'region', 'regionZh', 'industryCode', 'peerGroup', 'surveyYear', 'currency', 'population', 'contacts'];
    // populaton: one letter left out; popluation: two letters swapped, one edit.
    expect(['populaton', 'popluation', 'cluster_id', 'survey_year', 'cluster_survey_year', 'industry_code', 'name_en'].map((key) => nearestKey(key, keys))).toEqual([
      'population',
      'population',
      'id',
      'surveyYear',
      'surveyYear',
      'industryCode',
      'name',
    ]);
    expect(['members', 'x', 'year'].map((key) => nearestKey(key, keys))).toEqual([undefined, undefined, undefined]);
  });
});

describe('readClusterFile', () => {
  it('takes a file of cluster metadata as it is', async () => {
    const { cwd, path } = await fileWith({ ...zhili, population: 17 });
    expect(await readClusterFile(path, { cwd, lang: 'en' })).toEqual({ ...zhili, population: 17 });
  });

  it('takes a name in one language, which the survey then uses for both, as a Cluster sheet does', async () => {
    const { cwd, path } = await fileWith({ ...zhili, name: { en: 'Zhili' } });
    expect(await readClusterFile(path, { cwd, lang: 'en' })).toEqual({ ...zhili, name: { en: 'Zhili' } });
  });

  it('refuses unknown keys, naming the one meant, and values of the wrong type, each at its key', async () => {
    const { cwd, path } = await fileWith({ ...zhili, populaton: 17, survey_year: 2025, surveyYear: '2025' });
    const error = await stop(readClusterFile(path, { cwd, lang: 'en' }));
    expect(error.code).toBe(2);
    expect(error.message).toBe('The cluster file side.json cannot be used; see the issues above.');
    expect(error.detail.issues?.map((issue) => [issue.severity, issue.code, issue.file, issue.path, issue.message])).toEqual([
      ['error', 'cluster_key_unknown', 'side.json', '/populaton', '"populaton" is not a key of cluster metadata; did you mean "population"?'],
      ['error', 'cluster_key_unknown', 'side.json', '/survey_year', '"survey_year" is not a key of cluster metadata; did you mean "surveyYear"?'],
      ['error', 'schema_violation', 'side.json', '/surveyYear', '/surveyYear: must be integer'],
    ]);
    expect(error.detail.issues?.[0]?.suggestion).toBe('Use the keys of cluster metadata: id, name, region, regionZh, industryCode, peerGroup, surveyYear, currency, population, contacts.');
    const zh = await stop(readClusterFile(path, { cwd, lang: 'zh' }));
    expect(zh.detail.issues?.[1]?.message).toBe('“survey_year”不是产业集群信息的键；是否要写“surveyYear”？');
  });

  it('refuses a file that is not an object', async () => {
    const { cwd, path } = await fileWith(['zhili-kidswear']);
    const error = await stop(readClusterFile(path, { cwd, lang: 'en' }));
    expect(error.detail.issues?.map((issue) => [issue.code, issue.path])).toEqual([['schema_violation', '']]);
  });
});

describe('readRegionalFile', () => {
  it('leaves out, with a warning at the key, a key that is no Regional statistic of the framework', async () => {
    const { cwd, path } = await fileWith({ cluster_employment: 2000, region_employmnet: 100000 });
    const { values, issues } = await readRegionalFile(path, vcmCluster, { cwd, lang: 'en' });
    expect(values).toEqual({ cluster_employment: 2000 });
    expect(issues.map((issue) => [issue.severity, issue.code, issue.file, issue.path, issue.message])).toEqual([
      ['warning', 'regional_key_unknown', 'side.json', '/region_employmnet', '"region_employmnet" is not a Regional statistic of the framework vcm-cluster, so it is not used; did you mean "region_employment"?'],
    ]);
  });

  it('still refuses a value that is not a number, naming the key', async () => {
    const { cwd, path } = await fileWith({ cluster_employment: 'many' });
    const error = await stop(readRegionalFile(path, vcmCluster, { cwd, lang: 'en' }));
    expect([error.code, error.detail.issue, error.detail.path]).toEqual([2, 'regional_invalid', '/cluster_employment']);
  });
});
