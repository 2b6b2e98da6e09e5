/** The first-run question: capture stories from wire sites? Shown on the options page until it is answered. */
import type { Builder } from '../ui/dom';
import { t } from '../ui/i18n';

export interface WelcomeChoice {
  accept(): void;
  decline(): void;
}

export function renderCaptureWelcome(h: Builder, choice: WelcomeChoice): HTMLElement {
  return h(
    'section',
    { class: 'panel capture-welcome', testid: 'capture-welcome', attrs: { 'aria-labelledby': 'capture-welcome-heading' } },
    h('h2', { attrs: { id: 'capture-welcome-heading' } }, t('captureWelcomeHeading')),
    h('p', null, t('captureWelcomeText')),
    h(
      'div',
      { class: 'row' },
      h('button', { class: 'button', testid: 'capture-accept', attrs: { type: 'button' }, on: { click: () => choice.accept() } }, t('captureAccept')),
      h('button', { class: 'button button--secondary', testid: 'capture-decline', attrs: { type: 'button' }, on: { click: () => choice.decline() } }, t('captureDecline')),
    ),
  );
}
