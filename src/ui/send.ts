/** Typed request/response over runtime messaging; a background error arrives as a thrown Error with its text. */
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from '../messages';
import { ext } from './ext';
import { t } from './i18n';

export type Send = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;

export const send: Send = async <T extends MessageType>(type: T, payload: RequestOf<T>) => {
  const envelope: Envelope<T> = { type, payload };
  const reply = (await ext().runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new Error(t('errorNoBackground', type));
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
};
