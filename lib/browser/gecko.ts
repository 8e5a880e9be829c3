/**
 * The add-on id of the Firefox builds (`browser_specific_settings.gecko.id`). Firefox derives the
 * extension's identity redirect URL from it, so the sandbox's OpenID client registers that URL
 * from this one constant (`sandbox/oidc-client.ts`, `firefoxRedirectUri`).
 */
export const GECKO_ID = 'cross-instance-sign-in@acme.example';

/**
 * The first Firefox version with everything the add-on uses, for `strict_min_version`:
 * `browser_specific_settings.gecko.data_collection_permissions` (which addons.mozilla.org
 * requires of new add-ons) is understood from Firefox 140 on desktop, and older versions refuse
 * the key; everything else comes earlier (`storage.session` 115, MV3 host permissions granted at
 * install 127, `contextualIdentities` and `cookies.*` with `storeId` long before). 140 is an ESR.
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/browser_specific_settings
 */
export const GECKO_MIN_VERSION = '140.0';

/** Firefox for Android understands `data_collection_permissions` from 142 (Mozilla's linter checks it). */
export const GECKO_ANDROID_MIN_VERSION = '142.0';
