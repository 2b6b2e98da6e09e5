/**
 * A real HTTP server on 127.0.0.1 for feed tests. Each path answers as its route says: a body with an ETag
 * (304 when the request's If-None-Match matches it), an error status, or nothing registered (404). Every
 * request is recorded with its conditional headers. `{{origin}}` in a body becomes the server's origin.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

export interface Route {
  status?: number;
  body?: string;
  contentType?: string;
  etag?: string;
  lastModified?: string;
}

export interface SeenRequest {
  path: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  cookie?: string;
}

export interface FeedServer {
  origin: string;
  routes: Map<string, Route>;
  requests: SeenRequest[];
  url(path: string): string;
  close(): Promise<void>;
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: SeenRequest[] = [];
  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const header = (name: string) => (request.headers[name] as string | undefined) ?? undefined;
    requests.push({ path, ifNoneMatch: header('if-none-match'), ifModifiedSince: header('if-modified-since'), cookie: header('cookie') });
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const validators = { ...(route.etag && { etag: route.etag }), ...(route.lastModified && { 'last-modified': route.lastModified }) };
    const fresh = route.etag !== undefined && request.headers['if-none-match'] === route.etag;
    const unmodified = route.etag === undefined && route.lastModified !== undefined && request.headers['if-modified-since'] === route.lastModified;
    if ((route.status ?? 200) === 200 && (fresh || unmodified)) {
      response.writeHead(304, validators).end();
      return;
    }
    response.writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8', ...validators });
    response.end((route.body ?? '').replaceAll('{{origin}}', origin));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    routes,
    requests,
    url: (path) => origin + path,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An address nothing listens on: a port that was just free. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/feed.xml`;
}
