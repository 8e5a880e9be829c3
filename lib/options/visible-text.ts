/**
 * Characters a person cannot see or tell apart, made visible: zero-width and other format
 * characters, bidi controls, control characters, unusual spaces, and (where only ASCII belongs,
 * as in a tag) any letter from another alphabet. Each becomes a marker such as `⟨U+200B⟩`, so a
 * message quoting "sta⟨U+200B⟩ging" no longer reads as the valid "staging".
 */

/** Format (Cf: zero-width, bidi controls, BOM…), control (Cc), private-use and non-ASCII spaces. */
const HIDDEN =
  /[\p{Cf}\p{Cc}\p{Co}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');
const NON_ASCII_ALL = /[^\x20-\x7e]/gu;

function marker(char: string): string {
  return `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/**
 * `text` with every hidden character as a visible `⟨U+XXXX⟩` marker; with `asciiOnly`, every
 * character outside printable ASCII too (look-alike letters such as Cyrillic `а`).
 */
export function visible(text: string, { asciiOnly = false }: { asciiOnly?: boolean } = {}): string {
  return text.replace(asciiOnly ? NON_ASCII_ALL : HIDDEN_ALL, marker);
}

/** The first hidden character of `text` (see {@link visible}), or `null`. */
export function firstHidden(text: string, { asciiOnly = false } = {}): { marker: string; at: number } | null {
  const pattern = asciiOnly ? /[^\x20-\x7e]/u : HIDDEN;
  const match = pattern.exec(text);
  if (!match) return null;
  return { marker: marker(match[0]), at: Array.from(text.slice(0, match.index)).length + 1 };
}
