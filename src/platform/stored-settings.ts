/** A settings object kept under one storage.local key: read over its defaults, written field by known field. */
import type { BackgroundApi } from './browser-api';

type Local = BackgroundApi['storage']['local'];
/** Reading needs `get` alone: the content script has no more. */
type Reader = { storage: { local: Pick<Local, 'get'> } };
type Storage = { storage: { local: Pick<Local, 'get' | 'set'> } };

export function storedSettings<T extends object>(
  key: string,
  defaults: T,
  fields: ReadonlyArray<keyof T>,
  normalise: (settings: T) => T,
) {
  const read = async (api: Reader): Promise<T> => {
    const stored = (await api.storage.local.get(key))[key] as Partial<T> | undefined;
    return normalise({ ...defaults, ...stored });
  };
  /** Applies the known fields of `change` (anything else in the message is ignored) and stores the result. */
  const write = async (api: Storage, change: Partial<T>): Promise<T> => {
    const next: T = { ...(await read(api)) };
    for (const field of fields) if (change[field] !== undefined) next[field] = change[field] as T[keyof T];
    const settings = normalise(next);
    await api.storage.local.set({ [key]: settings });
    return settings;
  };
  return { read, write };
}
