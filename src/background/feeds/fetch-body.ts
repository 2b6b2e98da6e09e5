/**
 * One GET from the background, for a feed or an article: no cookies, no HTTP cache in the way, bounded in time
 * and size. A network failure, an HTTP error status or an oversized body is a FetchError with a message a
 * person can act on.
 */
import { errorText } from '../tab-tracker';

export class FetchError extends Error {
  override name = 'FetchError';
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { status: 'not-modified' }
  | { status: 'ok'; bytes: Uint8Array; contentType: string; validators: Validators };

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export async function fetchBody(
  fetcher: typeof fetch,
  url: string,
  limits: FetchLimits,
  validators: Validators = {},
): Promise<FetchOutcome> {
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  let response: Response;
  try {
    // no-store: the validators are ours, so a 304 reaches this code instead of being answered from the cache.
    response = await fetcher(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(limits.timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new FetchError(timedOut ? `no answer within ${limits.timeoutMs / 1000} s` : `could not connect (${errorText(error)})`);
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError(`the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  return {
    status: 'ok',
    bytes: await readBounded(response, limits.maxBytes),
    contentType: response.headers.get('content-type') ?? '',
    validators: {
      ...(response.headers.get('etag') && { etag: response.headers.get('etag')! }),
      ...(response.headers.get('last-modified') && { lastModified: response.headers.get('last-modified')! }),
    },
  };
}

/** The body, or a FetchError as soon as it passes `maxBytes` (the rest is never downloaded). */
async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new FetchError(`the answer is larger than ${Math.round(maxBytes / 1_000_000)} MB`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      length += next.value.byteLength;
      if (length > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      parts.push(next.value);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError(`the connection broke while reading (${errorText(error)})`);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
