/** A finished trace as the popup shows it, read from its DOM into plain data the tests compare. */
import type { PopupTarget } from './popup-target';

export interface PopupResult {
  verdict: string | null;
  source: {
    id: string | null;
    agency: string;
    title: string;
    url: string | null;
    published: string | null;
    /** As formatted on screen, plus the exact value the element carries. */
    confidence: string;
    confidenceValue: number;
    reuse: string;
    reuseValue: number;
    coverage: string;
    coverageValue: number;
  } | null;
  cut: Array<{ index: number; text: string }>;
  /** `wire` without the kind badge; `page` null when the popup says the page left it out. */
  changes: Array<{ kind: string; wire: string; page: string | null }>;
  added: string[];
  /** `shares`: the line giving the source's share of the page and its confidence, as shown. */
  additional: Array<{ id: string | null; agency: string; title: string; shares: string }>;
  alternatives: Array<{ id: string | null; agency: string; title: string }>;
}

// Runs in the popup: no imports, only the DOM.
const reader = `(() => {
  const one = (selector, scope = document) => scope.querySelector(selector);
  const all = (selector, scope = document) => [...scope.querySelectorAll(selector)];
  const text = (el) => (el ? el.textContent : null);
  const source = one('section.source');
  return {
    verdict: one('[data-testid="verdict"]')?.dataset.verdict ?? null,
    source: source && {
      id: source.dataset.id ?? null,
      agency: text(one('[data-testid="source-agency"]', source)),
      title: text(one('[data-testid="source-title"]', source)),
      url: one('[data-testid="source-title"]', source).getAttribute('href'),
      published: one('time', source)?.getAttribute('datetime') ?? null,
      confidence: text(one('[data-testid="confidence"]', source)),
      confidenceValue: Number(one('[data-testid="confidence"]', source).dataset.value),
      reuse: text(one('[data-testid="reuse"] .bar__value', source)),
      reuseValue: Number(one('[data-testid="reuse"]', source).dataset.value),
      coverage: text(one('[data-testid="coverage"] .bar__value', source)),
      coverageValue: Number(one('[data-testid="coverage"]', source).dataset.value),
    },
    cut: all('[data-testid="cut-sentence"]').map((li) => ({ index: Number(li.dataset.index), text: li.textContent })),
    changes: all('tr.change').map((row) => {
      const wire = one('.change__wire', row).cloneNode(true);
      const badge = one('.badge', wire);
      badge.nextSibling.textContent = badge.nextSibling.textContent.replace(/^ /, '');
      badge.remove();
      const page = one('.change__page', row);
      return { kind: row.dataset.kind, wire: wire.textContent, page: page.classList.contains('change__page--dropped') ? null : page.textContent };
    }),
    added: all('[data-testid="added-sentence"]').map(text),
    additional: all('[data-testid="additional-source"]').map((li) => ({
      id: li.dataset.id ?? null,
      agency: text(one('.badge', li)),
      title: text(li.children[1]),
      shares: text(one('.muted', li)),
    })),
    alternatives: all('[data-testid="alternative"]').map((li) => ({ id: li.dataset.id ?? null, agency: text(one('.badge', li)), title: text(li.children[1]) })),
  };
})()`;

export function readPopupResult(popup: PopupTarget): Promise<PopupResult> {
  return popup.evaluate<PopupResult>(reader);
}
