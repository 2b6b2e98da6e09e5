/** User settings in storage.local: small, and kept apart from the corpus database. */
import type { Settings } from '../messages';
import { storedSettings } from './stored-settings';

export const defaultSettings: Settings = { autoTrace: true, neverTrace: [] };

const stored = storedSettings(
  'settings',
  defaultSettings,
  ['autoTrace', 'neverTrace', 'keepDays', 'maxMegabytes'],
  normaliseSettings,
);

export const readSettings = stored.read;
export const writeSettings = stored.write;

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
