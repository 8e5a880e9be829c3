/**
 * Checks of what a person typed that come before the alias rules: hidden or look-alike characters
 * (refused, and shown as `⟨U+XXXX⟩` markers), and a tag typed as `+staging` or as a whole login.
 */
import type { Translate } from './translate';
import { firstHidden, visible } from './visible-text';

/**
 * Why `text` cannot be used because it hides a character, or `null`. `asciiOnly` also refuses
 * letters outside ASCII (tags), which is how look-alikes such as Cyrillic `а` are caught.
 */
export function hiddenCharProblem(
  text: string,
  field: string,
  t: Translate,
  asciiOnly = false,
): string | null {
  const hidden = firstHidden(text, { asciiOnly });
  if (!hidden) return null;
  const key = asciiOnly ? 'optionsTagNotAscii' : 'optionsHiddenChar';
  return t(key, [field, visible(text, { asciiOnly }), hidden.marker, String(hidden.at)]);
}

/**
 * A tag as typed, before the alias rules: hidden or non-ASCII characters, a leading `+`, or a
 * whole login (`jane.doe+staging@acme.com`) where only the tag belongs. One message each.
 */
export function tagInputProblem(tag: string, t: Translate): string | null {
  const trimmed = tag.trim();
  const field = t('optionsOrgTagLabel');
  const hidden = hiddenCharProblem(trimmed, field, t, true);
  if (hidden) return hidden;
  const email = /^[^@+\s]+\+([^@\s]*)@[^@\s]+$/.exec(trimmed);
  if (email) return t('optionsTagIsLogin', [trimmed, email[1] ?? '']);
  if (trimmed.includes('@')) return t('optionsTagHasAt', trimmed);
  if (trimmed.startsWith('+')) return t('optionsTagHasPlus', [trimmed, trimmed.replace(/^\++/, '')]);
  return null;
}
