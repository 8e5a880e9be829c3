import type { Page } from '@playwright/test';

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
}

/**
 * The page's accessibility tree from DevTools. It includes closed shadow roots, which locators
 * cannot enter, so tests see what a screen-reader user is offered by the inline chooser.
 */
export async function axNodes(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({ role: node.role?.value ?? '', name: node.name?.value ?? '' }));
  } finally {
    await cdp.detach();
  }
}
