import type { Builder, Child } from '../ui/dom';

/** A collapsible section: keyboard-operable by default, and long lists stay out of the way until asked for. */
export function section(h: Builder, name: string, heading: string, ...body: Child[]): HTMLElement {
  return h('details', { class: `section section--${name}`, attrs: { open: true } }, h('summary', null, heading), ...body);
}
