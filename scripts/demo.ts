/**
 * `npm start`: the extension at work on fictional demo pages. Serves test/fixtures/demo/pages on 127.0.0.1, starts
 * Chromium with dist/chrome loaded, imports the demo corpus through the options page and opens the demo articles.
 * Headful (a window to click the toolbar icon in) unless --headless or there is no DISPLAY; headless opens the real
 * popup on each article, prints what it shows and exits (1 when a popup shows no verdict).
 * WIRETRACE_EXTENSION=<dir> runs it with another unpacked build than dist/chrome.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { extensionArgs, installedOptionsPage } from './extension-page';

// Bundled to dist/tools/demo.mjs: the project root is two levels up.
const root = fileURLToPath(new URL('../../', import.meta.url));
const extensionDir = process.env.WIRETRACE_EXTENSION ?? join(root, 'dist/chrome');
const demoDir = join(root, 'test/fixtures/demo');
const corpusFile = join(demoDir, 'corpus.jsonl');
const pages = ['paraphrased.html', 'verbatim.html', 'original.html'];
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const timeout = 30_000;

interface Manifest {
  action?: { default_popup?: string };
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
    // The options page the extension opens at install is where the demo corpus goes in.
    const stories = await importCorpus(await installedOptionsPage(context, extensionId, timeout));
    console.log(`Imported ${stories} fictional demo stories from test/fixtures/demo/corpus.jsonl.`);
    if (!headless) return await browseByHand(context, base);
    const popupPath = manifest.action?.default_popup ?? 'popup.html';
    let traced = 0;
    for (const name of pages) {
      const view = await popupView(context, `${base}/${name}`, extensionUrl(popupPath));
      console.log(`\n${describePopup(view, `${base}/${name}`)}`);
      if (view.verdict) traced += 1;
    }
    // Every demo page is an article with a verdict to show; a popup showing anything else is a failed demo.
    return traced === pages.length ? 0 : 1;
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
    args: [...extensionArgs(extensionDir), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
}

/** The extension's service worker; MV3 stops idle workers, so ask again each time rather than keep a handle. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker', { timeout });
}

async function importCorpus(options: Page): Promise<number> {
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
    process.once('SIGTERM', () => resolve());
  });
  return 0;
}

/** Opens the real popup on the article at `url` and reads what it shows once it has finished tracing. */
async function popupView(context: BrowserContext, url: string, popupUrl: string): Promise<PopupView> {
  const article = await context.newPage();
  await article.goto(url);
  await article.bringToFront();
  await (await extensionWorker(context)).evaluate(() => chrome.action.openPopup());
  const popup = await attachToPopup(context, article, popupUrl);
  try {
    for (const deadline = Date.now() + timeout; ; await sleep(250)) {
      const view = await popup.evaluate<PopupView>(readPopup);
      if (view.verdict || (view.state && view.state !== 'state-tracing')) return view;
      if (Date.now() > deadline) throw new Error(`the popup for ${url} still shows ${view.state ?? 'nothing'}`);
    }
  } finally {
    await popup.close();
    await article.close();
  }
}

interface EvaluateReply {
  id?: number;
  result?: { result: { value: unknown } };
  error?: { message: string };
}

interface PopupTarget {
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * The action popup is a page target outside any tab, which Playwright does not attach to; reach it through the
 * browser's targets and speak to it over a (non-flat) DevTools session instead.
 */
async function attachToPopup(context: BrowserContext, article: Page, popupUrl: string): Promise<PopupTarget> {
  const cdp = await context.newCDPSession(article);
  let targetId: string | undefined;
  for (const deadline = Date.now() + timeout; !targetId; await sleep(100)) {
    if (Date.now() > deadline) throw new Error('the popup did not open');
    targetId = (await cdp.send('Target.getTargets')).targetInfos.find((target) => target.url.startsWith(popupUrl))?.targetId;
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const replies = new Map<number, (reply: EvaluateReply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as EvaluateReply;
    if (message.id !== undefined) replies.get(message.id)?.(message);
  });
  let nextId = 1;
  return {
    evaluate: async <T>(expression: string) => {
      const id = nextId++;
      const reply = new Promise<EvaluateReply>((resolve) => replies.set(id, resolve));
      const params = { expression, returnByValue: true };
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params }) });
      const message = await reply;
      replies.delete(id);
      if (message.error || !message.result) throw new Error(`popup: ${message.error?.message ?? 'no result'}`);
      return message.result.result.value as T;
    },
    close: async () => {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}

interface PopupView {
  state?: string;
  stateText?: string;
  verdict?: string;
  verdictText?: string;
  agency?: string;
  title?: string;
  confidence?: string;
  cut: string[];
  quotes: string[];
}

// Runs inside the popup: what it shows, read through its data-testid hooks.
const readPopup = `(() => {
  const clean = (node) => node.textContent.replace(/\\s+/g, ' ').trim();
  // A table row (a change: wire cell, page cell) reads as "wire → page".
  const text = (e) => (e.cells?.length > 1 ? [...e.cells].map(clean).join(' → ') : clean(e));
  const texts = (id) => [...document.querySelectorAll('[data-testid="' + id + '"]')].map(text);
  const verdict = document.querySelector('[data-testid="verdict"]');
  const state = document.querySelector('[data-testid^="state-"]');
  return {
    state: state?.dataset.testid, stateText: state?.innerText.split('\\n').map((line) => line.trim()).filter(Boolean).join(' — '),
    verdict: verdict?.dataset.verdict, verdictText: verdict && clean(verdict),
    agency: texts('source-agency')[0], title: texts('source-title')[0], confidence: texts('confidence')[0],
    cut: texts('cut-sentence'), quotes: texts('changed-quote'),
  };
})()`;

function describePopup(view: PopupView, url: string): string {
  if (!view.verdict) return `${url}\n  Popup: ${view.state}: ${view.stateText ?? ''}`;
  return [
    url,
    `  Verdict:    ${view.verdict} (${view.verdictText})`,
    `  Source:     ${[view.agency, view.title].filter(Boolean).join(' — ') || '(none)'}`,
    `  Confidence: ${view.confidence ?? '-'}`,
    `  Cut sentences (${view.cut.length}):`,
    ...view.cut.map((line) => `    - ${line}`),
    `  Changed quotes (${view.quotes.length}):`,
    ...view.quotes.map((line) => `    - ${line}`),
  ].join('\n');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

process.exitCode = await main().catch((error: unknown) => {
  console.error(`wiretrace demo: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
