import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { miit2022SmeClusters, vcmCluster } from '@clusterlens/models';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonDocument, runMain, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();

describe('a policy, framework or baseline file the user gives', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await temp();
    // The built-in profile with one target on an indicator the framework lacks.
    const policy = structuredClone(miit2022SmeClusters);
    policy.priorities[0]!.targets[0]!.indicator = 'no_such_indicator';
    await writeFile(join(dir, 'our-policy.json'), JSON.stringify(policy));
    await writeFile(join(dir, 'our-framework.json'), JSON.stringify({ ...vcmCluster, version: 'one' }));
    await writeFile(join(dir, 'bogus.json'), '{"hello": 1}');
  });

  it('names the policy file in every issue of it, not the profile id inside it', async () => {
    const run = await runMain(['assess', SMALL('packaging-valley'), '--policy', 'our-policy.json', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(2);
    const doc = jsonDocument(run);
    const unknown = doc.issues.find((i) => i.code === 'policy_unknown_indicator')!;
    expect(unknown).toMatchObject({ severity: 'error', file: 'our-policy.json', path: '/priorities/0/targets/0/indicator' });
    expect(doc.issues.every((i) => i.file === 'our-policy.json')).toBe(true);
    expect(run.stderr).toContain('The policy profile our-policy.json is not valid');
    expect(run.stderr).not.toContain(`${miit2022SmeClusters.id}.json`);
  });

  it('locates a schema violation of a framework file by file and JSON Pointer, in the user’s language', async () => {
    const en = await runMain(['validate', SMALL('packaging-valley'), '--framework', 'our-framework.json', '--json'], dir);
    expect(en.code).toBe(2);
    const violation = jsonDocument(en).issues[0]!;
    expect(violation).toMatchObject({ code: 'schema_violation', file: 'our-framework.json', path: '/version' });
    expect(violation.message).toMatch(/^\/version: must match pattern/);
    const zh = await runMain(['validate', SMALL('packaging-valley'), '--framework', 'our-framework.json', '--lang', 'zh', '--json'], dir);
    expect(jsonDocument(zh).issues[0]!.message).toMatch(/^\/version: 应当匹配模式/);
    expect(zh.stderr).toContain('评估框架 our-framework.json');
  });

  it('refuses a baseline that is not a results.json, naming it', async () => {
    const run = await runMain(['assess', SMALL('packaging-valley'), '--baseline', 'bogus.json', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(2);
    const doc = jsonDocument(run);
    expect(doc.issues.length).toBeGreaterThan(1);
    expect(doc.issues.every((i) => i.file === 'bogus.json')).toBe(true);
    expect(doc.issues.at(-1)).toMatchObject({ code: 'side_file_invalid' });
  });

  it('reads a JSON file that starts with the byte-order mark Windows Notepad writes', async () => {
    await writeFile(join(dir, 'notepad-policy.json'), `\uFEFF${JSON.stringify(miit2022SmeClusters)}`);
    const run = await runMain(['assess', SMALL('packaging-valley'), '--policy', 'notepad-policy.json', '-o', 'out-bom', '--formats', 'json', '--json'], dir);
    expect([run.code, jsonDocument(run).issues.filter((issue) => issue.severity === 'error')]).toEqual([0, []]);
  });

  it('refuses a side file that is missing or not JSON, naming it', async () => {
    await writeFile(join(dir, 'broken.json'), '{ "priorities": ');
    const broken = await runMain(['assess', SMALL('packaging-valley'), '--policy', 'broken.json', '-o', 'out', '--json'], dir);
    expect(broken.code).toBe(2);
    // `{ "priorities": ` is 16 characters: the value it promises is missing at column 17.
    const where = '“broken.json” is not valid JSON: line 1, column 17: a value was expected.';
    expect(jsonDocument(broken).issues).toEqual([
      expect.objectContaining({ code: 'json_invalid', file: 'broken.json', message: where }),
      expect.objectContaining({ code: 'side_file_invalid', file: 'broken.json', message: 'The policy profile broken.json is not valid; see the issues above.' }),
    ]);
    // On the terminal too: where it breaks, then what it stopped.
    const told = await runMain(['assess', SMALL('packaging-valley'), '--policy', 'broken.json', '-o', 'out'], dir);
    expect(told.stderr.split('\n').slice(0, 2)).toEqual([
      `error: broken.json: ${where} → Correct it in a text editor: JSON puts names and texts in "double quotes" and has no comments and no comma after the last entry.`,
      'The policy profile broken.json is not valid; see the issues above.',
    ]);
    const missing = await runMain(['assess', SMALL('packaging-valley'), '--baseline', 'gone.json', '-o', 'out', '--json'], dir);
    expect(jsonDocument(missing).issues).toEqual([expect.objectContaining({ code: 'file_unreadable', file: 'gone.json' })]);
  });
});
