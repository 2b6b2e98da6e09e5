/** Turns a runtime message into a handler call and its answer into a Reply, after checking who sent it. */
import type { Envelope, MessageType, Reply, ResponseOf } from '../messages';
import type { BackgroundApi, MessageSender } from '../platform/browser-api';
import type { contentHandlers, pageHandlers } from './handlers';
import { isContentScript, isOwnPage } from './sender';
import { errorText } from './tab-tracker';

export interface Handlers {
  content: ReturnType<typeof contentHandlers>;
  page: ReturnType<typeof pageHandlers>;
}

type ContentHandler = (payload: unknown, tab: { id: number; url: string }) => Promise<unknown>;
type PageHandler = (payload: unknown) => Promise<unknown>;

/** The runtime.onMessage listener. Messages that are not Wiretrace envelopes get no answer (undefined). */
export function createRouter(api: Pick<BackgroundApi, 'runtime'>, handlers: Handlers) {
  return (message: unknown, sender: MessageSender): Promise<Reply<MessageType>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const { type, payload } = message;
    return answer(async () => {
      if (Object.hasOwn(handlers.content, type)) {
        if (!isContentScript(api, sender)) throw new Error(`"${type}" is accepted from a tab's content script only.`);
        const tab = { id: sender.tab.id, url: sender.url ?? sender.tab.url ?? '' };
        return (handlers.content[type as keyof Handlers['content']] as ContentHandler)(payload, tab);
      }
      if (Object.hasOwn(handlers.page, type)) {
        if (!isOwnPage(api, sender)) throw new Error(`"${type}" is accepted from the extension's own pages only.`);
        return (handlers.page[type as keyof Handlers['page']] as PageHandler)(payload);
      }
      throw new Error(`Unknown message "${type}".`);
    });
  };
}

async function answer(work: () => Promise<unknown>): Promise<Reply<MessageType>> {
  try {
    return { ok: true, value: (await work()) as ResponseOf<MessageType> };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && typeof payload === 'object' && payload !== null;
}
