/**
 * Which tab the popup is about. Opened from the toolbar it is the active tab; opened as a page of its own
 * (the context-menu fallback, `popup.html?tab=ID`) the active tab is the popup itself, so the id comes in the URL.
 */
import type { ExtApi } from '../ui/ext';

export async function resolveTabId(search: string, tabs: ExtApi['tabs']): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(search).get('tab');
  if (fromUrl !== null && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [active] = await tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
