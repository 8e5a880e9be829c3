import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'wxt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ANDROID_MIN_VERSION, GECKO_ID, GECKO_MIN_VERSION } from '../../../lib/browser/gecko';

/** Permissions the README documents, from its "Permissions" table (`| \`name\` | why |`). */
function documentedPermissions(): Set<string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  return new Set([...section.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((match) => match[1]!));
}

interface Manifest {
  permissions?: string[];
  web_accessible_resources?: unknown[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: { extension_pages?: string };
  key?: string;
  storage?: { managed_schema?: string };
}

const outDir = await mkdtemp(join(tmpdir(), 'cis-manifest-'));
const manifests: Record<string, Manifest> = {};

beforeAll(async () => {
  for (const mode of ['production', 'sandbox']) {
    const dir = join(outDir, mode);
    await build({ mode, outDir: dir, logger: { ...console, info() {}, success() {}, log() {} } as never });
    manifests[mode] = JSON.parse(
      readFileSync(join(dir, 'chrome-mv3' + (mode === 'sandbox' ? '-sandbox' : ''), 'manifest.json'), 'utf8'),
    );
  }
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe.each(['production', 'sandbox'])('the %s manifest', (mode) => {
  const manifest = () => manifests[mode]!;

  it('asks only for permissions the README documents', () => {
    const documented = documentedPermissions();
    const isHost = (permission: string) => permission.includes('://');
    const asked = [...(manifest().permissions ?? []), ...(manifest().optional_permissions ?? [])].filter(
      (permission) => !isHost(permission),
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const permission of asked) expect(documented, `README lists ${permission}`).toContain(permission);
  });

  it('never grants every site: broad patterns are optional only, and never <all_urls>', () => {
    const granted = [
      ...(manifest().host_permissions ?? []),
      ...(manifest().permissions ?? []),
      ...(manifest().content_scripts ?? []).flatMap((script) => script.matches),
    ];
    for (const host of granted) {
      expect(host).not.toBe('<all_urls>');
      expect(host).not.toMatch(/^\*:\/\/\*\/|^https?:\/\/\*\//);
    }
    const optional = manifest().optional_host_permissions ?? [];
    expect(optional).toEqual(['https://*/*', 'http://*.localhost/*']);
    expect(optional).not.toContain('<all_urls>');
  });

  it('declares the managed storage schema IT policies are checked against', () => {
    expect(manifest().storage?.managed_schema).toBe('managed_schema.json');
    const schema = JSON.parse(readFileSync('assets/managed_schema.json', 'utf8')) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'connectionProfile',
        'issuer',
        'clientId',
        'allowedHosts',
        'listSource',
        'manualList',
      ]),
    );
  });

  it('keeps a CSP no looser than MV3 default, with object-src none', () => {
    const csp = manifest().content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});

it('pins the extension id only in sandbox (dev and test) builds', () => {
  expect(manifests.sandbox!.key).toEqual(expect.any(String));
  expect(manifests.production!.key).toBeUndefined();
});

interface FirefoxManifest extends Manifest {
  manifest_version: number;
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required: string[] };
    };
    gecko_android?: { strict_min_version?: string };
  };
}

describe('the Firefox manifests (MV3)', () => {
  const firefox: Record<string, FirefoxManifest> = {};
  beforeAll(async () => {
    for (const mode of ['production', 'sandbox']) {
      const dir = join(outDir, `firefox-${mode}`);
      await build({
        mode,
        browser: 'firefox',
        manifestVersion: 3,
        outDir: dir,
        logger: { ...console, info() {}, success() {}, log() {} } as never,
      });
      const folder = 'firefox-mv3' + (mode === 'sandbox' ? '-sandbox' : '');
      firefox[mode] = JSON.parse(readFileSync(join(dir, folder, 'manifest.json'), 'utf8'));
    }
  }, 60_000);

  it.each(['production', 'sandbox'])(
    '%s: asks only for documented permissions, contextualIdentities included',
    (mode) => {
      const documented = documentedPermissions();
      const asked = firefox[mode]!.permissions ?? [];
      expect(asked).toEqual(expect.arrayContaining(['cookies', 'contextualIdentities']));
      for (const permission of asked) expect(documented, `README lists ${permission}`).toContain(permission);
      expect(firefox[mode]!.manifest_version).toBe(3);
    },
  );

  it('is store-ready: gecko id, minimum versions, and nothing collected', () => {
    expect(firefox.production!.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    });
  });

  it('exposes the chooser frame to the connection hosts, and the test hook in the sandbox build only', () => {
    expect(firefox.production!.web_accessible_resources).toEqual([
      expect.objectContaining({ resources: ['chooser-frame.html'] }),
    ]);
    expect(firefox.production!.web_accessible_resources).not.toContainEqual(
      expect.objectContaining({ use_dynamic_url: true }),
    );
    expect(firefox.sandbox!.web_accessible_resources).toEqual([
      { resources: ['chooser-frame.html'], matches: ['http://*.outreach.localhost/*'] },
      { resources: ['popup.html'], matches: ['http://*.outreach.localhost/*'] },
    ]);
  });

  it('gives Chrome the chooser frame at a per-session dynamic URL only', () => {
    expect(manifests.production!.web_accessible_resources).toEqual([
      expect.objectContaining({ resources: ['chooser-frame.html'], use_dynamic_url: true }),
    ]);
  });

  it('keeps contextualIdentities out of the Chrome manifests', () => {
    for (const mode of ['production', 'sandbox']) {
      expect(manifests[mode]!.permissions).not.toContain('contextualIdentities');
    }
  });
});
