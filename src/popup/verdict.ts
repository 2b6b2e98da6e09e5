/** The top of a finished trace: the verdict, the wire source it points to, and the coverage and reuse bars. */
import type { SourceRef, TraceResult } from '../core/types';
import type { TabState } from '../messages';
import { type Builder, safeHref } from '../ui/dom';
import { clampShare, formatCount, formatDate, formatShare } from '../ui/format';
import { t } from '../ui/i18n';
import { verdictKeys } from './result-parts';

export function renderVerdict(h: Builder, tab: TabState, result: TraceResult): HTMLElement {
  const summary =
    result.verdict !== 'none' && result.source
      ? t('verdictSummary', formatShare(result.reuse), result.source.agency)
      : t('verdictNoneSummary', formatCount(tab.corpusCount));
  return h(
    'section',
    { class: `verdict verdict--${result.verdict}`, attrs: { 'aria-labelledby': 'verdict-title' } },
    h('h2', { testid: 'verdict', attrs: { id: 'verdict-title', 'data-verdict': result.verdict } }, t(verdictKeys[result.verdict])),
    h('p', { class: 'verdict__summary' }, summary),
  );
}

export function renderSource(h: Builder, source: SourceRef, result: TraceResult): HTMLElement {
  const href = safeHref(source.url);
  const title = href
    ? h('a', { testid: 'source-title', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, source.title)
    : h('span', { testid: 'source-title' }, source.title);
  const date = formatDate(source.published);
  return h(
    'section',
    // The story id is not shown (it means nothing to a reader) but stays on the element, as in the JSON result.
    { class: 'source card', attrs: { 'aria-label': t('sourceHeading'), 'data-id': source.id } },
    h(
      'p',
      { class: 'source__meta' },
      h('span', { class: 'badge', testid: 'source-agency' }, source.agency),
      date && h('time', { attrs: { datetime: source.published } }, date),
      source.version && source.version > 1 ? h('span', null, t('sourceVersion', source.version)) : null,
    ),
    h('p', { class: 'source__title' }, title),
    h(
      'p',
      { class: 'source__confidence' },
      t('confidenceLabel'),
      ' ',
      h('strong', { testid: 'confidence', attrs: { 'data-value': result.confidence } }, formatShare(result.confidence)),
    ),
    renderBar(h, 'reuse', t('reuseLabel'), t('reuseHint'), result.reuse),
    renderBar(h, 'coverage', t('coverageLabel'), t('coverageHint'), result.coverage),
  );
}

/** A labelled bar; the track is decoration, the percentage is text, so screen readers get the number. */
export function renderBar(h: Builder, name: string, label: string, hint: string, share: number): HTMLElement {
  const fill = h('span', { class: 'bar__fill' });
  fill.style.setProperty('--share', `${Math.round(clampShare(share) * 100)}%`);
  return h(
    'div',
    { class: `bar bar--${name}`, testid: name, attrs: { title: hint, 'data-value': share } },
    h('span', { class: 'bar__label' }, label),
    h('span', { class: 'bar__value' }, formatShare(share)),
    h('span', { class: 'bar__track', attrs: { 'aria-hidden': 'true' } }, fill),
  );
}
