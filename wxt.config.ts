import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GECKO_ANDROID_MIN_VERSION, GECKO_ID, GECKO_MIN_VERSION } from './lib/browser/gecko';
import { noInnerHtml } from './scripts/build/no-inner-html';
import { minifyPublicScripts } from './scripts/build/minify-public-scripts';
import { firstPaintFirst, inlinePageStyles, lazyWithoutPreload, sharedChunk } from './scripts/build/chunks';
import { DEFAULT_SANDBOX_PORT, hostPatterns, isSandboxMode, profileForMode } from './lib/connection/profiles';

/**
 * Modes: `production` (store builds: Outreach profile, no key), `sandbox` (dev and test builds: the
 * local sandbox at SANDBOX_PORT, id pinned by the dev key) and `outreach-sandbox` (the same, with the
 * Outreach-pages sign-in against the sandbox's Outreach-shaped hosts).
 */
// WXT sets NODE_ENV to the mode; sandbox builds must still be production bundles (no dev JSX,
// no Preact devtools hooks), or the popup would be measured and shipped in its debug shape.
if (isSandboxMode(process.env.NODE_ENV)) process.env.NODE_ENV = 'production';
process.env.WXT_SANDBOX_PORT ??= process.env.SANDBOX_PORT ?? String(DEFAULT_SANDBOX_PORT);
const sandboxPort = Number(process.env.WXT_SANDBOX_PORT);
const OPTIONAL_HOST_PATTERNS = ['https://*/*', 'http://*.localhost/*'];
/** Modules the extension's pages share (Preact, the browser global, messaging, words). */
const SHARED_CHUNK =
  /[\\/]node_modules[\\/](preact[\\/](dist|hooks|jsx-runtime)|@wxt-dev[\\/]browser)[\\/]|[\\/]lib[\\/](messaging[\\/]send|i18n[\\/]t|browser[\\/]native-browser|pins[\\/]pins|tabs[\\/]open-extension-page)\.ts$/;
/**
 * The popup's modules a first open (nothing to paint) needs at once: its app, its own cache read,
 * and the banners' chunk a first screen with a banner waits for.
 */
const FIRST_OPEN =
  /[\\/](entrypoints[\\/]popup[\\/](start\.tsx|extras\.ts)|lib[\\/]db[\\/]read-display-list\.ts)$/;
const devKey = JSON.parse(readFileSync(new URL('./config/dev-key.json', import.meta.url), 'utf8')) as {
  key: string;
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  publicDir: 'assets',
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [
      preact(),
      noInnerHtml(),
      lazyWithoutPreload(/[\\/]entrypoints[\\/]popup[\\/]/),
      sharedChunk(SHARED_CHUNK),
      inlinePageStyles(['popup/index.html']),
      firstPaintFirst('popup/index.html', '/popup-paint.js', FIRST_OPEN),
    ],
    build: {
      modulePreload: { polyfill: false },
      ...(process.env.PROFILE_NO_MINIFY ? { minify: false } : {}),
    },
  }),
  hooks: {
    // The bench's floor page (scripts/bench.mjs): static HTML copied as-is, sandbox builds only.
    'build:publicAssets': (wxt, files) => {
      minifyPublicScripts(files, ['popup-paint.js']);
      const absoluteSrc = fileURLToPath(new URL('./scripts/bench/floor.html', import.meta.url));
      if (isSandboxMode(wxt.config.mode)) files.push({ absoluteSrc, relativeDest: 'bench-floor.html' });
    },
    // Content scripts match the build profile's app hosts, the same list as host_permissions.
    'build:manifestGenerated': (wxt, manifest) => {
      const profile = profileForMode(wxt.config.mode, sandboxPort);
      for (const script of manifest.content_scripts ?? []) script.matches = hostPatterns(profile);
      // WXT takes the popup's <title> for the toolbar tooltip; the tooltip's words come from _locales.
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
  manifest: ({ mode, browser, manifestVersion }) => {
    const isSandbox = isSandboxMode(mode);
    const profile = profileForMode(mode, sandboxPort);
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // Firefox opens each org in its own container (lib/browser/containers.ts).
      permissions: [
        'storage',
        'identity',
        'alarms',
        'cookies',
        ...(browser === 'firefox' ? ['contextualIdentities'] : []),
      ],
      host_permissions: hostPatterns(profile),
      // Custom connections ask for exactly their hosts on the Save click (`permissions.request`);
      // these broad patterns are only what may be asked for, never granted at install.
      ...(manifestVersion === 2
        ? { optional_permissions: OPTIONAL_HOST_PATTERNS }
        : { optional_host_permissions: OPTIONAL_HOST_PATTERNS }),
      // IT presets (storage.managed); Firefox reads enterprise policies instead (README, "For IT").
      ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
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
      // Test hook, Firefox sandbox builds only: WebDriver BiDi may not navigate to moz-extension://
      // pages, so the Firefox end-to-end suite reaches the popup from a sandbox page
      // (tests/e2e-firefox/support/firefox.ts). Store builds expose nothing.
      // The inline chooser's frame (lib/content/inline-chooser.ts): loadable only by the connection's
      // pages; in Chrome at a per-session URL (`use_dynamic_url`). Firefox does not support that key
      // (MDN's compatibility table) and needs none: its moz-extension UUID is random per install.
      web_accessible_resources: [
        {
          resources: ['chooser-frame.html'],
          matches: hostPatterns(profile),
          ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
        },
        ...(isSandbox && browser === 'firefox'
          ? [{ resources: ['popup.html'], matches: hostPatterns(profile) }]
          : []),
      ],
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                // Why this version: see GECKO_MIN_VERSION.
                strict_min_version: GECKO_MIN_VERSION,
                // Nothing is collected or sent anywhere but the connection's own servers.
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
            },
          }
        : {}),
    };
  },
});
