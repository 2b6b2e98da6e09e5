import { describe, expect, it } from 'vitest';
import { storyIdOf, wireStory } from '../../src/background/capture-page';
import {
  agencyOfSite,
  captureSiteFor,
  defaultCaptureSettings,
  defaultWireSites,
  formatWireSite,
  parseWireSite,
  readCaptureSettings,
  wireSiteOf,
  writeCaptureSettings,
} from '../../src/platform/wire-sites';
import { FakeBrowser } from './fake-browser';

const hosts = (url: string) => wireSiteOf(url, defaultWireSites)?.host;

describe('wire-site matching', () => {
  it('knows the default wire agencies, subdomains included, over http and https', () => {
    expect(hosts('https://www.reuters.com/world/europe/story-2031-11-03/')).toBe('reuters.com');
    expect(hosts('http://www.reuters.com:8123/world/x')).toBe('reuters.com');
    expect(hosts('https://apnews.com/article/fictional-0123')).toBe('apnews.com');
    expect(hosts('https://www.aa.com.tr/en/world/fictional/123')).toBe('aa.com.tr');
    expect(hosts('https://english.kyodonews.net/news/2031/11/x.html')).toBe('kyodonews.net');
    expect(hosts('https://www.pa.media/news/x')).toBe('pa.media');
  });

  it('does not take look-alike hosts or other schemes', () => {
    expect(hosts('https://notreuters.com/world/x')).toBeUndefined();
    expect(hosts('https://reuters.com.evil.test/world/x')).toBeUndefined();
    expect(hosts('https://news.example/reuters.com/x')).toBeUndefined();
    expect(hosts('ftp://reuters.com/x')).toBeUndefined();
    expect(hosts('not a url')).toBeUndefined();
    expect(hosts('')).toBeUndefined();
  });

  it('matches a path prefix by whole segments (ansa.it/english, not the Italian site)', () => {
    const ansa = (url: string) => wireSiteOf(url, defaultWireSites);
    expect(ansa('https://www.ansa.it/english/news/world/2031/11/03/x.html')).toEqual({ host: 'ansa.it', path: '/english' });
    expect(ansa('https://www.ansa.it/english')).toBeDefined();
    expect(ansa('https://www.ansa.it/English/news/x.html')).toBeDefined();
    expect(ansa('https://www.ansa.it/sito/notizie/x.html')).toBeUndefined();
    expect(ansa('https://www.ansa.it/englishman/x.html')).toBeUndefined();
  });

  it('uses the edited list, not the defaults', () => {
    const sites = [parseWireSite('xinhuanet.com/english = Xinhua'), parseWireSite('wire.example')];
    expect(wireSiteOf('https://www.xinhuanet.com/english/2031/x.htm', sites)?.agency).toBe('Xinhua');
    expect(wireSiteOf('https://www.xinhuanet.com/politics/x.htm', sites)).toBeUndefined();
    expect(wireSiteOf('https://a.b.wire.example/x', sites)?.host).toBe('wire.example');
    expect(wireSiteOf('https://www.reuters.com/world/x', sites)).toBeUndefined();
  });
});

describe('the editable list', () => {
  it('reads a line as host, optional path, optional "= Agency"; URLs and www. are accepted', () => {
    expect(parseWireSite('ansa.it/english')).toEqual({ host: 'ansa.it', path: '/english' });
    expect(parseWireSite('  https://www.Xinhuanet.com/English/ = Xinhua News ')).toEqual({ host: 'xinhuanet.com', path: '/english', agency: 'Xinhua News' });
    expect(parseWireSite('*.wire.example')).toEqual({ host: 'wire.example', path: '' });
    for (const bad of ['', 'localhost', 'exa mple.com', 'wire.example:8080', 'user@wire.example', 'ftp://wire.example', '= Agency']) {
      expect(() => parseWireSite(bad), bad).toThrow(/is not a wire site/);
    }
  });

  it('formats back to what parses to the same site', () => {
    for (const line of ['reuters.com', 'ansa.it/english', 'xinhuanet.com/english = Xinhua']) {
      expect(formatWireSite(parseWireSite(line))).toBe(line);
    }
  });

  it('stores edits normalised and de-duplicated, and refuses malformed ones keeping the stored list', async () => {
    const { api } = new FakeBrowser();
    const saved = await writeCaptureSettings(api, {
      sites: [{ host: 'WWW.Wire.Example', path: '/News/' }, { host: 'wire.example', path: '/news', agency: 'Wire' }, { host: 'other.example', path: '' }],
    });
    expect(saved.sites).toEqual([{ host: 'wire.example', path: '/news', agency: 'Wire' }, { host: 'other.example', path: '' }]);
    await expect(writeCaptureSettings(api, { sites: [{ host: 'bad host', path: '' }] })).rejects.toThrow(/not a wire site/);
    await expect(writeCaptureSettings(api, { sites: 'reuters.com' as never })).rejects.toThrow(/list of wire sites/);
    await expect(writeCaptureSettings(api, { sites: [42] as never })).rejects.toThrow(/list of wire sites/);
    await expect(writeCaptureSettings(api, { enabled: 'yes' as never })).rejects.toThrow(/enabled/);
    expect((await readCaptureSettings(api)).sites).toEqual(saved.sites);
  });
});

