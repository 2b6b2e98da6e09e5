/** Further wire stories the page draws on, and the runners-up the engine considered, each in one line. */
import type { TraceResult } from '../core/types';
import { type Builder, safeHref } from '../ui/dom';
import { formatScore, formatShare } from '../ui/format';
import { t } from '../ui/i18n';
import { section } from './section';

export function renderOtherSources(h: Builder, result: TraceResult): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (result.additionalSources.length > 0) {
    parts.push(
      section(
        h,
        'additional',
        t('additionalHeading', result.additionalSources.length),
        h(
          'ul',
          { class: 'sources' },
          ...result.additionalSources.map((s) =>
            h(
              'li',
              { testid: 'additional-source', attrs: { 'data-id': s.id } },
              h('span', { class: 'badge' }, s.agency),
              ' ',
              storyTitle(h, s.title, s.url),
              ' ',
              h('span', { class: 'muted' }, t('additionalShares', formatShare(s.reuse), formatShare(s.confidence))),
            ),
          ),
        ),
      ),
    );
  }
  if (result.alternatives.length > 0) {
    const alternatives = section(
      h,
      'alternatives',
      t('alternativesHeading', result.alternatives.length),
      h(
        'ul',
        { class: 'sources' },
        ...result.alternatives.map((a) =>
          h(
            'li',
            { testid: 'alternative', attrs: { 'data-id': a.id } },
            h('span', { class: 'badge' }, a.agency),
            ' ',
            h('span', null, a.title),
            ' ',
            h('span', { class: 'muted' }, t('alternativeScore', formatScore(a.score))),
          ),
        ),
      ),
    );
    // Runners-up matter less than the result when there is one: folded unless nothing was found.
    if (result.verdict !== 'none') alternatives.removeAttribute('open');
    parts.push(alternatives);
  }
  return parts;
}

function storyTitle(h: Builder, title: string, url: string | undefined): HTMLElement {
  const href = safeHref(url);
  return href
    ? h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, title)
    : h('span', null, title);
}
