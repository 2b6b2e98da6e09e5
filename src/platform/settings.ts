/** User settings in storage.local: small, and kept apart from the corpus database. */
import type { Settings } from '../messages';
import type { BackgroundApi } from './browser-api';

export const defaultSettings: Settings = { autoTrace: true, neverTrace: [] };

const key = 'settings';

export async function readSettings(api: Pick<BackgroundApi, 'storage'>): Promise<Settings> {
  const stored = (await api.storage.local.get(key))[key] as Partial<Settings> | undefined;
  return normaliseSettings({ ...defaultSettings, ...stored });
}

/** Applies the known fields of `change` (anything else in the message is ignored) and stores the result. */
export async function writeSettings(api: Pick<BackgroundApi, 'storage'>, change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings(api)) };
  if (change.autoTrace !== undefined) next.autoTrace = change.autoTrace;
  if (change.neverTrace !== undefined) next.neverTrace = change.neverTrace;
  if (change.keepDays !== undefined) next.keepDays = change.keepDays;
  if (change.maxMegabytes !== undefined) next.maxMegabytes = change.maxMegabytes;
  const settings = normaliseSettings(next);
  await api.storage.local.set({ [key]: settings });
  return settings;
}

function normaliseSettings(settings: Settings): Settings {
  if (typeof settings.autoTrace !== 'boolean') throw new Error('autoTrace must be true or false.');
  if (!Array.isArray(settings.neverTrace)) throw new Error('neverTrace must be a list of host names.');
  const hosts = settings.neverTrace.map((entry) => {
    if (typeof entry !== 'string') throw new Error('neverTrace must be a list of host names.');
    return hostOf(entry);
  });
  return {
    autoTrace: settings.autoTrace,
    neverTrace: [...new Set(hosts.filter(Boolean))].sort(),
    ...limit(settings.keepDays, 'keepDays'),
    ...limit(settings.maxMegabytes, 'maxMegabytes'),
  };
}

/** A retention limit: a whole number from 0, where 0 (stored as absent) means no limit. */
function limit(value: unknown, name: 'keepDays' | 'maxMegabytes'): Partial<Settings> {
  if (value === undefined || value === 0) return {};
  if (!Number.isInteger(value) || (value as number) < 0) throw new Error(`${name} must be a whole number from 0 (0 = no limit).`);
  return { [name]: value };
}

/** A pasted URL or host ("https://News.Example.com/a", "example.com") as a bare lower-case host name. */
export function hostOf(entry: string): string {
  const trimmed = entry.trim().toLowerCase();
  if (!trimmed) return '';
  try {
    return new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`).hostname.replace(/^\.+|\.+$/g, '');
  } catch {
    throw new Error(`"${entry}" is not a host name.`);
  }
}

/** True when the URL's host is on the never-trace list, subdomains included. */
export function isNeverTraced(url: string | undefined, settings: Settings): boolean {
  if (!url) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return settings.neverTrace.some((blocked) => host === blocked || host.endsWith(`.${blocked}`));
}
