/**
 * Feed subscriptions on the options page: add a feed (asking for access to its host in the click itself, since
 * permissions.request needs a user gesture), and per feed its status, "Check now" and "Remove".
 */
import type { FeedStatus } from '../messages';
import { type Builder, builder, replaceContent } from '../ui/dom';
import { formatCount, formatDate } from '../ui/format';
import { t } from '../ui/i18n';
import type { Send } from '../ui/send';

export interface FeedsDeps {
  send: Send;
  /**
   * Asks for access to the feed's host. Must be called before any await in the event handler: Firefox only
   * grants a permission request made while handling the user's click.
   */
  requestAccess(url: string): Promise<boolean>;
  /** Called after a poll or add that may have changed the corpus, so its count refreshes. */
  onChanged(): void;
}

export interface FeedsPanel {
  refresh(): Promise<void>;
}

export function mountFeeds(root: HTMLElement, deps: FeedsDeps): FeedsPanel {
  const h = builder(root.ownerDocument);
  const url = h('input', {
    testid: 'feed-url',
    attrs: { type: 'url', id: 'feed-url', required: true, autocomplete: 'off', spellcheck: 'false', placeholder: 'https://' },
  });
  const agency = h('input', { testid: 'feed-agency', attrs: { type: 'text', id: 'feed-agency', autocomplete: 'off' } });
  const fullArticle = h('input', { testid: 'feed-full-article', attrs: { type: 'checkbox', id: 'feed-full-article' } });
  const addButton = h('button', { class: 'button', testid: 'feed-add', attrs: { type: 'submit' } }, t('feedsAdd'));
  const status = h('p', { testid: 'feeds-status', attrs: { role: 'status' } });
  const listRoot = h('div', { testid: 'feed-list', attrs: { 'aria-live': 'polite' } });
  const busy = new Set<string>();

  function add(event: Event): void {
    event.preventDefault();
    const address = url.value.trim();
    if (!address) return;
    let access: Promise<boolean>;
    try {
      access = deps.requestAccess(address);
    } catch (error) {
      status.textContent = t('feedsAddFailed', messageOf(error));
      return;
    }
    void finishAdd(address, access);
  }

  async function finishAdd(address: string, access: Promise<boolean>): Promise<void> {
    addButton.disabled = true;
    status.textContent = t('feedsAdding', address);
    try {
      if (!(await access)) {
        status.textContent = t('feedsAccessDenied', hostOf(address));
        return;
      }
      // `=== true`: a checkbox never touched may report undefined outside a browser (linkedom).
      const feed = await deps.send('feed-add', { url: address, fullArticle: fullArticle.checked === true, ...(agency.value.trim() && { agency: agency.value.trim() }) });
      status.textContent = feed.failures > 0 ? t('feedsAddedFailing', feed.lastError ?? '') : t('feedsAdded', formatCount(feed.lastReport?.added ?? 0));
      url.value = '';
      agency.value = '';
      fullArticle.checked = false;
      deps.onChanged();
    } catch (error) {
      status.textContent = t('feedsAddFailed', messageOf(error));
    } finally {
      addButton.disabled = false;
      await refresh();
    }
  }

  function pollNow(feed: FeedStatus): void {
    // Access may have been withdrawn since the feed was added; asking again in the click restores it.
    const access = deps.requestAccess(feed.url).catch(() => false);
    busy.add(feed.url);
    void refresh();
    void (async () => {
      try {
        await access;
        await deps.send('feed-poll', { url: feed.url });
        deps.onChanged();
      } catch (error) {
        status.textContent = t('feedsPollFailed', messageOf(error));
      } finally {
        busy.delete(feed.url);
        await refresh();
      }
    })();
  }

  async function remove(feed: FeedStatus): Promise<void> {
    try {
      await deps.send('feed-remove', { url: feed.url });
      status.textContent = t('feedsRemoved', feed.url);
    } catch (error) {
      status.textContent = t('feedsPollFailed', messageOf(error));
    }
    await refresh();
  }

  async function refresh(): Promise<void> {
    try {
      const { feeds } = await deps.send('feed-list', {});
      replaceContent(
        listRoot,
        feeds.length === 0
          ? h('p', { class: 'muted', testid: 'feeds-empty' }, t('feedsNone'))
          : h('ul', { class: 'feeds' }, ...feeds.map((feed, index) => renderFeed(h, feed, index))),
      );
    } catch (error) {
      replaceContent(listRoot, h('p', { class: 'notice notice--error', attrs: { role: 'alert' } }, messageOf(error)));
    }
  }

  function renderFeed(h: Builder, feed: FeedStatus, index: number): HTMLElement {
    const polling = busy.has(feed.url);
    return h(
      'li',
      { class: 'feed card', testid: 'feed', attrs: { 'data-url': feed.url, 'data-items': feed.items, 'data-imported': feed.imported, 'data-failures': feed.failures } },
      h('p', { class: 'feed__url' }, feed.url),
      h('p', { class: 'muted', testid: 'feed-counts' }, t('feedsCounts', formatCount(feed.items), formatCount(feed.imported)), feed.fullArticle ? ` · ${t('feedsFullArticleOn')}` : null, feed.agency ? ` · ${feed.agency}` : null),
      h('p', { class: 'muted', testid: 'feed-last-read' }, feed.lastSuccess ? t('feedsLastRead', formatDate(feed.lastSuccess), reportText(feed)) : t('feedsNeverRead')),
      feed.lastReport?.firstProblem ? h('p', { class: 'muted', testid: 'feed-problem' }, t('feedsSkipped', feed.lastReport.firstProblem)) : null,
      feed.lastReport && feed.lastReport.fullTextMissed > 0 ? h('p', { class: 'muted' }, t('feedsFullTextMissed', formatCount(feed.lastReport.fullTextMissed))) : null,
      feed.failures > 0
        ? h('p', { class: 'notice notice--error', testid: 'feed-error' }, t('feedsFailing', formatCount(feed.failures), feed.lastError ?? ''))
        : feed.lastError && feed.lastErrorAt
          ? h('p', { class: 'muted', testid: 'feed-past-error' }, t('feedsPastError', formatDate(feed.lastErrorAt), feed.lastError))
          : null,
      h('p', { class: 'muted', testid: 'feed-next' }, polling ? t('feedsPolling') : t('feedsNextPoll', formatDate(feed.nextPoll))),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          { class: 'button button--secondary', testid: 'feed-poll', action: `feed-poll-${index}`, attrs: { type: 'button', disabled: polling, 'aria-label': t('feedsPollLabel', feed.url) }, on: { click: () => pollNow(feed) } },
          t('feedsPollNow'),
        ),
        h(
          'button',
          { class: 'button button--danger', testid: 'feed-remove', action: `feed-remove-${index}`, attrs: { type: 'button', 'aria-label': t('feedsRemoveLabel', feed.url) }, on: { click: () => void remove(feed) } },
          t('feedsRemove'),
        ),
      ),
    );
  }

  replaceContent(
    root,
    h('h3', null, t('feedsHeading')),
    h('p', { class: 'hint' }, t('feedsHint')),
    h(
      'form',
      { class: 'feed-form', testid: 'feed-form', on: { submit: add } },
      h('div', { class: 'field' }, h('label', { attrs: { for: 'feed-url' } }, t('feedsUrlLabel')), url),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'feed-agency' } }, t('feedsAgencyLabel')), agency),
      h('div', { class: 'choice' }, fullArticle, h('label', { attrs: { for: 'feed-full-article' } }, t('feedsFullArticleLabel'), h('span', { class: 'hint' }, t('feedsFullArticleHint')))),
      h('div', { class: 'row' }, addButton),
    ),
    status,
    listRoot,
  );
  // Polls run in the background while the page sits in another tab: coming back shows their results.
  root.ownerDocument.addEventListener('visibilitychange', () => {
    if (root.ownerDocument.visibilityState === 'visible') void refresh();
  });
  void refresh();
  return { refresh };
}

function reportText(feed: FeedStatus): string {
  const report = feed.lastReport;
  return report ? t('feedsReport', formatCount(report.added), formatCount(report.updated), formatCount(report.skipped)) : t('feedsUnchanged');
}

function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
