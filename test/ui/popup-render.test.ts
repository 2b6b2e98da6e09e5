import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPopup } from '../../src/popup/render';
import type { PopupActions } from '../../src/popup/view';
import { installFakeExt, makeRoot } from './fake-ext';
import { hostile, states } from './fixtures';

function actions(): PopupActions {
  return { traceAgain: vi.fn(), addToCorpus: vi.fn(), downloadEvidence: vi.fn(), copyReport: vi.fn(), openOptions: vi.fn() };
}

function render(state: keyof typeof states, extra: { busy?: boolean } = {}) {
  const { root } = makeRoot();
  const acts = actions();
  renderPopup(root, { tab: states[state], ...extra }, acts);
  const one = (id: string) => root.querySelector(`[data-testid="${id}"]`);
  const all = (id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];
  return { root, acts, one, all };
}

beforeEach(() => installFakeExt());

describe('popup, done with a derived result', () => {
  it('shows verdict, source, confidence and the two shares on their hooks', () => {
    const { one, root } = render('done');
    expect(one('verdict')?.textContent).toBe('From wire copy');
    expect(one('verdict')?.getAttribute('data-verdict')).toBe('derived');
    expect(one('source-agency')?.textContent).toBe('Reuters');
    expect(one('source-title')?.getAttribute('href')).toBe('https://www.reuters.com/article/helsinki');
    expect(one('confidence')?.textContent).toBe('91%');
    // Reuse is the share of the page from the wire, coverage the share of the wire story on the page.
    expect(one('reuse')?.textContent).toBe('Page from the wire60%');
    expect(one('coverage')?.textContent).toBe('Wire story used74%');
    expect(root.querySelector('.verdict__summary')?.textContent).toBe('60% of this page comes from this Reuters story.');
  });

  it('lists cut sentences in wire order, numbered by their place in the wire story', () => {
    const cut = render('done').all('cut-sentence');
    expect(cut.map((li) => li.textContent)).toEqual(['The talks lasted two hours.', `Background sentence ${hostile}.`]);
    expect(cut.map((li) => li.getAttribute('value'))).toEqual(['2', '4']);
  });

  it('shows changes wire-vs-page side by side, and says when the page left one out', () => {
    const { all } = render('done');
    const [quote] = all('changed-quote');
    expect(quote.querySelector('.change__wire')?.textContent).toContain('We had a direct dialogue');
    expect(quote.querySelector('.change__page')?.textContent).toBe('We had a good dialogue');
    const [number] = all('changed-number');
    expect(number.querySelector('.change__page')?.textContent).toBe('(left out)');
  });

  it('marks the words a changed quote lost and gained, as text', () => {
    const [quote] = render('done').all('changed-quote');
    expect([...quote.querySelectorAll('.change__wire del')].map((el) => el.textContent)).toEqual(['direct']);
    expect([...quote.querySelectorAll('.change__page ins')].map((el) => el.textContent)).toEqual(['good']);
  });

  it("lists the page's own sentences but not those credited to another source", () => {
    expect(render('done').all('added-sentence').map((li) => li.textContent)).toEqual(['Our correspondent adds local colour.']);
  });

  it('shows additional sources and alternatives, never linking a javascript: URL', () => {
    const { one, all } = render('done');
    expect(all('additional-source')).toHaveLength(1);
    expect(one('additional-source')?.querySelector('a')).toBeNull();
    expect(one('alternative')?.textContent).toContain('Summit in Helsinki');
    expect(one('trace-again')).not.toBeNull();
    expect(one('download-evidence')).not.toBeNull();
    expect(one('copy-report')).not.toBeNull();
  });

  it('puts hostile corpus and page text in as text, never as markup', () => {
    const { root, one } = render('done');
    expect(root.querySelector('img')).toBeNull();
    expect(one('source-title')?.textContent).toContain(hostile);
  });

  it('wires the buttons to the actions and disables them while busy', () => {
    const { one, acts } = render('done');
    (one('trace-again') as HTMLButtonElement).click();
    (one('copy-report') as HTMLButtonElement).click();
    expect(acts.traceAgain).toHaveBeenCalledOnce();
    expect(acts.copyReport).toHaveBeenCalledOnce();
    expect(render('done', { busy: true }).one('trace-again')?.hasAttribute('disabled')).toBe(true);
  });

  it('shows the elapsed time and corpus size in the footer', () => {
    expect(render('done').one('corpus-size')?.textContent).toBe('Corpus: 1,204 stories');
    expect(render('done').root.querySelector('footer')?.textContent).toContain('42 ms');
  });
});

