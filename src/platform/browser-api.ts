/**
 * The part of the WebExtension API the background uses, typed from webextension-polyfill. Code takes this as a
 * parameter instead of importing the polyfill (which throws outside an extension), so unit tests pass a fake.
 */
import type { Browser } from 'webextension-polyfill';

export interface BackgroundApi {
  runtime: Pick<Browser['runtime'], 'id' | 'getURL' | 'openOptionsPage'>;
  action: Pick<Browser['action'], 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle' | 'openPopup'>;
  storage: {
    local: Pick<Browser['storage']['local'], 'get' | 'set'>;
    session: Pick<Browser['storage']['session'], 'get' | 'set' | 'remove'>;
  };
  tabs: Pick<Browser['tabs'], 'get' | 'create' | 'sendMessage'>;
  scripting: Pick<Browser['scripting'], 'executeScript'>;
  contextMenus: Pick<Browser['contextMenus'], 'create' | 'removeAll'>;
  i18n: Pick<Browser['i18n'], 'getMessage'>;
  alarms: Pick<Browser['alarms'], 'get' | 'create' | 'clear'>;
  permissions: Pick<Browser['permissions'], 'contains'>;
}

export type MessageSender = import('webextension-polyfill').Runtime.MessageSender;
export type Tab = import('webextension-polyfill').Tabs.Tab;
