import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

/**
 * Serves the built page from memory: the files of dist/page are read once at start and each is
 * answered only at its own exact address, so no request path ever reaches the file system.
 */
export async function pageRoutes(app: FastifyInstance, dir: string): Promise<void> {
  const files = new Map<string, { type: string; data: Buffer }>();
  for (const path of await listFiles(dir)) {
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    const ext = /\.[a-z0-9]+$/iu.exec(path)?.[0] ?? '';
    files.set(url, { type: TYPES[ext] ?? 'application/octet-stream', data: await readFile(path) });
  }
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  for (const [url, file] of files) {
    app.get(url, (_request, reply) => {
      const cache = url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
      return reply.header('content-type', file.type).header('cache-control', cache).send(file.data);
    });
  }
}
