/** When feeds are polled: every 15 minutes while they answer, backing off exponentially while they fail. */

const minute = 60_000;

/** One alarm with this period polls every feed that is due. */
export const alarmPeriodMinutes = 15;
export const pollIntervalMs = alarmPeriodMinutes * minute;
/** The longest wait between polls of a failing feed. */
export const maxBackoffMs = 24 * 60 * minute;
/** A feed due this soon after an alarm counts as due then; otherwise alarm jitter would delay it a whole period. */
export const dueSlackMs = minute;

export function nextPollAfterSuccess(now: number): number {
  return now + pollIntervalMs;
}

/** After `failures` failed polls in a row (1, 2, ...): 30 min, 1 h, 2 h, ... up to a day. */
export function nextPollAfterFailure(now: number, failures: number): number {
  const delay = pollIntervalMs * 2 ** Math.min(Math.max(failures, 1), 16);
  return now + Math.min(delay, maxBackoffMs);
}
