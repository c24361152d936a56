import type { FastifyReply } from 'fastify';

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.zip': 'application/zip',
};

/**
 * Sends bytes as a file to save, never as something the browser shows in the page: an
 * attachment, sandboxed, with the name in RFC 5987 form (Chinese names survive).
 */
export function sendFile(reply: FastifyReply, name: string, data: Uint8Array | string): FastifyReply {
  const ext = /\.[a-z]+$/iu.exec(name)?.[0]?.toLowerCase() ?? '';
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/gu, '_');
  return reply
    .header('content-type', TYPES[ext] ?? 'application/octet-stream')
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'no-store')
    .send(Buffer.from(data));
}
