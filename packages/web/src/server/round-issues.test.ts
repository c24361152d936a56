import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '@clusterlens/schema';
import { MESSAGES } from '../messages/index.js';
import { RunDetail, RunList, SideFiles, UploadsResponse } from '../schema/views.js';
import { HOST, ORIGIN, multipart, testApp } from './test-app.js';

const headers = { host: HOST, origin: ORIGIN };
type App = Awaited<ReturnType<typeof testApp>>;

/** Starts a round, waits for its end (its events end with `done`) and gives its detail in `lang`. */
async function runRound(t: App, payload: object, lang = 'en') {
  const res = await t.app.inject({ method: 'POST', url: '/api/runs', headers: { ...headers, 'x-clusterlens-lang': lang }, payload });
  if (res.statusCode !== 202) return { res, detail: undefined };
  const { id } = res.json();
  await t.app.inject({ url: `/api/runs/${id}/events`, headers });
  return { res, id: id as string, detail: (await t.app.inject({ url: `/api/runs/${id}`, headers: { ...headers, 'x-clusterlens-lang': lang } })).json() as RunDetail };
}

const upload = (t: App, files: { name: string; data: string }[], lang = 'en') => {
  const body = multipart(files);
  return t.app.inject({ method: 'POST', url: '/api/uploads', payload: body.payload, headers: { ...body.headers, 'x-clusterlens-lang': lang } });
};

describe('the rounds of the server’s lifetime', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp();
    await upload(t, [{ name: 'a.xlsx', data: 'PK a' }]);
  });
  afterAll(() => t.close());

  it('are listed oldest first with their status, so a reloaded page finds its round again', async () => {
    expect((await t.app.inject({ url: '/api/runs', headers })).json()).toEqual({ runs: [] });
    const first = await runRound(t, {});
    const second = await runRound(t, {});
    const list = (await t.app.inject({ url: '/api/runs', headers })).json();
    expect(validate(RunList, list).issues).toEqual([]);
    expect(list.runs.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      [first.id, 'done'],
      [second.id, 'done'],
    ]);
    // Its progress again, in full, to a page that connects after the end.
    const again = await t.app.inject({ url: `/api/runs/${second.id}/events`, headers });
    expect(again.body).toContain('"text":"reading a.xlsx"');
    expect(again.body.trim().endsWith('{"type":"done","ok":true}')).toBe(true);
  });
});

describe('the files a round leaves out', () => {
  let t: App;
  let detail: RunDetail;
  beforeAll(async () => {
    t = await testApp();
    await upload(t, [{ name: 'a.xlsx', data: 'PK same' }, { name: 'notes.txt', data: 'hello' }, { name: 'copy.xlsx', data: 'PK same' }, { name: 'a.xlsx', data: 'PK other' }]);
    detail = (await runRound(t, {})).detail!;
  });
  afterAll(() => t.close());

  it('lists the same file added twice as left out, and a second file of one name under a numbered name', async () => {
    const { uploads } = (await t.app.inject({ url: '/api/uploads', headers })).json() as UploadsResponse;
    expect(uploads.map((u) => [u.name, u.duplicateOf])).toEqual([
      ['a.xlsx', undefined],
      ['notes.txt', undefined],
      ['copy.xlsx', 'a.xlsx'],
      ['a (2).xlsx', undefined],
    ]);
    expect(uploads[2]!.issues[0]).toEqual({ severity: 'warning', code: 'upload_duplicate', file: 'copy.xlsx', ...MESSAGES.en.duplicateUpload('copy.xlsx', 'a.xlsx') });
    expect(uploads[3]!.issues[0]).toMatchObject({ severity: 'info', code: 'upload_renamed', message: MESSAGES.en.renamedUpload('a.xlsx', 'a (2).xlsx').message });
    expect(t.calls.assess.at(-1)!.files.map((f) => f.name)).toEqual(['a.xlsx', 'a (2).xlsx']);
  });

  it('names each of them, and why, among the round’s issues and in its progress', () => {
    expect(validate(RunDetail, detail).issues).toEqual([]);
    const leftOut = { severity: 'error', code: 'upload_left_out', file: 'notes.txt', ...MESSAGES.en.leftOut('notes.txt', 'notes.txt is not a workbook'), lang: 'en' };
    const duplicate = { severity: 'warning', code: 'upload_duplicate', file: 'copy.xlsx', ...MESSAGES.en.duplicateUpload('copy.xlsx', 'a.xlsx'), lang: 'en' };
    expect(detail.issues.slice(0, 2)).toEqual([leftOut, duplicate]);
    expect(detail.lines.slice(0, 2)).toEqual([
      { text: leftOut.message, lang: 'en' },
      { text: duplicate.message, lang: 'en' },
    ]);
  });

  it('words them again in the language a later page asks for', async () => {
    const zh = (await t.app.inject({ url: `/api/runs/${detail.id}`, headers: { ...headers, 'x-clusterlens-lang': 'zh' } })).json() as RunDetail;
    expect(zh.issues[1]!.message).toBe(MESSAGES.zh.duplicateUpload('copy.xlsx', 'a.xlsx').message);
    expect(zh.lines[0]).toEqual({ text: MESSAGES.zh.leftOut('notes.txt', 'notes.txt is not a workbook').message, lang: 'zh' });
    const events = await t.app.inject({ url: `/api/runs/${detail.id}/events?lang=zh`, headers });
    expect(events.body).toContain(JSON.stringify({ text: MESSAGES.zh.duplicateUpload('copy.xlsx', 'a.xlsx').message, lang: 'zh' }));
  });
});

