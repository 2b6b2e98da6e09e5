/** Reads the never-trace list as typed by a person: one site per line (or separated by spaces/commas), URLs allowed. */
export interface ParsedHosts {
  hosts: string[];
  /** Entries that are not host names, as typed. */
  invalid: string[];
}

const hostPattern = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export function parseHosts(text: string): ParsedHosts {
  const hosts = new Set<string>();
  const invalid: string[] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const host = hostOf(entry);
    if (host) hosts.add(host);
    else invalid.push(entry);
  }
  return { hosts: [...hosts], invalid };
}

function hostOf(entry: string): string | undefined {
  // "*.example.com" means what the list already does for "example.com": subdomains are included.
  let candidate = entry.toLowerCase().replace(/^\*\./, '');
  if (candidate.includes('/') || candidate.includes(':')) {
    try {
      candidate = new URL(candidate.includes('://') ? candidate : `https://${candidate}`).hostname;
    } catch {
      return undefined;
    }
  }
  candidate = candidate.replace(/\.$/, '');
  return hostPattern.test(candidate) ? candidate : undefined;
}
