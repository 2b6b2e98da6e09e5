/** Popup entry: find the tab, then hand over to the controller with the real extension APIs. */
import { saveBlob } from '../ui/download';
import { ext } from '../ui/ext';
import { localizeTree, t } from '../ui/i18n';
import { send } from '../ui/send';
import { startPopup } from './controller';
import { renderPopup } from './render';
import { resolveTabId } from './tab-id';

async function main(): Promise<void> {
  localizeTree(document);
  const root = document.getElementById('app')!;
  const api = ext();
  const openOptions = () => void api.runtime.openOptionsPage();
  const tabId = await resolveTabId(location.search, api.tabs);
  if (tabId === undefined) {
    const noTab = { status: 'error', message: t('errorNoTab'), corpusCount: 0 } as const;
    renderPopup(root, { tab: noTab }, { traceAgain: () => location.reload(), addToCorpus() {}, downloadEvidence() {}, copyReport() {}, openOptions });
    return;
  }
  await startPopup(root, {
    send,
    tabId,
    openOptions,
    download: (blob, fileName) => saveBlob(document, blob, fileName),
    copyText: (text) => navigator.clipboard.writeText(text),
  });
}

void main();
