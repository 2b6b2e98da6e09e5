/**
 * The background service worker (a Firefox event page): the only code that opens the corpus database.
 * Listeners are registered synchronously at start, as a woken worker must find them before its first event.
 */
import browser from 'webextension-polyfill';
import { offerCaptureOnInstall } from './capture-onboarding';
import { createMenus, menuClicked } from './context-menu';
import { createBackground } from './create-background';

const { tracker, route } = createBackground(browser);

browser.runtime.onMessage.addListener(route);
browser.runtime.onInstalled.addListener(() => void createMenus(browser));
browser.runtime.onInstalled.addListener((details) => void offerCaptureOnInstall(browser, details).catch(() => undefined));
browser.contextMenus.onClicked.addListener((info, tab) => menuClicked(browser, tracker, info, tab));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) void tracker.navigated(tabId, change.url);
});
browser.tabs.onRemoved.addListener((tabId) => void tracker.closed(tabId));
