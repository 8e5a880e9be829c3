/**
 * Look-alike (homograph) domains, kept deliberately simple and checked on the Unicode form:
 * 1. a label mixing Latin, Cyrillic or Greek letters (`аcme` with a Cyrillic `а`) is refused;
 * 2. a domain that differs from the root's but reads the same once common Cyrillic and Greek
 *    look-alikes are mapped to Latin (`оutreach.io` vs `outreach.io`) imitates the root.
 * Full Unicode confusables (UTS #39) are out of scope; this covers the alphabets actually used
 * for homograph attacks on Latin domains. Digit tricks (`0utreach`) are just a different domain.
 */

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
];

/**
 * Cyrillic and Greek letters (lower case: the URL parser lowers the rest) that read as the
 * Latin letter they are listed under, mostly from Unicode's confusables.txt.
 */
const LOOKALIKES_OF: Readonly<Record<string, string>> = {
  a: 'аα',
  b: 'вьβ',
  c: 'сς',
  d: 'ԁ',
  e: 'еёε',
  h: 'нһ',
  i: 'іїι',
  j: 'ј',
  k: 'кκ',
  l: 'ӏ',
  m: 'м',
  n: 'ηп',
  o: 'оοσ',
  p: 'рρ',
  q: 'ԛ',
  r: 'г',
  s: 'ѕ',
  t: 'тτ',
  u: 'υ',
  v: 'νѵ',
  w: 'ԝω',
  x: 'хχ',
  y: 'уγ',
};

const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  Object.entries(LOOKALIKES_OF).flatMap(([latin, chars]) =>
    Array.from(chars, (char) => [char, latin] as const),
  ),
);

/** The alphabets (Latin, Cyrillic, Greek) whose letters appear in a label. */
function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const char of label) {
    for (const [name, pattern] of SCRIPTS) if (pattern.test(char)) found.add(name);
  }
  return found;
}

/** Whether any label of a Unicode domain mixes Latin, Cyrillic or Greek letters. */
export function isMixedScript(unicodeDomain: string): boolean {
  return unicodeDomain.split('.').some((label) => scriptsOf(label).size > 1);
}

/** The domain with Cyrillic and Greek look-alikes replaced by the Latin letter they imitate. */
export function confusableSkeleton(unicodeDomain: string): string {
  return Array.from(unicodeDomain.toLowerCase(), (char) => CONFUSABLES.get(char) ?? char).join('');
}

/**
 * Classify a domain against the root's: `mixed-script`, `confusable` (a different domain that
 * reads as the root's), or `null` when it is not a look-alike. Both in Unicode form.
 */
export function lookalikeKind(
  unicodeDomain: string,
  rootUnicodeDomain?: string,
): 'mixed-script' | 'confusable' | null {
  if (isMixedScript(unicodeDomain)) return 'mixed-script';
  if (rootUnicodeDomain === undefined || unicodeDomain === rootUnicodeDomain) return null;
  return confusableSkeleton(unicodeDomain) === confusableSkeleton(rootUnicodeDomain) ? 'confusable' : null;
}
