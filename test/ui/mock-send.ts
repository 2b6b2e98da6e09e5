/** A `send` whose answers the test writes per message type; every call is recorded. */
import type { MessageType, RequestOf, ResponseOf } from '../../src/messages';
import type { Send } from '../../src/ui/send';

export type Handlers = { [T in MessageType]?: (payload: RequestOf<T>) => ResponseOf<T> | Promise<ResponseOf<T>> };

export function mockSend(handlers: Handlers): { send: Send; calls: Array<{ type: MessageType; payload: unknown }> } {
  const calls: Array<{ type: MessageType; payload: unknown }> = [];
  const send = (async (type: MessageType, payload: unknown) => {
    calls.push({ type, payload });
    const handler = handlers[type] as ((p: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected message ${type}`);
    return handler(payload);
  }) as Send;
  return { send, calls };
}
