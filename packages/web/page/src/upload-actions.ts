import type { Dispatch, StateUpdater } from 'preact/hooks';
import { api, postFiles, type UploadRow, type UploadsResponse } from './api.js';
import type { PageLang } from './messages/index.js';

export interface UploadList {
  setUploads: Dispatch<StateUpdater<UploadRow[]>>;
  setError: (message: string | null) => void;
}

/**
 * Adds files to the list as it is when the server answers, not as it was when they were chosen:
 * a second batch may be added, or a file removed, while the first is still being read.
 */
export async function addUploads(lang: PageLang, framework: string, files: readonly File[], list: UploadList): Promise<void> {
  list.setError(null);
  try {
    const added = await postFiles<UploadsResponse>(lang, `/api/uploads?framework=${encodeURIComponent(framework)}`, files);
    list.setUploads((current) => [...current, ...added.uploads]);
  } catch (e) {
    list.setError((e as Error).message);
  }
}

/**
 * Removes one upload, or all of them without an id; the server refuses while a round reads them.
 * The others are listed again as the server now sees them: a note that named the removed file
 * (the same as it, a member it also held) goes with it.
 */
export async function removeUploads(lang: PageLang, framework: string, id: string | undefined, list: UploadList): Promise<void> {
  list.setError(null);
  try {
    await api(lang, id ? `/api/uploads/${id}` : '/api/uploads', { method: 'DELETE' });
    if (!id) return list.setUploads([]);
    list.setUploads((current) => current.filter((u) => u.id !== id));
    const { uploads } = await api<UploadsResponse>(lang, `/api/uploads?framework=${encodeURIComponent(framework)}`);
    list.setUploads(uploads);
  } catch (e) {
    list.setError((e as Error).message);
  }
}
