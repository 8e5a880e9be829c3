/**
 * The first look at a runtime message, before zod sees it: a size cap and a ban on the keys that
 * reach into prototypes. `.strict()` schemas do not catch `__proto__` (zod reads own keys, and a
 * JSON-parsed or structured-cloned `__proto__` is an own key that a later spread or merge would
 * turn into a prototype), so such a request is refused whole.
 */

/**
 * Largest request, counted as characters of its strings and keys plus 8 per other value: 2 MB.
 * The biggest legitimate one is a manual list of 1,000 orgs (about 300 KB typed, 5 MB only if
 * every field were at its schema maximum, which the manual editor's 1 MB text cap rules out).
 */
export const MAX_REQUEST_SIZE = 2_000_000;
/** Deepest nesting accepted; the protocol's deepest request (a manual list) is 4 levels. */
export const MAX_REQUEST_DEPTH = 32;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ScreenResult = { ok: true } | { ok: false; reason: 'too-large' | 'too-deep' | 'forbidden-key' };

/**
 * Walks every key and value of `message` once (iteratively, so deep nesting cannot overflow the
 * stack), stopping as soon as the size budget or the depth is exceeded or a forbidden key shows.
 */
export function screenRequest(message: unknown, maxSize = MAX_REQUEST_SIZE): ScreenResult {
  let size = 0;
  const stack: [unknown, number][] = [[message, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') size += value.length;
    else if (typeof value !== 'object' || value === null) size += 8;
    else {
      if (depth >= MAX_REQUEST_DEPTH) return { ok: false, reason: 'too-deep' };
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key !== 'string' || FORBIDDEN_KEYS.has(key)) return { ok: false, reason: 'forbidden-key' };
        size += key.length;
        stack.push([(value as Record<string, unknown>)[key], depth + 1]);
      }
    }
    if (size > maxSize) return { ok: false, reason: 'too-large' };
  }
  return { ok: true };
}
