/** The export button and its progress line. */
import { builder, replaceContent } from '../ui/dom';
import { formatCount } from '../ui/format';
import { t } from '../ui/i18n';
import type { Send } from '../ui/send';
import { exportCorpus, exportFileName } from './export-corpus';

export interface ExportDeps {
  send: Send;
  download(blob: Blob, fileName: string): void;
}

export function mountExport(root: HTMLElement, deps: ExportDeps): void {
  const h = builder(root.ownerDocument);
  const status = h('p', { testid: 'export-status', attrs: { role: 'status' } });
  const button = h(
    'button',
    { class: 'button button--secondary', testid: 'corpus-export', attrs: { type: 'button' }, on: { click: () => void run() } },
    t('exportButton'),
  );

  async function run(): Promise<void> {
    button.disabled = true;
    try {
      const blob = await exportCorpus(deps.send, (n) => (status.textContent = t('exportProgress', formatCount(n))));
      deps.download(blob, exportFileName(new Date()));
      status.textContent = t('exportDone');
    } catch (error) {
      status.textContent = t('exportFailed', error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
    }
  }

  replaceContent(root, h('h3', null, t('exportCorpusHeading')), h('p', { class: 'hint' }, t('exportHint')), button, status);
}