describe('problems between the uploads, before any round', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp();
    // b repeats the members of a; c is a's exact copy, which the page tells itself and leaves out of the check.
    await upload(t, [{ name: 'a.xlsx', data: 'PK SAME a' }, { name: 'other.xlsx', data: 'PK other' }, { name: 'c.xlsx', data: 'PK SAME a' }]);
    await upload(t, [{ name: 'b.xlsx', data: 'PK SAME b' }]);
  });
  afterAll(() => t.close());

  it('are listed at the later file, which is then not ok, in the language asked for', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { uploads } = (await t.app.inject({ url: '/api/uploads', headers: { ...headers, 'x-clusterlens-lang': lang } })).json() as UploadsResponse;
      expect(uploads.map((u) => [u.name, u.ok, u.issues.map((i) => i.code)])).toEqual([
        ['a.xlsx', true, []],
        ['other.xlsx', true, []],
        ['c.xlsx', true, ['upload_duplicate']],
        ['b.xlsx', false, ['merge_file_repeated']],
      ]);
      // Nothing to mark in b itself: its problem is between files, so no annotated copy is offered.
      expect(uploads.map((u) => u.annotated)).toEqual([false, false, false, false]);
      expect(uploads[3]!.issues[0]!.message).toBe(lang === 'zh' ? 'b.xlsx 重复了 a.xlsx 的全部填报主体' : 'every member of b.xlsx is already in a.xlsx');
    }
    expect(t.calls.between.at(-1)).toEqual(['a.xlsx', 'other.xlsx', 'b.xlsx']);
  });

  it('go with the file they name when it is removed', async () => {
    const { uploads } = (await t.app.inject({ url: '/api/uploads', headers })).json() as UploadsResponse;
    await t.app.inject({ method: 'DELETE', url: `/api/uploads/${uploads[0]!.id}`, headers });
    const after = (await t.app.inject({ url: '/api/uploads', headers })).json() as UploadsResponse;
    // c, no longer a copy of anything here, is now the first of the two that share their members.
    expect(after.uploads.map((u) => [u.name, u.ok, u.issues.map((i) => i.code)])).toEqual([
      ['other.xlsx', true, []],
      ['c.xlsx', true, []],
      ['b.xlsx', false, ['merge_file_repeated']],
    ]);
  });
});

