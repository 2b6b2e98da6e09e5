/**
 * Serves the bench's article pages from 127.0.0.1. The policy header blocks the pages' own scripts and every
 * outside request (the saved publisher pages name trackers and CDNs): what runs on the page's main thread is the
 * extension's content script alone, and no load waits on a network that is not there. Content scripts are not
 * bound by the page's policy.
 */
import { createServer } from 'node:http';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

export async function servePages(pages: ReadonlyMap<string, string>): Promise<PageServer> {
  const server = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (html === undefined) response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': POLICY }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('page server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
