/** A feed address as typed by a person, and the host permission pattern that lets the background fetch it. */

/** The address normalised (fragment dropped); an Error saying why it cannot be a feed address otherwise. */
export function feedUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`"${input.trim()}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('A feed address must start with http:// or https://.');
  // Browsers refuse to fetch an address with credentials in it.
  if (url.username || url.password) throw new Error('A feed address cannot contain a user name or password.');
  url.hash = '';
  return url.href;
}

/**
 * The match pattern for the feed's host, as permissions.request and permissions.contains take it. Ports are left
 * out: Firefox's match patterns do not accept them, and a pattern without one matches every port.
 */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
