/** How big the corpus is: the story count (a stable test hook, digits only) and the storage it takes. */
import type { CorpusStats } from '../messages';
import { builder, replaceContent } from '../ui/dom';
import { formatBytes } from '../ui/format';
import { t } from '../ui/i18n';

export function renderStats(root: HTMLElement, stats: CorpusStats): void {
  const h = builder(root.ownerDocument);
  const used = stats.usage ?? stats.textBytes + stats.indexBytes;
  replaceContent(
    root,
    h('p', { class: 'stats__count' }, h('strong', { testid: 'corpus-count' }, String(stats.count)), ' ', t('statsStories')),
    h(
      'p',
      { class: 'muted', testid: 'corpus-storage' },
      stats.quota
        ? t('statsStorageOfQuota', formatBytes(used), formatBytes(stats.quota))
        : t('statsStorage', formatBytes(used)),
      ' ',
      t('statsBreakdown', formatBytes(stats.textBytes), formatBytes(stats.indexBytes)),
    ),
    stats.count === 0 ? h('p', { class: 'notice', testid: 'corpus-empty' }, t('statsEmpty')) : null,
  );
}
