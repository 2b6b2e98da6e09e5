/**
 * Whether a document is small and shallow enough to hand to Readability. Readability's work grows with the
 * number of elements and with the square of the nesting depth (every candidate's text is re-read for each
 * ancestor), so a hostile page of thousands of nested divs would otherwise stall the tab or the CLI.
 */
export interface DomBounds {
  maxElements: number;
  maxDepth: number;
}

/** Walks the element tree once, stopping as soon as either bound is passed. */
export function withinBounds(doc: Document, bounds: DomBounds): boolean {
  let count = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    count += 1;
    if (count > bounds.maxElements || depth > bounds.maxDepth) return false;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return true;
}
