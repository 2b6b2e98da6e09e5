/**
 * The background service worker (a Firefox event page): the only code that opens the corpus database.
 * Listeners are registered synchronously at start, as a woken worker must find them before its first event.
 */
import browser from 'webextension-polyfill';
import { offerCaptureOnInstall } from './capture-onboarding';
import { createMenus, menuClicked } from './context-menu';
import { createBackground } from './create-background';
import { feedAlarm } from './feeds/feed-service';
import { retentionAlarm, scheduleRetention } from './retention-alarm';

const { tracker, feeds, retention, route } = createBackground(browser);

browser.runtime.onMessage.addListener(route);
browser.runtime.onInstalled.addListener(() => void createMenus(browser));
browser.runtime.onInstalled.addListener((details) => void offerCaptureOnInstall(browser, details).catch(() => undefined));
browser.contextMenus.onClicked.addListener((info, tab) => menuClicked(browser, tracker, info, tab));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) void tracker.navigated(tabId, change.url);
});
browser.tabs.onRemoved.addListener((tabId) => void tracker.closed(tabId));
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === feedAlarm) void feeds.pollDue();
  if (alarm.name === retentionAlarm) void retention.enforce();
});
// Alarms may not survive a browser restart or an update: make sure the feed alarm exists.
browser.runtime.onStartup.addListener(() => void feeds.ensureAlarm());
browser.runtime.onInstalled.addListener(() => void feeds.ensureAlarm());
browser.runtime.onStartup.addListener(() => void scheduleRetention(browser.alarms));
browser.runtime.onInstalled.addListener(() => void scheduleRetention(browser.alarms));
