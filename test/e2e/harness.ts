/**
 * End-to-end harness: builds the extension, starts real headless Chromium with it loaded unpacked, and serves
 * test pages from 127.0.0.1. One Chromium per test file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { PopupTarget } from './popup-target';
import { extensionArgs, installedOptionsPage } from '../../scripts/extension-page';

export const chromiumPath = '/usr/bin/chromium';
export const root = new URL('../../', import.meta.url).pathname;
export const fixtures = join(root, 'test/fixtures/e2e');
export const artifacts = join(root, 'test-artifacts');

/**
 * Without Chromium the e2e tests skip on a developer machine but fail in CI (CI=true), where a silent skip
 * would pass a build whose extension was never run.
 */
export const skipE2e = !existsSync(chromiumPath) && process.env.CI !== 'true';

export function requireChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`End-to-end tests need Chromium at ${chromiumPath} (Debian: apt-get install chromium); it is missing.`);
  }
}

/** A fresh build of the current sources, private to this test file (files run in parallel). */
export function buildExtension(): string {
  const out = mkdtempSync(join(tmpdir(), 'wiretrace-build-'));
  execFileSync(process.execPath, ['build.mjs', 'extension', `--outdir=${out}`], { cwd: root, stdio: 'pipe' });
  return join(out, 'chrome');
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** The options page the extension opened at install (the capture offer); launch waits for it. */
  installed: Page;
  worker: () => Promise<Worker>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /** More Chromium flags, e.g. `--host-resolver-rules=MAP www.reuters.com 127.0.0.1:<port>` to serve a site's pages locally. */
  args?: string[];
}

export async function launch(extensionDir: string, options: LaunchOptions = {}): Promise<Session> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'wiretrace-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', '--disable-gpu', ...extensionArgs(extensionDir), ...(options.args ?? [])],
  });
  /** The running service worker; after a stop, the next event wakes a new one. */
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().endsWith('/background.js')) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith('/background.js') }));
  const extensionId = new URL((await worker()).url()).host;
  const installed = await installedOptionsPage(context, extensionId);
  return {
    context,
    extensionId,
    installed,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(join(extensionDir, '..'), { recursive: true, force: true });
    },
  };
}

export interface TestServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `routes` (path → HTML) on 127.0.0.1 at a free port. */
export async function serve(routes: Record<string, string | (() => string)>): Promise<TestServer> {
  const server: Server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(typeof route === 'function' ? route() : route);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The options page in a new tab. */
export async function openOptions(session: Session): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  return options;
}

/** Imports corpus files through the options page's file input and waits until the count shows `expected`. */
export async function importCorpus(session: Session, files: string[], expected: number): Promise<Page> {
  const options = await openOptions(session);
  await options.getByTestId('import-file').setInputFiles(files);
  await options.getByTestId('corpus-count').filter({ hasText: String(expected) }).waitFor({ timeout: 30_000 });
  return options;
}

/**
 * Opens the action popup for `page` the way the toolbar button would (action.openPopup from the service worker)
 * and returns it, reached through the browser's CDP targets.
 */
export async function openPopup(session: Session, page: Page): Promise<PopupTarget> {
  await page.bringToFront();
  const worker = await session.worker();
  await worker.evaluate(() => chrome.action.openPopup());
  return PopupTarget.find(session.context, session.extensionId);
}

/**
 * Stops the extension's service worker, as the browser does when it idles, and waits until it has stopped.
 * The worker wakes on its next event; evaluate nothing in it before then (Playwright would wait forever).
 */
export async function stopWorker(extensionPage: Page): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  type Versions = { versions: Array<{ scriptURL: string; runningStatus: string }> };
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
      if (versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** Sends a protocol message from an extension page (so it passes the background's sender check). */
export async function sendFromPage<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as
    | { ok: true; value: T }
    | { ok: false; error: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function artifactPath(name: string): string {
  mkdirSync(artifacts, { recursive: true });
  return join(artifacts, name);
}
