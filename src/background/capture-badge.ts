/** The badge of a page captured into the corpus: "+" on green, and a tooltip that says what happened. */
import type { BackgroundApi } from '../platform/browser-api';
import type { Badge } from './badge';

export const capturedBadge: Badge = { text: '+', colour: '#1e7e34' };

// English until the locale carries the key (getMessage answers '' for a missing one).
const capturedTitle = 'Captured into your corpus';

/** The toolbar tooltip for the tab: the capture notice, or the extension's usual title. */
export function badgeTitle(api: Pick<BackgroundApi, 'i18n'>, captured: boolean): string {
  if (captured) return api.i18n.getMessage('capturedBadgeTitle') || capturedTitle;
  // Chrome accepts only a string here (no null to reset), so the default title is set back explicitly.
  return api.i18n.getMessage('actionTitle') || 'Wiretrace';
}
