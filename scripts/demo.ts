/**
 * `npm start`: the extension at work on fictional demo pages. Serves test/fixtures/demo/pages on 127.0.0.1, starts
 * Chromium with dist/chrome loaded, imports the demo corpus through the options page and opens the demo articles.
 * Headful (a window to click the toolbar icon in) unless --headless or there is no DISPLAY; headless opens the real
 * popup on each article, prints what it shows and exits.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// Bundled to dist/tools/demo.mjs: the project root is two levels up.
const root = fileURLToPath(new URL('../../', import.meta.url));
const extensionDir = join(root, 'dist/chrome');
const demoDir = join(root, 'test/fixtures/demo');
const corpusFile = join(demoDir, 'corpus.jsonl');
const pages = ['paraphrased.html', 'verbatim.html', 'original.html'];
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const timeout = 30_000;

interface Manifest {
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

async function main(): Promise<number> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error('wiretrace demo: dist/chrome/manifest.json is missing; run `npm run build` first.');
    return 1;
  }
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Manifest;
  const server = await serveDemoPages();
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const profile = await mkdtemp(join(tmpdir(), 'wiretrace-demo-'));
  const context = await launch(profile);
  try {
    const extensionId = new URL((await extensionWorker(context)).url()).host;
    const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
    const stories = await importCorpus(context, extensionUrl(manifest.options_ui?.page ?? manifest.options_page ?? 'options.html'));
    console.log(`Imported ${stories} fictional demo stories from test/fixtures/demo/corpus.jsonl.`);
    if (!headless) return await browseByHand(context, base);
    const popupPath = manifest.action?.default_popup ?? 'popup.html';
    for (const name of pages) console.log(`\n${await popupReport(context, `${base}/${name}`, extensionUrl(popupPath))}`);
    return 0;
  } finally {
    await context.close().catch(() => {});
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function serveDemoPages(): Promise<Server> {
  const index = `<!doctype html><meta charset="utf-8"><title>Wiretrace demo</title><h1>Wiretrace demo pages (fictional)</h1><ul>${pages
    .map((name) => `<li><a href="/${name}">${name}</a></li>`)
    .join('')}</ul>`;
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://demo').pathname.slice(1);
    const send = (status: number, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body);
    };
    if (name === '') send(200, index);
    else if (pages.includes(name)) readFile(join(demoDir, 'pages', name)).then((body) => send(200, body), () => send(500, 'unreadable'));
    else send(404, 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
}

/** The extension's service worker; MV3 stops idle workers, so ask again each time rather than keep a handle. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker', { timeout });
}

async function importCorpus(context: BrowserContext, optionsUrl: string): Promise<number> {
  const options = await context.newPage();
  await options.goto(optionsUrl);
  const expected = readFileSync(corpusFile, 'utf8').split('\n').filter((line) => line.trim()).length;
  await options.getByTestId('import-file').setInputFiles(corpusFile);
  await options.waitForFunction(
    (count) => Number(document.querySelector('[data-testid="corpus-count"]')?.textContent) >= count,
    expected,
    { timeout },
  );
  const stories = Number(await options.getByTestId('corpus-count').textContent());
  if (headless) await options.close();
  return stories;
}

async function browseByHand(context: BrowserContext, base: string): Promise<number> {
  for (const name of pages) await (await context.newPage()).goto(`${base}/${name}`);
  console.log(`Demo pages: ${pages.map((name) => `${base}/${name}`).join('  ')}`);
  console.log('Click the Wiretrace icon in the toolbar on each article. Close the browser to end the demo.');
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  return 0;
}

/** Opens the real popup on the article at `url` and returns what it shows, as text. */
async function popupReport(context: BrowserContext, url: string, popupUrl: string): Promise<string> {
  const article = await context.newPage();
  await article.goto(url);
  await article.bringToFront();
  const opened = context.waitForEvent('page', { predicate: (page) => page.url().startsWith(popupUrl), timeout });
  await (await extensionWorker(context)).evaluate(() => chrome.action.openPopup());
  const popup = await opened;
  try {
    await popup.waitForSelector('[data-testid="verdict"], [data-testid^="state-"]:not([data-testid="state-tracing"])', { timeout });
    return await describePopup(popup, url);
  } finally {
    await popup.close();
    await article.close();
  }
}

async function describePopup(popup: Page, url: string): Promise<string> {
  const text = async (testId: string) => ((await popup.getByTestId(testId).first().textContent({ timeout: 1000 }).catch(() => null)) ?? '').trim();
  const all = async (testId: string) => (await popup.getByTestId(testId).allTextContents()).map((line) => line.replace(/\s+/g, ' ').trim());
  const verdict = popup.getByTestId('verdict');
  if ((await verdict.count()) === 0) {
    const state = await popup.locator('[data-testid^="state-"]').first();
    return `${url}\n  Popup: ${await state.getAttribute('data-testid')}: ${((await state.textContent()) ?? '').trim()}`;
  }
  const cut = await all('cut-sentence');
  const quotes = await all('changed-quote');
  return [
    url,
    `  Verdict:    ${await verdict.getAttribute('data-verdict')} (${(await verdict.textContent())?.trim()})`,
    `  Source:     ${[await text('source-agency'), await text('source-title')].filter(Boolean).join(' — ') || '(none)'}`,
    `  Confidence: ${await text('confidence')}`,
    `  Cut sentences (${cut.length}):`,
    ...cut.map((line) => `    - ${line}`),
    `  Changed quotes (${quotes.length}):`,
    ...quotes.map((line) => `    - ${line}`),
  ].join('\n');
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`wiretrace demo: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