describe('the baseline of a round', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp();
    await upload(t, [{ name: 'a.xlsx', data: 'PK' }]);
  });
  afterAll(() => t.close());
  const addBaseline = (name: string, data: string) => t.app.inject({ method: 'POST', url: '/api/side/baseline', ...multipart([{ name, data }]) });

  it('refuses a comparison with an earlier results.json when none is loaded, in the page’s language', async () => {
    const { res } = await runRound(t, { baseline: true }, 'zh');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'baseline_missing', message: MESSAGES.zh.baselineMissing });
    expect(t.calls.assess).toHaveLength(0);
  });

  it('says what to do on the page when it is from the same year, never a command-line option, and compares all the same when asked', async () => {
    const added = await addBaseline('2025.json', JSON.stringify({ tag: 'SAME-YEAR', clusters: [{ surveyYear: 2025 }] }));
    expect(validate(SideFiles, { side: added.json().side, refused: added.json().refused }).issues).toEqual([]);
    expect(added.json().side.baseline).toBe('2025.json');
    const { detail } = await runRound(t, { baseline: true });
    expect(detail!.status).toBe('failed');
    const stop = MESSAGES.en.baselineNotEarlier('2025.json', '2025');
    expect(detail!.issues.at(-1)).toEqual({ severity: 'error', code: 'baseline_not_earlier', file: '2025.json', ...stop, lang: 'en' });
    expect(detail!.lines.at(-1)).toEqual({ text: MESSAGES.en.runFailed(stop.message), lang: 'en' });
    expect(JSON.stringify(detail)).not.toContain('--');
    const forced = await runRound(t, { baseline: true, forceBaseline: true });
    expect(t.calls.assess.at(-1)).toMatchObject({ forceBaseline: true });
    expect(forced.detail!.status).toBe('done');
  });
});

describe('advice on the page', () => {
  let t: App;
  beforeAll(async () => (t = await testApp()));
  afterAll(() => t.close());

  it('replaces a reader’s advice that is a command-line option with something to do on the page', async () => {
    const res = await upload(t, [{ name: 'odd.dat', data: 'UNKNOWN format' }], 'zh');
    const [issue] = res.json().uploads[0].issues;
    expect(issue).toMatchObject({ code: 'unknown_format', suggestion: MESSAGES.zh.advice.unknown_format });
    for (const lang of ['en', 'zh'] as const) for (const advice of Object.values(MESSAGES[lang].advice)) expect(advice).not.toMatch(/--|clusterlens /u);
  });

  it('points to the page’s own template where a reader’s advice names the template command', async () => {
    const res = await upload(t, [{ name: 'no-sheet.xlsx', data: 'NOSHEET' }]);
    expect(res.json().uploads[0].issues[0].suggestion).toBe('Start again from a fresh template (“1. Survey template” on this page).');
  });

  it('never words its own texts with a command-line option', () => {
    const texts = (c: unknown): string[] => (typeof c === 'string' ? [c] : typeof c === 'function' ? [] : Object.values(c as object).flatMap(texts));
    for (const lang of ['en', 'zh'] as const) {
      const { listening: _l, tokenNote: _t, ...shown } = MESSAGES[lang];
      const worded = [...texts(shown), ...Object.values(shown).filter((v) => typeof v === 'function').flatMap((f) => texts((f as (...a: string[]) => unknown)('x', 'y')))];
      expect(worded.filter((w) => /--[a-z]/u.test(w))).toEqual([]);
    }
  });
});

describe('a bug in a round', () => {
  let t: App;
  beforeAll(async () => {
    t = await testApp();
    await upload(t, [{ name: 'a.xlsx', data: 'PK' }]);
  });
  afterAll(() => t.close());

  it('is told as one in the page’s language, without its message, stack or the server’s paths', async () => {
    const root = t.session.root;
    t.toolkit.assess = async () => {
      throw new Error(`ENOENT: ${root}/runs/x/out/results.json`);
    };
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stderr.write;
    let detail: RunDetail | undefined;
    try {
      detail = (await runRound(t, {}, 'zh')).detail;
    } finally {
      process.stderr.write = write;
    }
    expect(detail!.status).toBe('failed');
    expect(detail!.lines.at(-1)).toEqual({ text: MESSAGES.zh.internal, lang: 'zh' });
    expect(JSON.stringify(detail)).not.toContain(root);
    expect(lines.join('')).toContain('ENOENT');
  });
});

