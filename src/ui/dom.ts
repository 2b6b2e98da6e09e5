/**
 * Builds DOM from data with createElement/textContent only: page and corpus text never reaches an HTML parser.
 * Elements are made in the document of the root they will join, so renderers run unchanged under linkedom.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Stable hook for tests: data-testid. */
  testid?: string;
  /** Identifies an actionable control so focus can return to it after a re-render. */
  action?: string;
  /** Attributes set verbatim (aria-*, type, href...). `false`/undefined leaves the attribute out. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

export type Builder = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
) => HTMLElementTagNameMap[K];

export function builder(doc: Document): Builder {
  return (tag, props, ...children) => {
    const el = doc.createElement(tag);
    if (props?.class) el.className = props.class;
    if (props?.testid) el.setAttribute('data-testid', props.testid);
    if (props?.action) el.setAttribute('data-action', props.action);
    for (const [name, value] of Object.entries(props?.attrs ?? {})) {
      if (value === true) el.setAttribute(name, '');
      else if (value !== false && value !== undefined) el.setAttribute(name, String(value));
    }
    for (const [type, listener] of Object.entries(props?.on ?? {})) el.addEventListener(type, listener);
    appendChildren(el, children);
    return el;
  };
}

export function appendChildren(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : parent.ownerDocument!.createTextNode(String(child)));
  }
}

/** Only web links become clickable: a corpus record's `url` could say `javascript:`. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A control that had focus but is missing from the current render (e.g. "Trace again" while tracing). */
const pendingFocus = new WeakMap<HTMLElement, string>();

/**
 * Replaces a root's content, keeping keyboard focus on the control with the same data-action, so re-rendering
 * after a click does not throw a keyboard user back to the top — also across a render that lacks the control.
 */
export function replaceContent(root: HTMLElement, ...children: Child[]): void {
  const active = root.ownerDocument.activeElement;
  const action = (active && root.contains(active) ? active.getAttribute('data-action') : null) ?? pendingFocus.get(root);
  root.replaceChildren();
  appendChildren(root, children);
  if (!action) return;
  const target = root.querySelector<HTMLElement>(`[data-action="${action}"]`);
  if (target) {
    pendingFocus.delete(root);
    target.focus();
  } else {
    pendingFocus.set(root, action);
  }
}