describe('the capture decision', () => {
  const tracing = { autoTrace: true, neverTrace: [] };
  const article = 'https://www.reuters.com/world/europe/story/';

  it('is off by default and offered once', async () => {
    const { api } = new FakeBrowser();
    const settings = await readCaptureSettings(api);
    expect(settings).toEqual(defaultCaptureSettings);
    expect(settings).toMatchObject({ enabled: false, offered: false });
    expect(captureSiteFor(article, tracing, settings)).toBeUndefined();
  });

  it('captures wire sites once accepted, and nothing else', async () => {
    const { api } = new FakeBrowser();
    const settings = await writeCaptureSettings(api, { enabled: true, offered: true });
    expect(await readCaptureSettings(api)).toMatchObject({ enabled: true, offered: true, sites: defaultCaptureSettings.sites });
    expect(captureSiteFor(article, tracing, settings)?.host).toBe('reuters.com');
    expect(captureSiteFor('https://news.example/world/story', tracing, settings)).toBeUndefined();
  });

  it('never reads a site on the never-trace list, and stops when turned off again', async () => {
    const { api } = new FakeBrowser();
    const on = await writeCaptureSettings(api, { enabled: true, offered: true });
    expect(captureSiteFor(article, { autoTrace: false, neverTrace: ['reuters.com'] }, on)).toBeUndefined();
    expect(captureSiteFor(article, { autoTrace: false, neverTrace: [] }, on)).toBeDefined();
    const off = await writeCaptureSettings(api, { enabled: false });
    expect(captureSiteFor(article, tracing, off)).toBeUndefined();
    expect(off.offered).toBe(true);
  });
});

describe('the captured story', () => {
  const page = {
    url: 'http://www.reuters.com:8123/world/europe/story-2031/?utm_source=feed',
    canonicalUrl: 'https://www.reuters.com/world/europe/story-2031/?utm_source=feed&utm_medium=x&id=7#main',
    title: 'A fictional story',
    siteName: 'Reuters Fictional',
    publishedTime: '2031-11-03T08:05:00Z',
    paragraphs: ['First fictional paragraph.', 'Second fictional paragraph.'],
  };

  it('takes its id from the canonical URL without fragment or tracking parameters', () => {
    expect(storyIdOf(page)).toBe('https://www.reuters.com/world/europe/story-2031/?id=7');
    expect(storyIdOf({ url: 'https://apnews.com/article/x?fbclid=1#top' })).toBe('https://apnews.com/article/x');
  });

  it('credits the agency of the host, the site list entry, or else the page', () => {
    expect(wireStory(page, parseWireSite('reuters.com'))).toEqual({
      id: 'https://www.reuters.com/world/europe/story-2031/?id=7',
      url: 'https://www.reuters.com/world/europe/story-2031/?id=7',
      agency: 'Reuters',
      title: 'A fictional story',
      published: '2031-11-03T08:05:00Z',
      text: 'First fictional paragraph.\n\nSecond fictional paragraph.',
    });
    expect(agencyOfSite(parseWireSite('ansa.it/english'))).toBe('ANSA');
    expect(agencyOfSite(parseWireSite('aa.com.tr'))).toBe('Anadolu');
    expect(agencyOfSite(parseWireSite('wire.example = Fictional Wire'), 'Site')).toBe('Fictional Wire');
    expect(agencyOfSite(parseWireSite('wire.example'), ' Site name ')).toBe('Site name');
    expect(agencyOfSite(parseWireSite('wire.example'))).toBe('wire.example');
  });

  it('keeps its date as ISO 8601, or leaves a date that is none out (the corpus would refuse the story)', () => {
    const site = parseWireSite('reuters.com');
    expect(wireStory({ ...page, publishedTime: 'Mon, 03 Nov 2031 08:05:00 GMT' }, site).published).toBe('2031-11-03T08:05:00.000Z');
    expect(wireStory({ ...page, publishedTime: 'a while ago' }, site)).not.toHaveProperty('published');
  });
});