describe('the problems of a round on a page in another language than the report’s', () => {
  let t: App;
  let id: string;
  beforeAll(async () => {
    t = await testApp();
    await upload(t, [{ name: 'staff.xlsx', data: 'PK WARN' }]);
    // The page is in English, the report in Chinese.
    id = (await runRound(t, { lang: 'zh' }, 'en')).id!;
  });
  afterAll(() => t.close());

  const detailIn = async (lang: string) => (await t.app.inject({ url: `/api/runs/${id}?lang=${lang}`, headers })).json() as RunDetail;

  it('shows what reading a file found in the page’s language, and the round’s own problems in the report’s, each saying which', async () => {
    const en = await detailIn('en');
    expect(validate(RunDetail, en).issues).toEqual([]);
    expect(en.issues.map((i) => [i.code, i.cell, i.message, i.lang])).toEqual([
      ['value_out_of_range', 'D7', 'employees 9999 in staff.xlsx is outside 1–5000', 'en'],
      ['value_out_of_range', 'C5', '研发占比 250 超出 0–100', 'zh'],
    ]);
    expect(en.issues[0]).toMatchObject({ file: 'staff.xlsx', sheet: 'Responses', question: 'employees', severity: 'warning' });
    // Its progress too: the line the toolkit printed for the reader's problem, printed again in the page's language; the round's own stays the report's.
    expect(en.lines).toContainEqual({ text: 'warning: staff.xlsx › Responses › D7: employees 9999 in staff.xlsx is outside 1–5000', lang: 'en' });
    expect(en.lines).toContainEqual({ text: 'staff.xlsx › Responses › C5: 研发占比 250 超出 0–100', lang: 'zh' });
    const events = await t.app.inject({ url: `/api/runs/${id}/events?lang=en`, headers });
    expect(events.body).toContain('"line":{"text":"warning: staff.xlsx › Responses › D7: employees 9999 in staff.xlsx is outside 1–5000","lang":"en"}');
  });

  it('shows them as the report words them on a page in the report’s language', async () => {
    const zh = await detailIn('zh');
    expect(zh.issues.map((i) => [i.cell, i.message, i.lang])).toEqual([
      ['D7', 'staff.xlsx 中员工人数 9999 超出 1–5000', 'zh'],
      ['C5', '研发占比 250 超出 0–100', 'zh'],
    ]);
    expect(zh.lines).toContainEqual({ text: '警告: staff.xlsx › Responses › D7: staff.xlsx 中员工人数 9999 超出 1–5000', lang: 'zh' });
  });
});

describe('the problems between the files of a round, on a page in another language than the report’s', () => {
  let t: App;
  let id: string;
  beforeAll(async () => {
    t = await testApp();
    // b repeats the members of a: the round finds it again, worded in the report's language, Chinese.
    await upload(t, [{ name: 'a.xlsx', data: 'PK SAME a' }, { name: 'b.xlsx', data: 'PK SAME b' }]);
    id = (await runRound(t, { lang: 'zh' }, 'en')).id!;
  });
  afterAll(() => t.close());

  const detailIn = async (lang: string) => (await t.app.inject({ url: `/api/runs/${id}?lang=${lang}`, headers })).json() as RunDetail;

  it('shows them in the page’s language, as the check between the uploads words them, in the issues and in the progress', async () => {
    const en = await detailIn('en');
    expect(validate(RunDetail, en).issues).toEqual([]);
    expect(en.issues.filter((i) => i.code === 'merge_file_repeated').map((i) => [i.file, i.message, i.lang])).toEqual([['b.xlsx', 'every member of b.xlsx is already in a.xlsx', 'en']]);
    expect(en.lines.filter((line) => line.text.includes('every member of b.xlsx is already in a.xlsx')).map((line) => line.lang)).toEqual(['en']);
    const zh = await detailIn('zh');
    expect(zh.issues.filter((i) => i.code === 'merge_file_repeated').map((i) => [i.message, i.lang])).toEqual([['b.xlsx 重复了 a.xlsx 的全部填报主体', 'zh']]);
    // Scoring's own problems stay in the report's language, marked so.
    expect(en.issues.find((i) => i.code === 'value_out_of_range')).toMatchObject({ message: '研发占比 250 超出 0–100', lang: 'zh' });
  });
});
