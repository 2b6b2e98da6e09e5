/** What the page did to the wire story: sentences it cut, quotes/numbers/names it changed, sentences it added. */
import type { Change, ChangeKind, TraceResult } from '../core/types';
import { changeDiffs, type DiffPart } from '../core/word-diff';
import type { Builder } from '../ui/dom';
import { type MessageKey, t } from '../ui/i18n';
import { addedSentences, cutSentences } from './result-parts';
import { section } from './section';

const kindKeys: Record<ChangeKind, MessageKey> = { quote: 'changeKindQuote', number: 'changeKindNumber', name: 'changeKindName' };

export function renderDifferences(h: Builder, result: TraceResult): HTMLElement[] {
  const cut = cutSentences(result);
  const added = addedSentences(result);
  return [
    section(
      h,
      'cut',
      t('cutHeading', cut.length),
      cut.length === 0
        ? h('p', { class: 'muted' }, t('cutNone'))
        : h(
            'ol',
            { class: 'sentences' },
            ...cut.map(({ text, index }) =>
              // The item number is the sentence's place in the wire story, so gaps show where the cuts fall.
              h('li', { testid: 'cut-sentence', attrs: { value: index + 1, 'data-index': index } }, text),
            ),
          ),
    ),
    section(
      h,
      'changes',
      t('changesHeading', result.changes.length),
      result.changes.length === 0 ? h('p', { class: 'muted' }, t('changesNone')) : renderChanges(h, result.changes),
    ),
    section(
      h,
      'added',
      t('addedHeading', added.length),
      added.length === 0
        ? h('p', { class: 'muted' }, t('addedNone'))
        : h('ul', { class: 'sentences' }, ...added.map((text) => h('li', { testid: 'added-sentence' }, text))),
    ),
  ];
}

/** A change's words, with those the other side does not have marked (deleted on the wire side, inserted on the page's). */
function marked(h: Builder, parts: DiffPart[], mark: 'del' | 'ins'): Array<HTMLElement | string> {
  return parts.map((part) => (part.changed ? h(mark, { class: `diff diff--${mark}` }, part.text) : part.text));
}

/**
 * Wire and page side by side, the words that differ marked so a changed word in a long quote shows at a glance; a
 * dropped quote says so instead of showing an empty cell.
 */
function renderChanges(h: Builder, changes: Change[]): HTMLElement {
  return h(
    'table',
    { class: 'changes' },
    h(
      'thead',
      null,
      h('tr', null, h('th', { attrs: { scope: 'col' } }, t('changeWireColumn')), h('th', { attrs: { scope: 'col' } }, t('changePageColumn'))),
    ),
    h(
      'tbody',
      null,
      ...changeDiffs(changes).map((diff, i) => {
        const change = changes[i];
        return h(
          'tr',
          { testid: `changed-${change.kind}`, class: `change change--${change.kind}`, attrs: { 'data-kind': change.kind } },
          h(
            'td',
            { class: 'change__wire' },
            h('span', { class: 'badge badge--small' }, t(kindKeys[change.kind])),
            ' ',
            ...(diff ? marked(h, diff.source, 'del') : [change.source]),
          ),
          diff === null
            ? h('td', { class: 'change__page change__page--dropped' }, t('changeDropped'))
            : h('td', { class: 'change__page' }, ...marked(h, diff.page, 'ins')),
        );
      }),
    ),
  );
}
