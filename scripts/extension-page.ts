/**
 * Running the built extension in Chromium (demo, e2e tests, benchmarks): its launch flags, and waiting for the
 * options page the extension opens itself on install (the wire-site capture offer). Until that page is open,
 * runtime.openOptionsPage may still land on a tab the caller is navigating to an extension page and interrupt the
 * navigation, so a session is only handed out once it has opened. (Once open, a later call only focuses it.)
 */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Chromium flags that load the unpacked extension in a fresh profile on a machine without internet access (where
 * there is no proxy to look for either: every request goes straight to the local test servers).
 */
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-proxy-server',
  ];
}

/**
 * The options page opened at install, loaded. Its URL is polled for rather than awaited as a new page: Chromium
 * may open it in the start-up blank tab.
 */
export async function installedOptionsPage(context: BrowserContext, extensionId: string, timeoutMs = 30_000): Promise<Page> {
  const url = `chrome-extension://${extensionId}/options.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((candidate) => candidate.url() === url);
    if (page) {
      await page.waitForLoadState('load');
      return page;
    }
    if (Date.now() > deadline) throw new Error(`The extension did not open ${url} at install within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
