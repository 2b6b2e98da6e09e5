/**
 * A story's index terms (`storyTerms`) as text, to travel with an import batch: extension messages are serialised
 * as JSON, which would send a Uint32Array as an object with one property per term. Base64 of the array's bytes
 * (both ends run on one machine, so in one byte order).
 */
import { MAX_STORY_TERMS } from '../core/story-terms';

export function termsToText(terms: Uint32Array): string {
  const bytes = new Uint8Array(terms.buffer, terms.byteOffset, terms.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}

/** Base64 of MAX_STORY_TERMS terms: four characters for every three of their bytes. */
const MAX_TEXT_LENGTH = 4 * Math.ceil((MAX_STORY_TERMS * 4) / 3);

/** The terms, or null unless `text` holds what `storyTerms` makes: at most MAX_STORY_TERMS, strictly increasing. */
export function termsFromText(text: unknown): Uint32Array | null {
  if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  if (binary.length % 4 !== 0) return null;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const terms = new Uint32Array(bytes.buffer);
  for (let i = 1; i < terms.length; i++) if (terms[i] <= terms[i - 1]) return null;
  return terms;
}
