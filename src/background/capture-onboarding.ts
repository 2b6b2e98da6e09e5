/**
 * First run: wire-site capture stays off until the user accepts it, so the options page opens once on install,
 * where the choice is offered ("Capture stories from wire sites" or "Not now").
 */
import type { Runtime } from 'webextension-polyfill';
import type { BackgroundApi } from '../platform/browser-api';
import { readCaptureSettings } from '../platform/wire-sites';

export async function offerCaptureOnInstall(api: Pick<BackgroundApi, 'runtime' | 'storage'>, details: Pick<Runtime.OnInstalledDetailsType, 'reason'>): Promise<void> {
  if (details.reason !== 'install' || (await readCaptureSettings(api)).offered) return;
  await api.runtime.openOptionsPage();
}
