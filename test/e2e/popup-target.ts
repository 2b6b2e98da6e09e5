/**
 * The action popup as a CDP target. Playwright does not surface a popup opened by action.openPopup() as a page,
 * so the test finds it among the browser's targets and drives it over a raw (non-flattened) CDP session.
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext, CDPSession } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export class PopupTarget {
  private nextId = 1;
  private readonly waiting = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
    readonly targetId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id === undefined) return;
      this.waiting.get(message.id)?.(message);
      this.waiting.delete(message.id);
    });
  }

  /** Waits for a popup.html target other than `except` (a popup from an earlier opening) and attaches to it. */
  static async find(context: BrowserContext, extensionId: string, except: string[] = [], timeoutMs = 15_000): Promise<PopupTarget> {
    const browser = context.browser();
    if (!browser) throw new Error('no browser behind the context');
    const cdp = await browser.newBrowserCDPSession();
    const prefix = `chrome-extension://${extensionId}/popup.html`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      const target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(prefix) && !except.includes(t.targetId));
      if (target) {
        const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
        return new PopupTarget(cdp, sessionId, target.targetId);
      }
      if (Date.now() > deadline) throw new Error(`the popup did not open within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => this.waiting.set(id, resolve));
    await this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await answer;
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result as T;
  }

  /** Evaluates an expression in the popup and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.call<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`popup: ${exceptionDetails.text}`);
    return result.value;
  }

  /** Texts of the elements with this data-testid. */
  texts(testid: string): Promise<string[]> {
    return this.evaluate(`[...document.querySelectorAll('[data-testid="${testid}"]')].map((e) => e.textContent.trim())`);
  }

  /** Waits until an element with one of these data-testids exists; returns the one found. */
  async waitForTestId(testids: string[], timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await this.evaluate<string | null>(
        `${JSON.stringify(testids)}.find((id) => document.querySelector('[data-testid="' + id + '"]')) ?? null`,
      );
      if (found) return found;
      if (Date.now() > deadline) {
        const body = await this.evaluate<string>('document.body.innerText');
        throw new Error(`none of ${testids.join(', ')} appeared in the popup; it shows:\n${body}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The popup as it opens, or only the element `selector` finds, wherever it lies in the popup's scroll. */
  async screenshot(path: string, selector?: string): Promise<void> {
    const clip = selector
      ? await this.evaluate<{ x: number; y: number; width: number; height: number }>(
          `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }; })()`,
        )
      : undefined;
    const { data } = await this.call<{ data: string }>('Page.captureScreenshot', {
      format: 'png',
      ...(clip ? { clip: { ...clip, scale: 1 }, captureBeyondViewport: true } : {}),
    });
    writeFileSync(path, Buffer.from(data, 'base64'));
  }

  async close(): Promise<void> {
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
    await this.cdp.detach().catch(() => undefined);
  }
}
