/** Options page entry: corpus (count, import, export, stories) and settings, wired to the real extension APIs. */
import { parseCorpusBatches } from '../ingest';
import { saveBlob } from '../ui/download';
import { builder, replaceContent } from '../ui/dom';
import { localizeTree } from '../ui/i18n';
import { send } from '../ui/send';
import { mountCapture } from './capture-view';
import { mountExport } from './export-view';
import { mountFeeds } from './feeds-view';
import { requestFeedAccess } from './feeds-permission';
import { importBatchSize } from './import-corpus';
import { mountImport } from './import-view';
import { mountRetention } from './retention-view';
import { mountSettings } from './settings-view';
import { renderStats } from './stats';
import { mountStoryList } from './story-list';

const byId = (id: string) => document.getElementById(id)!;

localizeTree(document);

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const statsRoot = byId('stats');
async function refreshStats(): Promise<void> {
  try {
    renderStats(statsRoot, await send('corpus-stats', {}));
  } catch (error) {
    const h = builder(document);
    replaceContent(statsRoot, h('p', { class: 'notice notice--error', attrs: { role: 'alert' } }, error instanceof Error ? error.message : String(error)));
  }
}

const stories = mountStoryList(byId('stories'), { send, onDeleted: corpusChanged });
function corpusChanged(): void {
  void refreshStats();
  void stories.refresh();
}

mountImport(byId('import'), {
  send,
  parse: (name, bytes, agency) => parseCorpusBatches(name, bytes, { parseHtml, agency, batchSize: importBatchSize }),
  onImported: corpusChanged,
});
mountExport(byId('export'), { send, download: (blob, fileName) => saveBlob(document, blob, fileName) });
void mountRetention(byId('retention'), { send, onDeleted: corpusChanged });
mountFeeds(byId('feeds'), { send, requestAccess: requestFeedAccess, onChanged: corpusChanged });
void mountSettings(byId('settings-form'), send);
void mountCapture(byId('capture-welcome'), byId('capture-settings'), send);
void refreshStats();
