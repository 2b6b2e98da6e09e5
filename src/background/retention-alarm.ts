/** The daily alarm that enforces retention, created once: re-creating it at every worker start would postpone it forever. */
import type { Browser } from 'webextension-polyfill';

export const retentionAlarm = 'wiretrace-retention';
const dailyMinutes = 24 * 60;

export async function scheduleRetention(alarms: Pick<Browser['alarms'], 'get' | 'create'>): Promise<void> {
  if (await alarms.get(retentionAlarm)) return;
  await alarms.create(retentionAlarm, { delayInMinutes: 1, periodInMinutes: dailyMinutes });
}
