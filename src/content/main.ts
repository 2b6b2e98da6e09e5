/**
 * Content script, on every http(s) page at document_idle. Why every page: Wiretrace's point is to say, on the
 * news page the reader is on, where it comes from — news sites are countless, so there is no list to match.
 * What it does there is cheap and read-only: a quick "is this an article?" check, then Readability on a clone
 * of the document; the page itself is never changed, and the text goes only to the extension's background.
 * With auto-trace off, or on a never-trace site, it reads nothing until the background asks — except a story on a
 * wire site when the user turned wire-site capture on.
 */
import type { Envelope, TabEnvelope } from '../messages';
import { isNeverTraced, readSettings } from '../platform/settings';
import { captureSiteFor, readCaptureSettings } from '../platform/wire-sites';
import { contentApi } from './content-api';
import { extractionOf } from './extraction';

const marker = Symbol.for('wiretrace.content');
const scope = globalThis as typeof globalThis & { [marker]?: true };

const api = contentApi();

async function reportPage(): Promise<void> {
  const [settings, capture] = await Promise.all([readSettings(api), readCaptureSettings(api)]);
  const wanted = settings.autoTrace || captureSiteFor(location.href, settings, capture) !== undefined;
  if (!wanted || isNeverTraced(location.href, settings)) return;
  const report: Envelope<'page-extracted'> = { type: 'page-extracted', payload: extractionOf(document) };
  await api.runtime.sendMessage(report);
}

// The background injects this script again into a tab older than the extension: one listener per page is enough.
if (!scope[marker]) {
  scope[marker] = true;

  // Answered at once; other messages are left to other listeners.
  api.runtime.onMessage.addListener((message, _sender, respond) => {
    if ((message as TabEnvelope | undefined)?.type === 'extract-page') respond(extractionOf(document));
  });

  reportPage().catch(() => {
    // The extension was reloaded or updated under this page: nobody is listening any more.
  });
}
