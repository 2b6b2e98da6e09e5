/** The controls under a result: trace again, add the page to the corpus, export the evidence. */
import type { TabState } from '../messages';
import type { Builder } from '../ui/dom';
import { t } from '../ui/i18n';
import type { PopupActions } from './view';

export function traceAgainButton(h: Builder, actions: PopupActions, busy: boolean): HTMLButtonElement {
  return h(
    'button',
    { class: 'button', action: 'trace-again', testid: 'trace-again', attrs: { type: 'button', disabled: busy }, on: { click: () => actions.traceAgain() } },
    t('traceAgain'),
  );
}

/** Pages that are wire stories themselves (an agency's own site) can grow the corpus from the popup. */
export function addToCorpusForm(h: Builder, tab: TabState, actions: PopupActions, busy: boolean): HTMLElement {
  if (tab.captured) return h('p', { class: 'muted', testid: 'captured' }, t('pageCaptured'));
  const agency = h('input', {
    attrs: { type: 'text', id: 'add-agency', name: 'agency', autocomplete: 'off', placeholder: t('addAgencyPlaceholder'), list: 'agencies' },
  });
  const agencies = h('datalist', { attrs: { id: 'agencies' } }, ...knownAgencies.map((name) => h('option', { attrs: { value: name } })));
  return h(
    'form',
    {
      class: 'add-form',
      testid: 'add-to-corpus',
      on: {
        submit: (event) => {
          event.preventDefault();
          actions.addToCorpus(agency.value.trim());
        },
      },
    },
    h('label', { attrs: { for: 'add-agency' } }, t('addAgencyLabel')),
    h('div', { class: 'row' }, agency, agencies, h('button', { class: 'button', action: 'add-to-corpus', attrs: { type: 'submit', disabled: busy } }, t('addToCorpus'))),
    h('p', { class: 'hint' }, t('addToCorpusHint')),
  );
}

export function exportButtons(h: Builder, actions: PopupActions, busy: boolean): HTMLElement {
  return h(
    'div',
    { class: 'row export', attrs: { role: 'group', 'aria-labelledby': 'export-label' } },
    h('span', { class: 'export__label', attrs: { id: 'export-label' } }, t('exportHeading')),
    h(
      'button',
      { class: 'button button--secondary', action: 'download-evidence', testid: 'download-evidence', attrs: { type: 'button', disabled: busy }, on: { click: () => actions.downloadEvidence() } },
      t('downloadEvidence'),
    ),
    h(
      'button',
      { class: 'button button--secondary', action: 'copy-report', testid: 'copy-report', attrs: { type: 'button', disabled: busy }, on: { click: () => actions.copyReport() } },
      t('copyReport'),
    ),
  );
}

export function optionsButton(h: Builder, actions: PopupActions, label: string): HTMLButtonElement {
  return h(
    'button',
    { class: 'button', action: 'open-options', testid: 'open-options', attrs: { type: 'button' }, on: { click: () => actions.openOptions() } },
    label,
  );
}

/** Suggestions only: the field accepts any agency name. */
const knownAgencies = ['Reuters', 'AP', 'AFP', 'UPI', 'PA Media', 'dpa', 'EFE', 'ANSA', 'Anadolu', 'Kyodo', 'Xinhua', 'Bernama', 'Antara'];
