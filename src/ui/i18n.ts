/** UI strings come only from _locales/<lang>/messages.json; the key type catches a missing string at compile time. */
import { ext } from './ext';

export type MessageKey = keyof typeof import('../../extension/_locales/en/messages.json');

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const text = ext().i18n.getMessage(key, substitutions.map(String));
  // An empty answer means the locale lacks the key: showing the key beats showing nothing.
  return text || key;
}

export function uiLanguage(): string {
  return ext().i18n.getUILanguage() || 'en';
}

/**
 * Fills static HTML: `data-i18n="key"` sets the text, `data-i18n-<attr>="key"` sets an attribute
 * (e.g. data-i18n-aria-label, data-i18n-placeholder). Chrome does not substitute __MSG_x__ in extension HTML.
 */
export function localizeTree(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    for (const { name, value } of [...el.attributes]) {
      if (name === 'data-i18n') el.textContent = t(value as MessageKey);
      else if (name.startsWith('data-i18n-')) el.setAttribute(name.slice('data-i18n-'.length), t(value as MessageKey));
    }
  }
}
