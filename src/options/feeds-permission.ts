/**
 * Host access for a feed, asked for when the feed is added (or checked by hand). The manifest's host permissions
 * already name every http(s) site for the content script, so Chrome answers at once unless the user narrowed the
 * extension's site access; Firefox lets the user withdraw host access in about:addons, and then this asks again.
 * Either way the background fetch needs the grant: without it the fetch is an ordinary cross-origin request,
 * which a feed without CORS headers refuses.
 */
import { feedUrl, originPattern } from '../feeds/feed-url';
import { ext } from '../ui/ext';

interface PermissionsApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
}

/** Throws (synchronously) for an address that cannot be a feed, so the form says why before any prompt. */
export function requestFeedAccess(url: string): Promise<boolean> {
  const pattern = originPattern(feedUrl(url));
  const { permissions } = ext() as unknown as { permissions: PermissionsApi };
  return permissions.request({ origins: [pattern] });
}
