/** Recognising "the browser's storage quota is reached", however IndexedDB and Dexie wrap it. */

/** True for QuotaExceededError (DOMException or Dexie.QuotaExceededError), also inside Dexie's abort and bulk errors. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError') return true;
  if (isQuotaError(inner, depth + 1)) return true;
  const nested = Array.isArray(failures) ? failures : failures && typeof failures === 'object' ? Object.values(failures) : [];
  return nested.some((failure) => isQuotaError(failure, depth + 1));
}
