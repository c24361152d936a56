import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, runCli } from './test-helpers.js';

async function withConfig(config: unknown): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'cl-config-'));
  await writeFile(join(cwd, 'clusterlens.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return cwd;
}

describe('clusterlens.config.json', () => {
  it('sets defaults from the working directory, and flags override them', async () => {
    const cwd = await withConfig({ lang: 'zh', formats: ['json'] });
    const zh = await runCli(['validate', FIXTURE('packaging-valley')], cwd);
    expect(zh.stdout).toContain('已检查 1 个文件');
    const en = await runCli(['validate', FIXTURE('packaging-valley'), '--lang', 'en'], cwd);
    expect(en.stdout).toContain('1 file(s) checked');

    await runCli(['assess', FIXTURE('packaging-valley'), '-o', 'by-config', '-q'], cwd);
    expect(await readdir(join(cwd, 'by-config'))).toEqual(['results.json']);
    await runCli(['assess', FIXTURE('packaging-valley'), '-o', 'by-flag', '--formats', 'pdf', '-q'], cwd);
    expect(await readdir(join(cwd, 'by-flag'))).toEqual(['packaging-valley.pdf']);
  });

  it('takes --config FILE instead of the working directory file', async () => {
    const cwd = await withConfig({ lang: 'zh' });
    await writeFile(join(cwd, 'english.json'), JSON.stringify({ lang: 'en' }));
    const run = await runCli(['validate', FIXTURE('packaging-valley'), '--config', 'english.json'], cwd);
    expect(run.stdout).toContain('1 file(s) checked');
  });

  it.each([
    [{ jobs: 0 }, '/jobs: must be >= 1'],
    [{ lang: 'fr' }, '/lang: must be one of "en", "zh"'],
    [{ theme: 'dark' }, 'unknown property "theme"'],
    ['{ "lang": ', 'is not valid'],
  ])('refuses a bad config %j with exit 2, naming the file and the property', async (config, expected) => {
    const cwd = await withConfig(config);
    const run = await runCli(['validate', FIXTURE('packaging-valley')], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(cwd, 'clusterlens.config.json'));
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a --config file that does not exist with exit 2', async () => {
    const run = await runCli(['validate', FIXTURE('packaging-valley'), '--config', '/nonexistent/cl.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/nonexistent/cl.json');
  });
});
