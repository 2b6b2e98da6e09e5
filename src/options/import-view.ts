/** The import panel: file picker, progress bar, and per-file results with every bad line listed. */
import { builder, replaceContent } from '../ui/dom';
import { formatCount, formatShare } from '../ui/format';
import { t } from '../ui/i18n';
import type { Send } from '../ui/send';
import { type FileSummary, type ImportProgress, type ParseBatches, importFiles, importTotals } from './import-corpus';
import { applyRetention } from './retention-view';

/** Beyond this many bad lines per file, the list says how many more there are instead of growing forever. */
const shownErrors = 200;

export interface ImportPanelDeps {
  send: Send;
  parse: ParseBatches;
  /** Called after each import so the count and list refresh. */
  onImported(): void;
}

export function mountImport(root: HTMLElement, deps: ImportPanelDeps): void {
  const h = builder(root.ownerDocument);
  const input = h('input', { testid: 'import-file', attrs: { type: 'file', id: 'import-file', multiple: true } });
  const agency = h('input', {
    testid: 'import-agency',
    attrs: { type: 'text', id: 'import-agency', autocomplete: 'off', placeholder: t('importAgencyPlaceholder'), 'aria-describedby': 'import-agency-hint' },
  });
  const progress = h('progress', { testid: 'import-progress', attrs: { max: 1, value: 0, hidden: true, 'aria-labelledby': 'import-status' } });
  const status = h('p', { testid: 'import-status', attrs: { id: 'import-status', role: 'status' } });
  const results = h('div', { testid: 'import-results' });

  input.addEventListener('change', async () => {
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    input.disabled = true;
    progress.hidden = false;
    replaceContent(results);
    const summaries = await importFiles(files, {
      send: deps.send,
      parse: deps.parse,
      agency: agency.value.trim() || undefined,
      onProgress: (p) => showProgress(progress, status, p),
    });
    progress.hidden = true;
    status.textContent = t('importDone');
    const { imported, read } = importTotals(summaries);
    const full = summaries.some((s) => s.storageFull)
      ? h('p', { class: 'notice notice--error', testid: 'import-storage-full', attrs: { role: 'alert' } }, t('importStorageFull', formatCount(imported), formatCount(read)))
      : null;
    replaceContent(results, full, await applyRetention(h, deps.send), ...summaries.map((s) => renderSummary(h, s)));
    input.disabled = false;
    // Lets the same file be chosen again after it was fixed.
    input.value = '';
    deps.onImported();
  });

  replaceContent(
    root,
    h('h3', null, t('importHeading')),
    h('p', { class: 'hint' }, t('importFormats')),
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: 'import-agency' } }, t('importAgencyLabel')),
      agency,
      h('p', { class: 'hint', attrs: { id: 'import-agency-hint' } }, t('importAgencyHint')),
    ),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'import-file' } }, t('importChoose')), input),
    progress,
    status,
    results,
  );
}

function showProgress(progress: HTMLProgressElement, status: HTMLElement, p: ImportProgress): void {
  const fraction = p.total > 0 ? p.done / p.total : 0;
  progress.setAttribute('value', String(fraction));
  const where = p.fileCount > 1 ? t('importFileOf', p.fileIndex, p.fileCount) + ' ' : '';
  status.textContent =
    where + (p.stories === 0 ? t('importReading', p.file) : t('importSending', p.file, formatCount(p.stories), formatShare(fraction)));
}

export function renderSummary(h: ReturnType<typeof builder>, s: FileSummary): HTMLElement {
  return h(
    'section',
    { class: 'import-summary card', testid: 'import-summary' },
    h('h4', null, s.file),
    s.failure ? h('p', { class: 'notice notice--error', attrs: { role: 'alert' } }, t('importFailed', s.failure)) : null,
    s.storageFull ? h('p', { class: 'notice notice--error' }, t('importFileStorageFull')) : null,
    h(
      'p',
      { testid: 'import-counts', attrs: { 'data-added': s.added, 'data-updated': s.updated, 'data-errors': s.errors.length } },
      t('importCounts', formatCount(s.added), formatCount(s.updated), formatCount(s.unchanged), formatCount(s.errors.length)),
    ),
    s.errors.length > 0
      ? h(
          'details',
          { attrs: { open: true } },
          h('summary', null, t('importErrorsHeading', formatCount(s.errors.length))),
          h(
            'ul',
            { class: 'import-errors', testid: 'import-errors' },
            ...s.errors.slice(0, shownErrors).map((e) =>
              h('li', { testid: 'import-error', attrs: { 'data-line': e.line } }, t('importErrorLine', e.line), ' ', e.reason),
            ),
          ),
          s.errors.length > shownErrors ? h('p', { class: 'muted' }, t('importMoreErrors', formatCount(s.errors.length - shownErrors))) : null,
        )
      : null,
  );
}
