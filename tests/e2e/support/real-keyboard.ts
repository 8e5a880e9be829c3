import { execFileSync } from 'node:child_process';

/**
 * Presses keys as a person would, through the X server (xdotool), on the focused Chromium window.
 * Extension keyboard commands do not fire from `page.keyboard`; they do from real input under Xvfb.
 */
export function pressRealKeys(keys: string): void {
  if (!process.env.DISPLAY) {
    throw new Error(
      'Real key presses need a display: run the e2e tests through `npm run test:e2e` (xvfb-run).',
    );
  }
  execFileSync(
    'xdotool',
    [
      'search',
      '--onlyvisible',
      '--class',
      'chromium',
      'windowfocus',
      '--sync',
      'key',
      '--clearmodifiers',
      keys,
    ],
    { stdio: 'pipe', timeout: 10_000 },
  );
}

/**
 * Presses keys, as a person would, in the Chromium window whose title matches `windowName` (a
 * small extension window beside the main one: `pressRealKeys` would focus the first window found).
 */
export function pressRealKeysIn(windowName: string, keys: string): void {
  if (!process.env.DISPLAY) throw new Error('Real key presses need a display (xvfb-run).');
  execFileSync(
    'xdotool',
    [
      'search',
      '--sync',
      '--onlyvisible',
      '--name',
      windowName,
      'windowfocus',
      '--sync',
      'key',
      '--clearmodifiers',
      keys,
    ],
    { stdio: 'pipe', timeout: 10_000 },
  );
}
