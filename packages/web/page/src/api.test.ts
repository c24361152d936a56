import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from './api.js';
import { PAGE_MESSAGES } from './messages/index.js';

afterEach(() => vi.unstubAllGlobals());

describe('the page’s calls', () => {
  it('show the server’s own message, else say in the page’s language that it was refused, never the English status text', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: { code: 'run_busy', message: '已有评估正在运行' } }), { status: 409 }));
    await expect(api('zh', '/api/uploads/x', { method: 'DELETE' })).rejects.toThrow('已有评估正在运行');
    vi.stubGlobal('fetch', async () => new Response('<html>Payload Too Large</html>', { status: 413, statusText: 'Payload Too Large' }));
    await expect(api('zh', '/api/uploads', { method: 'POST' })).rejects.toThrow(PAGE_MESSAGES.zh.refusedWithout(413));
  });
});
