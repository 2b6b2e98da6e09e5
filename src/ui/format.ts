/** Numbers, shares, sizes and dates in the browser's UI language. */
import { uiLanguage } from './i18n';

export function formatCount(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

/** A 0..1 share as a whole percentage; clamped because a bar cannot go past its track. */
export function formatShare(share: number): string {
  return new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(clampShare(share));
}

export function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}

export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(uiLanguage(), {
    style: 'unit',
    unit: units[unit],
    // "900 bytes", but "2.1 kB": the short form of byte is the unpluralised "byte".
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** Dates from records are free text (ISO most of the time); anything unparseable is shown as it came. */
export function formatDate(value: string | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const hasTime = /T\d{2}:\d{2}/.test(value);
  // A bare date means that calendar day everywhere: read it in UTC so it does not shift to the day before.
  const options: Intl.DateTimeFormatOptions = hasTime
    ? { dateStyle: 'medium', timeStyle: 'short' }
    : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(uiLanguage(), options).format(date);
}

/** Ranking scores have no fixed scale, so they are shown as plain numbers, never as percentages. */
export function formatScore(score: number): string {
  return new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 }).format(score);
}
