#!/usr/bin/env node
// Screenshots of the built popup (every state) and options page, light and dark, without a browser extension:
// opens dist/chrome/popup.html?fixture=<state> from disk with a stand-in `browser` API that answers from the
// UI test fixtures (test/ui/fixtures.ts). For reviewing the look; the e2e tests shoot the real extension.
// Run after `npm run build`: node scripts/screenshot-ui.mjs [--out test-artifacts/ui] [--chromium /usr/bin/chromium]
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'test-artifacts/ui' },
    dist: { type: 'string', default: 'dist/chrome' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});

const bundled = await build({ entryPoints: ['test/ui/fixtures.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral' });
const fixtures = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const messages = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));

/** Runs in the page before its scripts: the extension API the UI uses, answering from the fixture. */
function fakeBrowser({ messages, tab, options }) {
  const reply = (value) => Promise.resolve({ ok: true, value });
  const answers = {
    'tab-state': () => reply(tab),
    'trace-tab': () => reply(tab),
    'add-page-to-corpus': () => reply({ id: 'fixture-1' }),
    'corpus-stats': () => reply(options.stats),
    'corpus-list': () => reply({ items: options.stories, total: options.stories.length }),
    'settings-get': () => reply(options.settings),
    'settings-set': (change) => reply({ ...options.settings, ...change }),
  };
  globalThis.browser = {
    runtime: {
      sendMessage: (m) => (answers[m.type] ?? (() => reply({})))(m.payload),
      openOptionsPage: () => Promise.resolve(),
    },
    i18n: {
      getUILanguage: () => 'en-US',
      getMessage: (key, subs = []) => {
        const entry = messages[key];
        if (!entry) return '';
        const fill = (text) => text.replace(/\$(\d)/g, (_, n) => subs[n - 1] ?? '');
        return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name) => fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''));
      },
    },
    tabs: { query: () => Promise.resolve([{ id: 1 }]) },
  };
}

const out = resolve(args.out);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: args.chromium });
try {
  const shots = [
    ...Object.keys(fixtures.states).map((name) => ({ file: 'popup.html', name, width: 380 })),
    { file: 'options.html', name: 'options', width: 760 },
    { file: 'options.html', name: 'options', width: 360 },
  ];
  for (const colorScheme of ['light', 'dark']) {
    for (const { file, name, width } of shots) {
      const page = await browser.newPage({ viewport: { width, height: 600 }, colorScheme });
      await page.addInitScript(fakeBrowser, { messages, tab: fixtures.states[name] ?? fixtures.states.done, options: fixtures.optionsFixture });
      const url = pathToFileURL(resolve(args.dist, file));
      url.search = `?fixture=${name}`;
      await page.goto(url.href);
      await page.waitForSelector(file === 'popup.html' ? 'main[data-status]' : '[data-testid="story"]');
      const path = `${out}/${name}-${width}-${colorScheme}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(path);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
