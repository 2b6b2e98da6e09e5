/**
 * Who may send what. Content-script messages carry page data, so they must come from a tab's top frame;
 * page messages change the corpus and settings, so they must come from the extension's own pages (the popup,
 * the options page — which may sit in a tab — or the popup opened in a tab as a fallback). A web page can
 * never pass as the latter: its sender.url is its own origin, and the extension exposes no pages to the web.
 */
import type { BackgroundApi, MessageSender } from '../platform/browser-api';

type Api = Pick<BackgroundApi, 'runtime'>;

export function isOwnPage(api: Api, sender: MessageSender): boolean {
  return sender.id === api.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(api.runtime.getURL(''));
}

export function isContentScript(api: Api, sender: MessageSender): sender is MessageSender & { tab: { id: number } } {
  return (
    sender.id === api.runtime.id &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    (sender.frameId ?? 0) === 0 &&
    /^https?:\/\//i.test(sender.url ?? sender.tab.url ?? '')
  );
}
