import { describe, expect, it } from 'vitest';
import { agencyOfName, agencyOfUrl, knownAgency } from '../../src/ingest/agency';
import { isIsoDate, toIsoDate } from '../../src/ingest/iso-date';

describe('agency', () => {
  it('maps wire hosts, subdomains included', () => {
    expect(agencyOfUrl('https://www.reuters.com/world/x')).toBe('Reuters');
    expect(agencyOfUrl('https://apnews.com/article/x')).toBe('AP');
    expect(agencyOfUrl('https://www.aa.com.tr/en/x')).toBe('Anadolu');
    expect(agencyOfUrl('https://english.kyodonews.net/news/x')).toBe('Kyodo');
    expect(agencyOfUrl('https://notreuters.com/x')).toBeUndefined();
    expect(agencyOfUrl('javascript:alert(1)')).toBeUndefined();
  });

  it('recognises agency names and provider codes', () => {
    expect(agencyOfName('Reuters: World News')).toBe('Reuters');
    expect(agencyOfName('The Associated Press')).toBe('AP');
    expect(agencyOfName('nprov:AP')).toBe('AP');
    expect(agencyOfName('Agence France-Presse')).toBe('AFP');
    expect(agencyOfName('dpa Deutsche Presse-Agentur GmbH')).toBe('dpa');
    expect(agencyOfName('a map of the area')).toBeUndefined();
  });

  it('tries names before addresses', () => {
    expect(knownAgency({ names: ['Jane Doe', 'AFP'], urls: ['https://www.reuters.com/x'] })).toBe('AFP');
    expect(knownAgency({ names: ['Jane Doe'], urls: [undefined, 'https://www.upi.com/x'] })).toBe('UPI');
  });
});

describe('dates', () => {
  it('accepts ISO 8601 dates and date-times, and rejects the rest', () => {
    for (const value of ['2024-03-05', '2024-03-05T10:15Z', '2024-03-05T10:15:00.123+01:00', '2024-03-05T10:15:00']) {
      expect(isIsoDate(value)).toBe(true);
    }
    for (const value of ['yesterday', '2024-13-45', '05/03/2024', 'Tue, 05 Mar 2024 10:15:00 GMT']) expect(isIsoDate(value)).toBe(false);
  });

  it('converts the forms feeds and wire XML use', () => {
    expect(toIsoDate('2024-03-05T08:29:29-04:00')).toBe('2024-03-05T08:29:29-04:00');
    expect(toIsoDate('Tue, 05 Mar 2024 10:15:00 GMT')).toBe('2024-03-05T10:15:00.000Z');
    expect(toIsoDate('20240305T101500Z')).toBe('2024-03-05T10:15:00Z');
    expect(toIsoDate('20240305T0615+0100')).toBe('2024-03-05T06:15:00+01:00');
    expect(toIsoDate('2019-04-28 06:01:07')).toBe('2019-04-28T06:01:07');
    expect(toIsoDate('not a date')).toBeUndefined();
    expect(toIsoDate(undefined)).toBeUndefined();
  });
});
