/** Stable ids for stories whose source gives none: the same text always gets the same id. */

/** `prefix:` and the first 16 hex digits of the SHA-256 of `text` (Web Crypto: browser and Node alike). */
export async function contentId(prefix: string, text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest).subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${prefix}:${hex}`;
}
