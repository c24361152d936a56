import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UploadRow } from './api.js';
import { addUploads, removeUploads, type UploadList } from './upload-actions.js';

afterEach(() => vi.unstubAllGlobals());

const row = (id: string): UploadRow => ({ id, name: `${id}.xlsx`, size: 10, survey: true, ok: true, issues: [], annotated: false });
const reply = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status });

/** The page's upload list, with the updates applied to the list as it stands at each moment. */
function pageList(initial: UploadRow[]) {
  const state = { uploads: initial, errors: [] as (string | null)[] };
  const list: UploadList = {
    setUploads: (next) => (state.uploads = typeof next === 'function' ? next(state.uploads) : next),
    setError: (message) => state.errors.push(message),
  };
  return { state, list };
}

describe('the upload list', () => {
  it('keeps files added while an earlier batch was being read', async () => {
    const { state, list } = pageList([row('a')]);
    let answer!: () => void;
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (answer = () => resolve(new Response(JSON.stringify({ uploads: [row('b')] }), { status: 200 })))));
    const first = addUploads('en', 'vcm-cluster', [], list);
    // A second batch lands before the first is answered.
    state.uploads = [...state.uploads, row('c')];
    answer();
    await first;
    expect(state.uploads.map((u) => u.id)).toEqual(['a', 'c', 'b']);
  });

  it('shows the server’s refusal to remove a file during a run, and keeps the file', async () => {
    const { state, list } = pageList([row('a')]);
    vi.stubGlobal('fetch', reply(409, { error: { code: 'run_busy', message: 'An assessment is already running; wait until it has finished.' } }));
    await expect(removeUploads('en', 'vcm-cluster', 'a', list)).resolves.toBeUndefined();
    expect(state.errors.at(-1)).toBe('An assessment is already running; wait until it has finished.');
    expect(state.uploads.map((u) => u.id)).toEqual(['a']);
    vi.stubGlobal('fetch', reply(200, { removed: true }));
    await removeUploads('en', 'vcm-cluster', undefined, list);
    expect(state.uploads).toEqual([]);
    expect(state.errors.at(-1)).toBeNull();
  });

  it('lists the others again after a removal, as the server now reads them', async () => {
    // b was a copy of a: its note goes with a.
    const { state, list } = pageList([row('a'), { ...row('b'), issues: [{ severity: 'warning', code: 'upload_duplicate', file: 'b.xlsx', message: 'the same as a.xlsx' }] }]);
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      asked.push(`${init?.method ?? 'GET'} ${url}`);
      return new Response(JSON.stringify(init?.method === 'DELETE' ? { removed: true } : { uploads: [row('b')] }), { status: 200 });
    });
    await removeUploads('en', 'vcm-cluster', 'a', list);
    expect(asked).toEqual(['DELETE /api/uploads/a', 'GET /api/uploads?framework=vcm-cluster']);
    expect(state.uploads).toEqual([row('b')]);
  });
});
