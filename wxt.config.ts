import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import {
  DEFAULT_SANDBOX_PORT,
  OUTREACH_PROFILE,
  hostPatterns,
  sandboxProfile,
} from './lib/connection/profiles';

/**
 * Modes: `production` (store builds: Outreach profile, no key) and `sandbox`
 * (dev and test builds: the local sandbox at SANDBOX_PORT, id pinned by the dev key).
 */
// WXT sets NODE_ENV to the mode; sandbox builds must still be production bundles (no dev JSX,
// no Preact devtools hooks), or the popup would be measured and shipped in its debug shape.
if (process.env.NODE_ENV === 'sandbox') process.env.NODE_ENV = 'production';
process.env.WXT_SANDBOX_PORT ??= process.env.SANDBOX_PORT ?? String(DEFAULT_SANDBOX_PORT);
const sandboxPort = Number(process.env.WXT_SANDBOX_PORT);
const devKey = JSON.parse(readFileSync(new URL('./config/dev-key.json', import.meta.url), 'utf8')) as {
  key: string;
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  publicDir: 'assets',
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // The bench's floor page (scripts/bench.mjs): static HTML copied as-is, sandbox builds only.
    'build:publicAssets': (wxt, files) => {
      const absoluteSrc = fileURLToPath(new URL('./scripts/bench/floor.html', import.meta.url));
      if (wxt.config.mode === 'sandbox') files.push({ absoluteSrc, relativeDest: 'bench-floor.html' });
    },
    // Content scripts match the build profile's app hosts, the same list as host_permissions.
    'build:manifestGenerated': (wxt, manifest) => {
      const profile = wxt.config.mode === 'sandbox' ? sandboxProfile(sandboxPort) : OUTREACH_PROFILE;
      for (const script of manifest.content_scripts ?? []) script.matches = hostPatterns(profile);
      // WXT takes the popup's <title> for the toolbar tooltip; the tooltip's words come from _locales.
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
  manifest: ({ mode, browser, manifestVersion }) => {
    const isSandbox = mode === 'sandbox';
    const profile = isSandbox ? sandboxProfile(sandboxPort) : OUTREACH_PROFILE;
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage', 'identity', 'alarms', 'cookies'],
      host_permissions: hostPatterns(profile),
      content_security_policy: {
        extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
      },
      commands: {
        'open-last-org': {
          suggested_key: { default: 'Alt+Shift+O' },
          description: '__MSG_commandOpenLastOrg__',
        },
        // Chrome allows four suggested keys in all; the 2nd and 3rd pins are bound by people.
        'open-root': { suggested_key: { default: 'Alt+Shift+0' }, description: '__MSG_commandOpenRoot__' },
        'open-pinned-1': {
          suggested_key: { default: 'Alt+Shift+1' },
          description: '__MSG_commandOpenPinned1__',
        },
        'open-pinned-2': { description: '__MSG_commandOpenPinned2__' },
        'open-pinned-3': { description: '__MSG_commandOpenPinned3__' },
        [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+S' },
        },
      },
      ...(isSandbox && browser !== 'firefox' ? { key: devKey.key } : {}),
      ...(browser === 'firefox'
        ? { browser_specific_settings: { gecko: { id: 'cross-instance-sign-in@acme.example' } } }
        : {}),
    };
  },
});
