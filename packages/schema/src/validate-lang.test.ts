import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { CliConfig, CliOutput, Issue, LANGS, LocalizedText, validate } from './index.js';

describe('validate: location as data, messages in the reader’s language', () => {
  it('gives each issue the JSON Pointer of the bad value, escaped as RFC 6901 says', () => {
    const checked = validate(Type.Record(Type.String(), Type.Number()), { ok: 1, 'a/b~c': 'x' }, 'table.json');
    // "/" is written ~1 and "~" is written ~0 inside a pointer token.
    expect(checked.issues.map((i) => [i.file, i.path])).toEqual([['table.json', '/a~1b~0c']]);
    expect(validate(Issue, checked.issues[0]).ok).toBe(true);
  });

  it('words messages in Chinese for zh and in English otherwise, naming the same place', () => {
    const bad = { jobs: 0, theme: 'dark' };
    const en = validate(CliConfig, bad, 'c.json');
    const zh = validate(CliConfig, bad, 'c.json', 'zh');
    expect(en.issues.map((i) => [i.path, i.message])).toEqual([
      ['', '(root): unknown property "theme"'],
      ['/jobs', '/jobs: must be >= 1'],
    ]);
    expect(zh.issues.map((i) => [i.path, i.message])).toEqual([
      ['', '(root): 未知属性“theme”'],
      ['/jobs', '/jobs: 应当为 >= 1'],
    ]);
    // A Chinese call leaves later English calls in English (ajv keeps errors on the compiled function).
    expect(validate(CliConfig, bad).issues[1]!.message).toBe('/jobs: must be >= 1');
  });

  it('lists the allowed values of an enum in either language', () => {
    expect(validate(CliConfig, { lang: 'fr' }, undefined, 'zh').issues[0]!.message).toBe('/lang: 应为以下值之一："en", "zh"');
  });

  it('rejects an issue path that is not a JSON Pointer', () => {
    expect(validate(Issue, { severity: 'error', code: 'x', message: 'm', path: 'jobs' }).ok).toBe(false);
    expect(validate(Issue, { severity: 'error', code: 'x', message: 'm', path: '/a~2' }).ok).toBe(false);
    expect(validate(Issue, { severity: 'error', code: 'x', message: 'm', path: '/dimensions/0/weight' }).ok).toBe(true);
  });
});

describe('CliOutput', () => {
  it('takes a result of a known command only, and no result at all when the run stopped', () => {
    const issue = { severity: 'error', code: 'usage', message: 'missing -o' };
    expect(validate(CliOutput, { ok: false, issues: [issue] }).ok).toBe(true);
    expect(validate(CliOutput, { ok: true, result: { command: 'assess', outputs: ['out/results.json'] }, issues: [] }).ok).toBe(true);
    expect(validate(CliOutput, { ok: true, result: { command: 'assess', files: [] }, issues: [] }).ok).toBe(false);
    expect(validate(CliOutput, { ok: true, result: { command: 'score', outputs: [] }, issues: [] }).ok).toBe(false);
    expect(validate(CliOutput, { ok: true, outputs: [], issues: [] }).ok).toBe(false);
  });
});

describe('LocalizedText', () => {
  it('needs a non-empty text in every language of LANGS and no other key', () => {
    expect(LANGS).toEqual(['en', 'zh']);
    expect(validate(LocalizedText, { en: 'Cluster', zh: '集群' }).ok).toBe(true);
    expect(validate(LocalizedText, { en: 'Cluster' }).ok).toBe(false);
    expect(validate(LocalizedText, { en: 'Cluster', zh: '' }).ok).toBe(false);
    expect(validate(LocalizedText, { en: 'Cluster', zh: '集群', fr: 'Grappe' }).ok).toBe(false);
  });
});
