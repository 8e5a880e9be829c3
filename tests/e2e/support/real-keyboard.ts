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
 * Presses keys, as a person would, in the window that has the focus now (a small extension window
 * that took it: `pressRealKeys` would focus the first Chromium window it finds instead).
 */
export function pressRealKeysInFocused(keys: string): void {
  if (!process.env.DISPLAY) throw new Error('Real key presses need a display (xvfb-run).');
  execFileSync('xdotool', ['key', '--clearmodifiers', keys], { stdio: 'pipe', timeout: 10_000 });
}
