/** The stories in the corpus: search, page through, delete one, or clear them all (asked twice). */
import type { StorySummary } from '../messages';
import { type Builder, builder, replaceContent, safeHref } from '../ui/dom';
import { formatBytes, formatCount, formatDate } from '../ui/format';
import { t } from '../ui/i18n';
import type { Send } from '../ui/send';

export const pageSize = 20;
const searchDelayMs = 250;

export interface StoryListDeps {
  send: Send;
  /** Called after stories were deleted so the count refreshes. */
  onDeleted(): void;
}

export interface StoryList {
  refresh(): Promise<void>;
}

export function mountStoryList(root: HTMLElement, deps: StoryListDeps): StoryList {
  const h = builder(root.ownerDocument);
  let query = '';
  let offset = 0;
  let confirmingClear = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const search = h('input', {
    testid: 'story-search',
    attrs: { type: 'search', id: 'story-search', placeholder: t('storiesSearchPlaceholder'), autocomplete: 'off' },
  });
  const listRoot = h('div', { testid: 'story-list', attrs: { 'aria-live': 'polite' } });
  const clearRoot = h('div', { class: 'row' });

  // Reading what a search matches takes seconds in a large corpus: start when the reader comes to the box, not at
  // the first query (and not when the page opens, so that a corpus nobody searches is not held in memory).
  search.addEventListener('focus', () => {
    deps.send('corpus-search-ahead', {}).catch(() => undefined);
  });
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      query = search.value.trim();
      offset = 0;
      void refresh();
    }, searchDelayMs);
  });

  async function refresh(): Promise<void> {
    try {
      const { items, total } = await deps.send('corpus-list', { query, offset, limit: pageSize });
      // A delete can empty the last page: step back rather than show an empty page.
      if (items.length === 0 && offset > 0) {
        offset = Math.max(0, offset - pageSize);
        return refresh();
      }
      replaceContent(listRoot, ...renderPage(h, items, total));
    } catch (error) {
      showError(error);
    }
    renderClear();
  }

  function renderPage(h: Builder, items: StorySummary[], total: number): HTMLElement[] {
    if (total === 0) return [h('p', { class: 'muted', testid: 'stories-empty' }, query ? t('storiesNoMatch', query) : t('storiesNone'))];
    return [
      h('ul', { class: 'stories' }, ...items.map((story, index) => renderStory(h, story, index))),
      h(
        'nav',
        { class: 'row pager', attrs: { 'aria-label': t('storiesPager') } },
        h(
          'button',
          { class: 'button button--secondary', action: 'previous', testid: 'page-previous', attrs: { type: 'button', disabled: offset === 0 }, on: { click: () => turn(-pageSize) } },
          t('storiesPrevious'),
        ),
        h('span', { testid: 'page-range' }, t('storiesRange', formatCount(offset + 1), formatCount(offset + items.length), formatCount(total))),
        h(
          'button',
          { class: 'button button--secondary', action: 'next', testid: 'page-next', attrs: { type: 'button', disabled: offset + items.length >= total }, on: { click: () => turn(pageSize) } },
          t('storiesNext'),
        ),
      ),
    ];
  }

  function renderStory(h: Builder, story: StorySummary, index: number): HTMLElement {
    const href = safeHref(story.url);
    const date = formatDate(story.published);
    return h(
      'li',
      { class: 'story', testid: 'story', attrs: { 'data-id': story.id } },
      h(
        'div',
        { class: 'story__text' },
        h('p', { class: 'story__title' }, href ? h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, story.title) : story.title),
        h(
          'p',
          { class: 'story__meta muted' },
          h('span', { class: 'badge' }, story.agency),
          date ? ` ${date}` : null,
          ` · ${t('storyVersions', formatCount(story.versions))} · ${formatBytes(story.bytes)}`,
        ),
      ),
      h(
        'button',
        {
          class: 'button button--danger',
          testid: 'story-delete',
          // Focus moves to the story that takes the deleted one's place.
          action: `delete-${index}`,
          attrs: { type: 'button', 'aria-label': t('storyDeleteLabel', story.title) },
          on: { click: () => void remove(story.id) },
        },
        t('storyDelete'),
      ),
    );
  }

  function renderClear(): void {
    replaceContent(
      clearRoot,
      h(
        'button',
        { class: 'button button--danger', action: 'clear', testid: 'corpus-clear', attrs: { type: 'button' }, on: { click: () => void clearAll() } },
        confirmingClear ? t('clearConfirm') : t('clearAll'),
      ),
      confirmingClear
        ? h('button', { class: 'button button--secondary', action: 'clear-cancel', attrs: { type: 'button' }, on: { click: () => ((confirmingClear = false), renderClear()) } }, t('clearCancel'))
        : null,
    );
  }

  function turn(by: number): void {
    offset = Math.max(0, offset + by);
    void refresh();
  }

  async function remove(id: string): Promise<void> {
    try {
      await deps.send('corpus-delete', { ids: [id] });
      deps.onDeleted();
    } catch (error) {
      showError(error);
    }
  }

  async function clearAll(): Promise<void> {
    if (!confirmingClear) {
      confirmingClear = true;
      return renderClear();
    }
    confirmingClear = false;
    try {
      await deps.send('corpus-clear', {});
      offset = 0;
      deps.onDeleted();
    } catch (error) {
      showError(error);
    }
  }

  function showError(error: unknown): void {
    replaceContent(listRoot, h('p', { class: 'notice notice--error', attrs: { role: 'alert' } }, messageOf(error)));
  }

  replaceContent(
    root,
    h('h3', null, t('storiesHeading')),
    h('label', { class: 'visually-hidden', attrs: { for: 'story-search' } }, t('storiesSearchLabel')),
    search,
    listRoot,
    clearRoot,
  );
  void refresh();
  return { refresh };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
