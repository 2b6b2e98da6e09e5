/**
 * The popup as a pure function of its view: `renderPopup(root, view, actions)` rebuilds the content for the
 * tab's state. No state lives in the DOM, so tests render every state directly.
 */
import type { TraceResult } from '../core/types';
import type { TabState } from '../messages';
import { type Builder, builder, replaceContent } from '../ui/dom';
import { formatCount } from '../ui/format';
import { t } from '../ui/i18n';
import { addToCorpusForm, exportButtons, optionsButton, traceAgainButton } from './actions';
import { renderDifferences } from './differences';
import { renderOtherSources } from './other-sources';
import { section } from './section';
import { renderSource, renderVerdict } from './verdict';
import type { PopupActions, PopupView } from './view';

export function renderPopup(root: HTMLElement, view: PopupView, actions: PopupActions): void {
  const h = builder(root.ownerDocument);
  const { tab } = view;
  replaceContent(
    root,
    h(
      'header',
      { class: 'popup__header' },
      h('h1', null, t('extName')),
      h('button', { class: 'icon-button', action: 'settings', attrs: { type: 'button', 'aria-label': t('openSettings'), title: t('openSettings') }, on: { click: () => actions.openOptions() } }, '⚙'),
    ),
    tab.subject === 'selection'
      ? h('p', { class: 'page-title', testid: 'page-title' }, t('subjectSelection'))
      : tab.page?.title
        ? h('p', { class: 'page-title', testid: 'page-title' }, tab.page.title)
        : null,
    view.notice
      ? h('p', { class: `notice notice--${view.notice.kind}`, testid: 'notice', attrs: { role: view.notice.kind === 'error' ? 'alert' : 'status' } }, view.notice.text)
      : null,
    h('main', { class: 'popup__main', attrs: { 'aria-busy': tab.status === 'tracing', 'data-status': tab.status } }, ...renderBody(h, view, actions)),
    h(
      'footer',
      { class: 'popup__footer' },
      h('span', { testid: 'corpus-size' }, t('footerCorpus', formatCount(tab.corpusCount))),
      tab.result?.elapsedMs !== undefined ? h('span', null, t('footerElapsed', formatCount(Math.round(tab.result.elapsedMs)))) : null,
    ),
  );
}

function renderBody(h: Builder, view: PopupView, actions: PopupActions): Array<HTMLElement | null> {
  const { tab } = view;
  const busy = view.busy ?? false;
  switch (tab.status) {
    case 'done':
      return tab.result ? renderResult(h, tab, tab.result, actions, busy) : stateMessage(h, 'error', t('errorHeading'), t('errorNoResult'), traceAgainButton(h, actions, busy));
    case 'tracing':
      return [
        h('div', { class: 'state state--tracing', testid: 'state-tracing', attrs: { role: 'status' } }, h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }), t('tracing')),
      ];
    case 'idle':
      if (tab.captured) return stateMessage(h, 'captured', t('capturedHeading'), t('capturedText'), traceAgainButton(h, actions, busy));
      return stateMessage(h, 'idle', t('idleHeading'), t('idleText'), traceAgainButton(h, actions, busy));
    case 'empty-corpus':
      return [
        ...stateMessage(h, 'empty-corpus', t('emptyHeading'), t('emptyText'), optionsButton(h, actions, t('emptyAction'))),
        tab.page ? section(h, 'add', t('addHeading'), addToCorpusForm(h, tab, actions, busy)) : null,
      ];
    case 'not-article':
      return stateMessage(h, 'not-article', t('notArticleHeading'), tab.message || t('notArticleText'), traceAgainButton(h, actions, busy));
    case 'disabled':
      return stateMessage(h, 'disabled', t('disabledHeading'), t('disabledText', hostOf(tab.url)), optionsButton(h, actions, t('disabledAction')));
    case 'error':
      return stateMessage(h, 'error', t('errorHeading'), tab.message || t('errorUnknown'), traceAgainButton(h, actions, busy));
  }
}

function renderResult(h: Builder, tab: TabState, result: TraceResult, actions: PopupActions, busy: boolean): Array<HTMLElement | null> {
  const found = result.verdict !== 'none' && result.source !== null;
  const add = section(h, 'add', t('addHeading'), addToCorpusForm(h, tab, actions, busy));
  // Adding the page matters most when nothing matched (it may be a wire story itself); otherwise keep it folded.
  if (found) add.removeAttribute('open');
  return [
    renderVerdict(h, tab, result),
    found ? renderSource(h, result.source!, result) : null,
    ...(found ? renderDifferences(h, result) : []),
    ...renderOtherSources(h, result),
    h('div', { class: 'actions' }, traceAgainButton(h, actions, busy), exportButtons(h, actions, busy)),
    add,
  ];
}

function stateMessage(h: Builder, status: string, heading: string, text: string, action: HTMLElement): HTMLElement[] {
  return [
    h(
      'section',
      { class: `state state--${status}`, testid: `state-${status}` },
      h('h2', null, heading),
      h('p', null, text),
      h('div', { class: 'row' }, action),
    ),
  ];
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : t('thisSite');
  } catch {
    return t('thisSite');
  }
}
