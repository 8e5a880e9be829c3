import { advanceButtonIndex, choiceIndexFor } from '../site/outreach-adapter';
import type { OrgRef } from '../site/outreach-adapter';
import { choose, press } from '../site/page-actions';
import type { CollectedPage } from '../site/page-facts';
import { waitForPage } from './page-wait';

/** How long a selection window's Next may stay disabled after the pick. */
const NEXT_TIMEOUT_MS = 3_000;

/**
 * Outreach's own selection window (shown when a root email signs in to a group): pick the switch's
 * org and press Next, as the help article has a person do. Radios, cards, tiles, a `<select>` or
 * links: the adapter finds the choice; a link lands by itself, the others need Next.
 */
export async function pickOrgInSelectionWindow(
  page: CollectedPage,
  org: OrgRef,
  orgs: OrgRef[],
): Promise<boolean> {
  const at = choiceIndexFor(page.facts, org, orgs);
  if (at < 0) return false;
  const kind = page.facts.choices[at]!.kind;
  choose(page.elements.choices[at]!, kind);
  if (kind === 'link') return true;
  const { answer: next } = await waitForPage((read) => {
    const index = advanceButtonIndex(read.facts);
    return index >= 0 && !read.facts.buttons[index]!.isDisabled ? read.elements.buttons[index]! : null;
  }, NEXT_TIMEOUT_MS);
  return next ? press(next) : false;
}
