/** Walking up the flat tree (what is painted where), across slots and shadow boundaries. */

/** The element's parent in the flat tree: its slot, its parent element, or its shadow host. */
export function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** The element and every ancestor up to `html`, crossing shadow boundaries. */
export function selfAndAncestors(element: Element): Element[] {
  const chain: Element[] = [];
  for (let at: Element | null = element; at; at = flatParent(at)) chain.push(at);
  return chain;
}
