/** Which news agency a feed, page or XML item comes from, from the names and addresses it carries. */

const AGENCY_HOSTS: Record<string, string> = {
  'reuters.com': 'Reuters',
  'apnews.com': 'AP',
  'ap.org': 'AP',
  'afp.com': 'AFP',
  'upi.com': 'UPI',
  'aa.com.tr': 'Anadolu',
  'dpa-international.com': 'dpa',
  'dpa.com': 'dpa',
  'efe.com': 'EFE',
  'pa.media': 'PA Media',
  'ansa.it': 'ANSA',
  'kyodonews.net': 'Kyodo',
  'xinhuanet.com': 'Xinhua',
  'bernama.com': 'Bernama',
  'antaranews.com': 'Antara',
};

// "AP" alone is matched only in capitals: in lower case it is too common a syllable in other text.
const AGENCY_NAMES: [RegExp, string][] = [
  [/\breuters\b/i, 'Reuters'],
  [/\bassociated press\b/i, 'AP'],
  [/\bAP\b/, 'AP'],
  [/\bafp\b|\bagence france[- ]presse\b/i, 'AFP'],
  [/\bupi\b|\bunited press international\b/i, 'UPI'],
  [/\banadolu\b/i, 'Anadolu'],
  [/\bdpa\b|\bdeutsche presse-agentur\b/i, 'dpa'],
  [/\befe\b/i, 'EFE'],
  [/\bpa media\b|\bpress association\b/i, 'PA Media'],
  [/\bansa\b/i, 'ANSA'],
  [/\bkyodo\b/i, 'Kyodo'],
  [/\bxinhua\b/i, 'Xinhua'],
  [/\bbernama\b/i, 'Bernama'],
  [/\bantara\b/i, 'Antara'],
];

/** The host of an http(s) URL without a leading "www.", or undefined. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The agency owning the URL's host (subdomains included), or undefined. */
export function agencyOfUrl(url: string | undefined): string | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  for (const [domain, agency] of Object.entries(AGENCY_HOSTS)) {
    if (host === domain || host.endsWith(`.${domain}`)) return agency;
  }
  return undefined;
}

/** The agency named in a title, credit or provider code ("Reuters World News", "nprov:AFP"), or undefined. */
export function agencyOfName(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return AGENCY_NAMES.find(([pattern]) => pattern.test(text))?.[1];
}

/** The first known agency among names and URLs, tried in the order given (most specific first). */
export function knownAgency(clues: { names?: (string | undefined)[]; urls?: (string | undefined)[] }): string | undefined {
  for (const name of clues.names ?? []) {
    const agency = agencyOfName(name);
    if (agency) return agency;
  }
  for (const url of clues.urls ?? []) {
    const agency = agencyOfUrl(url);
    if (agency) return agency;
  }
  return undefined;
}
