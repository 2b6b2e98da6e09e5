/** Dates as corpus records hold them: ISO 8601 strings, whatever form the source used. */

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
// The basic form NITF and NewsML use in attributes: 20240305T101500Z, 20240305T101500+0100, 20240305.
const ISO_8601_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether `value` is an ISO 8601 date or date-time (extended form) that names a real instant. */
export function isIsoDate(value: string): boolean {
  return ISO_8601.test(value) && !Number.isNaN(Date.parse(value.replace(',', '.')));
}

/**
 * An ISO 8601 form of a date as feeds and wire XML write it: ISO already (kept as written, offset included),
 * the basic form (expanded), "2024-03-05 10:15:00" (T added), or RFC 822 as in RSS (converted to UTC).
 * Undefined when the text is not a date.
 */
export function toIsoDate(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (isIsoDate(value)) return value;
  const spaced = value.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, '$1T$2');
  if (isIsoDate(spaced)) return spaced;
  const basic = ISO_8601_BASIC.exec(value);
  if (basic) {
    const [, year, month, day, hour, minute, second, zone] = basic;
    const offset = zone?.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2') ?? '';
    const expanded = hour ? `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${offset}` : `${year}-${month}-${day}`;
    return isIsoDate(expanded) ? expanded : undefined;
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
