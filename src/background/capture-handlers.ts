/** The options page's messages for wire-site capture: read and change its settings. */
import type { PageMessages } from '../messages';
import type { BackgroundApi } from '../platform/browser-api';
import { readCaptureSettings, writeCaptureSettings } from '../platform/wire-sites';

type CaptureMessages = Pick<PageMessages, 'capture-settings-get' | 'capture-settings-set'>;
type CaptureHandlers = { [T in keyof CaptureMessages]: (payload: CaptureMessages[T]['request']) => Promise<CaptureMessages[T]['response']> };

export function captureHandlers({ api }: { api: BackgroundApi }): CaptureHandlers {
  return {
    'capture-settings-get': () => readCaptureSettings(api),
    'capture-settings-set': (payload) => writeCaptureSettings(api, payload),
  };
}
