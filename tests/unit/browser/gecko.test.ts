import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../../lib/browser/gecko';
import { firefoxRedirectUri, isFirefoxExtensionOrigin } from '../../../sandbox/oidc-client';
import { FIREFOX_REDIRECT_URI } from '../../../sandbox/model';

describe('firefoxRedirectUri (the sandbox registers what Firefox derives from the gecko id)', () => {
  it("matches identity.getRedirectURL() as observed in Firefox ESR 153 for the add-on's id", () => {
    // Read in real Firefox (tests/e2e-firefox asserts the same value at run time).
    expect(firefoxRedirectUri(GECKO_ID)).toBe(
      'https://28873538ac23a942a69d637b8b257594b4f76f89.extensions.allizom.org/',
    );
    expect(FIREFOX_REDIRECT_URI).toBe(firefoxRedirectUri(GECKO_ID));
  });

  it('follows the id and the redirect-domain pref', () => {
    expect(firefoxRedirectUri('other@example.com')).not.toBe(firefoxRedirectUri(GECKO_ID));
    expect(firefoxRedirectUri(GECKO_ID, 'example.com')).toMatch(/^https:\/\/[0-9a-f]{40}\.example\.com\/$/);
  });
});

describe('isFirefoxExtensionOrigin (CORS for the per-install moz-extension UUID)', () => {
  it.each([
    'moz-extension://11111111-2222-4333-8444-555555555555',
    'moz-extension://0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
  ])('accepts %s', (origin) => expect(isFirefoxExtensionOrigin(origin)).toBe(true));
  it.each([
    'moz-extension://11111111-2222-4333-8444-555555555555/popup.html',
    'moz-extension://evil.localhost',
    'https://11111111-2222-4333-8444-555555555555.example',
    'chrome-extension://fcgiacanfdgilcaoaonlcibfipgckioc',
    'null',
  ])('refuses %s', (origin) => expect(isFirefoxExtensionOrigin(origin)).toBe(false));
});
