/** Instance tags: the part of an instance login between `+` and `@`. */

/** Letters and digits, with `-` or `_` allowed inside (never first or last). */
const TAG = /^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?$/;

/** Whether `tag` is a valid instance tag such as `a4test`, `staging2` or `eu-west_1`. */
export function isValidTag(tag: string): boolean {
  return typeof tag === 'string' && TAG.test(tag);
}

/**
 * The tag the person most likely meant when a tag is wrapped in extra `+` (`++staging`,
 * `staging+`), or `undefined` when there is no clear single tag.
 */
export function likelyTag(text: string): string | undefined {
  const stripped = text.replace(/^\++|\++$/g, '');
  return isValidTag(stripped) ? stripped : undefined;
}
