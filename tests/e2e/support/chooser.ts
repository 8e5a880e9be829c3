import { expect } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';

/** The inline chooser's frame (an extension page inside the login page), once it has loaded. */
export async function chooserFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((frame) => frame.url().endsWith('/chooser-frame.html'));
  await expect.poll(() => find() !== undefined, { message: 'the chooser frame appears' }).toBe(true);
  return find()!;
}

/** Whether the page shows the chooser's frame at all. */
export const hasChooser = (page: Page) =>
  page.frames().some((frame) => frame.url().endsWith('/chooser-frame.html'));
