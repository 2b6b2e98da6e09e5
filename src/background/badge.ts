/** The toolbar badge: who the page comes from and how much of it, at a glance. */
import type { TraceResult, Verdict } from '../core/types';
import type { BackgroundApi } from '../platform/browser-api';
import { badgeTitle, capturedBadge } from './capture-badge';

export const verdictColours: Record<Verdict, string> = {
  derived: '#b3261e',
  partial: '#b06000',
  none: '#5f6368',
};

export interface Badge {
  text: string;
  colour: string;
}

/** "R 92%": the source agency's initial and the share of the page reused from it; empty when there is no source. */
export function badgeFor(result: TraceResult | undefined): Badge {
  if (!result?.source) return { text: '', colour: verdictColours.none };
  const initial = result.source.agency.trim().charAt(0).toUpperCase() || '?';
  const share = Math.round(Math.min(1, Math.max(0, result.reuse)) * 100);
  return { text: `${initial} ${share}%`, colour: verdictColours[result.verdict] };
}

/** A page captured into the corpus (wire-site capture) shows the capture badge instead of a trace result. */
export async function showBadge(
  api: Pick<BackgroundApi, 'action' | 'i18n'>,
  tabId: number,
  result?: TraceResult,
  captured = false,
): Promise<void> {
  const badge = captured ? capturedBadge : badgeFor(result);
  try {
    await api.action.setBadgeText({ tabId, text: badge.text });
    if (badge.text) await api.action.setBadgeBackgroundColor({ tabId, color: badge.colour });
    await api.action.setTitle({ tabId, title: badgeTitle(api, captured) });
  } catch {
    // The tab closed while its page was traced: there is no badge left to set.
  }
}
