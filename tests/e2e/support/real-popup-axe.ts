import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { RealPopup } from './real-popup';

const require = createRequire(import.meta.url);

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * Serious or critical axe violations in the real toolbar popup, in light and dark. axe-core's
 * source is injected over DevTools (`Runtime.evaluate`), as `@axe-core/playwright` cannot reach a
 * page Playwright does not list.
 */
export async function realPopupViolations(
  popup: RealPopup,
  colorSchemes: readonly ('light' | 'dark')[] = ['light', 'dark'],
): Promise<string[]> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await popup.send('Runtime.evaluate', { expression: source });
  const found: string[] = [];
  for (const colorScheme of colorSchemes) {
    await popup.colorScheme(colorScheme);
    const violations = await popup.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
      const { violations } = await axe.run();
      return violations.map(({ id, impact, nodes }) => ({
        id,
        impact,
        nodes: nodes.map(({ target }) => ({ target })),
      }));
    });
    for (const violation of violations) {
      if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
      const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      found.push(`${colorScheme}: ${violation.id} (${violation.impact}) at ${targets}`);
    }
  }
  return found;
}