describe('popup, other states', () => {
  it('none: says nothing matched, shows no source, keeps candidates and the add form open', () => {
    const { one, root } = render('none');
    expect(one('verdict')?.textContent).toBe('No wire source found');
    expect(one('source-title')).toBeNull();
    expect(one('confidence')).toBeNull();
    expect(root.querySelector('.section--alternatives')?.hasAttribute('open')).toBe(true);
    expect(root.querySelector('.section--add')?.hasAttribute('open')).toBe(true);
  });

  it('empty corpus: explains how to fill it and links to the options page', () => {
    const { one, acts } = render('emptyCorpus');
    expect(one('state-empty-corpus')?.textContent).toContain('Import wire stories');
    (one('open-options') as HTMLButtonElement).click();
    expect(acts.openOptions).toHaveBeenCalledOnce();
    expect(one('add-to-corpus')).not.toBeNull();
  });

  it('add form sends the agency typed', () => {
    const { one, acts, root } = render('emptyCorpus');
    const input = one('add-to-corpus')!.querySelector('input')!;
    input.value = ' AP ';
    const form = one('add-to-corpus') as HTMLFormElement;
    const event = new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('submit', { cancelable: true });
    form.dispatchEvent(event);
    expect(acts.addToCorpus).toHaveBeenCalledWith('AP');
    expect(event.defaultPrevented).toBe(true);
  });

  it('not an article: says so', () => {
    expect(render('notArticle').one('state-not-article')?.textContent).toContain('No article on this page');
  });

  it('disabled: names the site and points to settings', () => {
    const { one } = render('disabled');
    expect(one('state-disabled')?.textContent).toContain('blocked.example');
    expect(one('open-options')).not.toBeNull();
  });

  it('error: shows the message as text and offers to try again', () => {
    const { one, root } = render('error');
    expect(one('state-error')?.textContent).toContain(`Index broken ${hostile}`);
    expect(root.querySelector('img')).toBeNull();
    expect(one('trace-again')).not.toBeNull();
  });

  it('tracing: a status the screen reader announces', () => {
    const { one } = render('tracing');
    expect(one('state-tracing')?.getAttribute('role')).toBe('status');
  });

  it('captured page: says it is in the corpus instead of offering to add it', () => {
    const { root } = makeRoot();
    renderPopup(root, { tab: { ...states.done, captured: true } }, actions());
    expect(root.querySelector('[data-testid="captured"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="add-to-corpus"]')).toBeNull();
  });
});

describe('keyboard focus across renders', () => {
  it('returns to "Trace again" after the tracing state, which has no such button', () => {
    const { root, document } = makeRoot();
    // linkedom keeps no focus: track it the way a browser would, for this document only.
    let focused: Element | null = null;
    Object.defineProperty(document, 'activeElement', { get: () => focused });
    const proto = (document.defaultView as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement.prototype;
    const focus = vi.spyOn(proto, 'focus').mockImplementation(function (this: HTMLElement) {
      focused = this;
    });
    try {
      const acts = actions();
      renderPopup(root, { tab: states.done }, acts);
      root.querySelector<HTMLElement>('[data-action="trace-again"]')!.focus();
      renderPopup(root, { tab: states.tracing }, acts);
      renderPopup(root, { tab: states.done }, acts);
      expect(document.activeElement?.getAttribute('data-action')).toBe('trace-again');
    } finally {
      focus.mockRestore();
    }
  });
});
