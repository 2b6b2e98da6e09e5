import { describe, expect, it } from 'vitest';
import { hostOf, isNeverTraced, readSettings, writeSettings } from '../../src/platform/settings';
import { FakeBrowser } from './fake-browser';

describe('settings', () => {
  it('defaults to auto-trace on and no never-trace hosts', async () => {
    expect(await readSettings(new FakeBrowser().api)).toEqual({ autoTrace: true, neverTrace: [] });
  });

  it('stores changes, normalising hosts (URLs pasted, case, duplicates, blanks)', async () => {
    const { api } = new FakeBrowser();
    await writeSettings(api, { autoTrace: false });
    const settings = await writeSettings(api, { neverTrace: ['https://News.Example.com/path?q=1', 'example.org', ' EXAMPLE.org ', ''] });
    expect(settings).toEqual({ autoTrace: false, neverTrace: ['example.org', 'news.example.com'] });
    expect(await readSettings(api)).toEqual(settings);
  });

  it('rejects malformed values and keeps the stored settings', async () => {
    const { api } = new FakeBrowser();
    await expect(writeSettings(api, { autoTrace: 'yes' as unknown as boolean })).rejects.toThrow(/autoTrace/);
    await expect(writeSettings(api, { neverTrace: 'example.org' as unknown as string[] })).rejects.toThrow(/neverTrace/);
    await expect(writeSettings(api, { neverTrace: ['exa mple.org'] })).rejects.toThrow(/not a host name/);
    expect(await readSettings(api)).toEqual({ autoTrace: true, neverTrace: [] });
  });

  it('matches never-trace hosts with their subdomains only', () => {
    const settings = { autoTrace: true, neverTrace: ['example.com'] };
    expect(isNeverTraced('https://example.com/a', settings)).toBe(true);
    expect(isNeverTraced('https://www.example.com/a', settings)).toBe(true);
    expect(isNeverTraced('https://notexample.com/a', settings)).toBe(false);
    expect(isNeverTraced('https://example.com.evil.test/a', settings)).toBe(false);
    expect(isNeverTraced(undefined, settings)).toBe(false);
    expect(hostOf('http://Example.COM:8080/x')).toBe('example.com');
  });
});
