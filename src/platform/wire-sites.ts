/**
 * Wire-site capture settings: whether stories read on a wire agency's own site join the corpus, and which sites
 * count as wire sites. Kept in storage.local apart from the tracing settings, and read by both the background and
 * the content script (which must extract such pages even when auto-trace is off).
 */
import { agencyOfUrl } from '../ingest/agency';
import type { Settings } from '../messages';
import { storedSettings } from './stored-settings';
import { isNeverTraced } from './settings';

/** A wire site: a host (subdomains included) and an optional path prefix ("ansa.it" + "/english"). */
export interface WireSite {
  host: string;
  /** "" for the whole host, else "/segment[/segment...]" without a trailing slash. */
  path: string;
  /** The agency credited for stories captured here; when absent, the known agency of the host or the page's site name. */
  agency?: string;
}

export interface CaptureSettings {
  /** Off until the user accepts it (at first run or on the options page). */
  enabled: boolean;
  /** The first-run choice was shown and answered, so it is not offered again. */
  offered: boolean;
  sites: WireSite[];
}

const key = 'wireCapture';
const hostPattern = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const maxSites = 500;

export const defaultWireSites: readonly WireSite[] = [
  'reuters.com',
  'apnews.com',
  'afp.com',
  'upi.com',
  'aa.com.tr',
  'dpa-international.com',
  'efe.com',
  'pa.media',
  'ansa.it/english',
  'kyodonews.net',
].map(parseWireSite);

export const defaultCaptureSettings: CaptureSettings = { enabled: false, offered: false, sites: [...defaultWireSites] };

const stored = storedSettings(key, defaultCaptureSettings, ['enabled', 'offered', 'sites'], normaliseCaptureSettings);

export const readCaptureSettings = stored.read;
export const writeCaptureSettings = stored.write;

function normaliseCaptureSettings(settings: CaptureSettings): CaptureSettings {
  if (typeof settings.enabled !== 'boolean') throw new Error('enabled must be true or false.');
  if (typeof settings.offered !== 'boolean') throw new Error('offered must be true or false.');
  if (!Array.isArray(settings.sites)) throw new Error('sites must be a list of wire sites.');
  if (settings.sites.length > maxSites) throw new Error(`The list holds at most ${maxSites} wire sites.`);
  const sites = new Map<string, WireSite>();
  for (const site of settings.sites) {
    const clean = parseWireSite(formatWireSite(checkedSite(site)));
    sites.set(clean.host + clean.path, clean);
  }
  return { enabled: settings.enabled, offered: settings.offered, sites: [...sites.values()] };
}

function checkedSite(site: unknown): WireSite {
  const { host, path, agency } = (site ?? {}) as Partial<Record<keyof WireSite, unknown>>;
  if (typeof host !== 'string' || typeof (path ?? '') !== 'string' || typeof (agency ?? '') !== 'string') {
    throw new Error('sites must be a list of wire sites.');
  }
  return { host, path: (path as string | undefined) ?? '', ...(agency ? { agency: agency as string } : {}) };
}

/**
 * One line of the editable list: a host, an optional path prefix and an optional "= Agency"
 * ("ansa.it/english = ANSA"). URLs are accepted; "www." is dropped since subdomains match anyway.
 */
export function parseWireSite(entry: string): WireSite {
  const [where, ...named] = entry.split('=');
  const agency = named.join('=').trim();
  const trimmed = where.trim().toLowerCase().replace(/^\*\./, '');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    throw new Error(`"${entry.trim()}" is not a wire site.`);
  }
  const host = url.hostname.replace(/^www\./, '').replace(/\.$/, '');
  if (!hostPattern.test(host) || url.port || url.username || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`"${entry.trim()}" is not a wire site.`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { host, path, ...(agency && { agency }) };
}

export function formatWireSite(site: WireSite): string {
  return site.host + site.path + (site.agency ? ` = ${site.agency}` : '');
}

/** The wire site the URL belongs to: its host or a subdomain, under the site's path prefix (whole segments). */
export function wireSiteOf(url: string | undefined, sites: readonly WireSite[]): WireSite | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  return sites.find(
    (site) =>
      (host === site.host || host.endsWith(`.${site.host}`)) &&
      (site.path === '' || path === site.path || path.startsWith(`${site.path}/`)),
  );
}

/** The capture decision: the wire site to capture the page for, or undefined (capture off, site never read, not a wire site). */
export function captureSiteFor(url: string | undefined, settings: Settings, capture: CaptureSettings): WireSite | undefined {
  if (!capture.enabled || isNeverTraced(url, settings)) return undefined;
  return wireSiteOf(url, capture.sites);
}

/** Who a captured story is credited to: the site's agency, else the host's known agency, else the page's site name. */
export function agencyOfSite(site: WireSite, siteName?: string): string {
  return site.agency ?? agencyOfUrl(`https://${site.host}${site.path}`) ?? (siteName?.trim() || site.host);
}
