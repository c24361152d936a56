import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonDocument, runMain, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();

async function withConfig(config: unknown): Promise<string> {
  const cwd = await temp();
  await writeFile(join(cwd, 'clusterlens.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return cwd;
}

describe('clusterlens.config.json', () => {
  it('sets defaults from the working directory, and flags override them', async () => {
    const cwd = await withConfig({ lang: 'zh', formats: ['json'] });
    const zh = await runMain(['validate', SMALL('packaging-valley')], cwd);
    expect(zh.stdout).toContain('已检查 1 个文件');
    const en = await runMain(['validate', SMALL('packaging-valley'), '--lang', 'en'], cwd);
    expect(en.stdout).toContain('1 file(s) checked');

    await runMain(['assess', SMALL('packaging-valley'), '-o', 'by-config', '-q'], cwd);
    expect(await readdir(join(cwd, 'by-config'))).toEqual(['results.json']);
    await runMain(['assess', SMALL('packaging-valley'), '-o', 'by-flag', '--formats', 'csv', '-q'], cwd);
    expect((await readdir(join(cwd, 'by-flag'))).sort()).toEqual(['clusters.csv', 'dimensions.csv', 'indicators.csv', 'issues.csv', 'members.csv']);
  });

  it('takes --config FILE, found from the working directory, instead of the working directory file', async () => {
    const cwd = await withConfig({ lang: 'zh' });
    await writeFile(join(cwd, 'english.json'), JSON.stringify({ lang: 'en' }));
    const run = await runMain(['validate', SMALL('packaging-valley'), '--config', 'english.json'], cwd);
    expect(run.stdout).toContain('1 file(s) checked');
  });

  it.each([
    [{ jobs: 0 }, '/jobs: must be >= 1'],
    [{ lang: 'fr' }, '/lang: must be one of "en", "zh"'],
    [{ theme: 'dark' }, 'unknown property "theme"'],
    ['{ "lang": ', 'is not valid'],
  ])('refuses a bad config %j with exit 2, naming the file and the property', async (config, expected) => {
    const cwd = await withConfig(config);
    const run = await runMain(['validate', SMALL('packaging-valley')], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(cwd, 'clusterlens.config.json'));
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says what is wrong in Chinese for --lang zh, and locates it as data in --json', async () => {
    const cwd = await withConfig({ jobs: 0 });
    const run = await runMain(['validate', SMALL('packaging-valley'), '--lang', 'zh', '--json'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/jobs: 应当为 >= 1');
    const file = join(cwd, 'clusterlens.config.json');
    expect(jsonDocument(run).issues.map((i) => [i.code, i.file, i.path])).toEqual([
      ['schema_violation', file, '/jobs'],
      ['config_invalid', file, undefined],
    ]);
  });

  it('refuses a --config file that does not exist with exit 2', async () => {
    const run = await runMain(['validate', SMALL('packaging-valley'), '--config', '/nonexistent/cl.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/nonexistent/cl.json');
  });
});
