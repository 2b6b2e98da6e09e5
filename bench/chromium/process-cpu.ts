/**
 * CPU time used by one Chromium — its browser process and every process under it (renderers, the extension's
 * worker, the storage and network services) — read from Linux's /proc. An import keeps several of them busy at
 * once (the options page, the worker, IndexedDB's backend), so its cost is their sum, set against the machine's
 * cores. Null where there is no /proc.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times, is 100 on every architecture Chromium ships for. */
const TICKS_PER_S = 100;

interface ProcessTimes {
  parent: number;
  /** Its own user + system time, and that of its children already exited and reaped. */
  ticks: number;
}

/** CPU seconds used so far by the Chromium whose command line contains `flag` (e.g. its --load-extension=DIR). */
export function chromiumCpuSeconds(flag: string): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const processes = new Map<number, ProcessTimes>();
  const matching = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which may itself hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(pid, { parent: Number(fields[1]), ticks: fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0) });
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(flag)) matching.add(pid);
    } catch {
      // The process ended while the list was read.
    }
  }
  const browser = [...matching].find((pid) => !matching.has(processes.get(pid)?.parent ?? -1));
  if (browser === undefined) return null;
  let ticks = 0;
  for (const [pid, times] of processes) {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = processes.get(at)?.parent) {
      if (at === browser) {
        ticks += times.ticks;
        break;
      }
    }
  }
  return ticks / TICKS_PER_S;
}
