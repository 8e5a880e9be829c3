// Runs the Playwright suite. Headed tests (extension keyboard commands) need a display: where
// there is none, the whole run goes under xvfb-run, which .ci/run installs.
import { spawnSync } from 'node:child_process';

const args = ['playwright', 'test', ...process.argv.slice(2)];
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;

let result;
if (hasDisplay) {
  result = spawnSync('npx', args, { stdio: 'inherit' });
} else if (hasXvfb) {
  result = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'npx', ...args], {
    stdio: 'inherit',
  });
} else {
  console.error(
    'No display and no xvfb-run: the headed tests (keyboard shortcuts) cannot run.\n' +
      'Install Xvfb (Debian: `sudo apt-get install xvfb xdotool`) or run under a desktop session.',
  );
  process.exit(1);
}
process.exit(result.status ?? 1);
