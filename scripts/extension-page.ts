/**
 * Running the built extension in Chromium (demo, e2e tests, benchmarks): its launch flags, and opening one of its
 * own pages in a freshly started browser. On install the extension opens its options page itself (the wire-site capture offer); when that lands on our page
 * mid-navigation, Chromium interrupts our navigation, possibly more than once while the worker starts: go again,
 * a little later each time.
 */
import type { Page } from 'playwright-core';

/** Chromium flags that load the unpacked extension in a fresh profile on a machine without internet access. */
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url);
      break;
    } catch (error) {
      if (attempt === 5 || !/interrupted by another navigation/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
  await page.waitForLoadState('load');
}
