/**
 * The popup's rows packed (issue 12: the popup's heap at 10,000 orgs): every org's id, name, login
 * and tag in one string, found by an offset table, so 10,000 orgs are one string and a few typed
 * arrays instead of 40,000 strings and 10,000 objects. Row objects are made only on demand
 * (`orgAt`, for the rows on screen); the list's order, the filter and its ranking work on index
 * arrays (`displayOrder`, `visibleIndices`), searching the packed text lower-cased per call.
 *
 * Two things are kept once instead of per org: the ids' common prefix (`manual:`, `org_`…), and a
 * login that follows the naming rule (the root email itself, or its local part, `+`, the org's
 * tag and its domain), which is then made from the root email and the tag when asked.
 */
import type { Environment } from '../directory/schema';
import type { PopupGroup, PopupOrg, PopupView } from '../messaging/protocol';

const ENVIRONMENTS: readonly Environment[] = ['production', 'test', 'staging', 'sandbox', 'development'];
/** Between fields and orgs: never in a field the popup shows (ids, names, e-mails, tags). */
const SEP = '\u0000';
const FIELDS = 4;
const NAME = 1;
const LOGIN = 2;
const TAG = 3;
/** `flags`: the environment's index in the low 3 bits, then these. */
const PRIMARY = 8;
/** The login is the root email. */
const LOGIN_ROOT = 16;
/** The login is the root's local part, `+`, the tag and the root's domain. */
const LOGIN_ALIAS = 32;

/** The fields of an org the popup shows; a row read from IndexedDB has more, which are ignored. */
export type OrgFields = Pick<
  PopupOrg,
  'orgId' | 'name' | 'loginEmail' | 'tag' | 'environment' | 'isPrimary' | 'colour'
>;

export interface PackedOrgs {
  readonly length: number;
  /** `id\0name\0login\0tag\0` per org: the id without `idPrefix`, a login made by rule left empty. */
  readonly text: string;
  /** Start of each field (`length * 4`), then the text's length. */
  readonly starts: Uint32Array;
  /** Environment index, plus `PRIMARY`, `LOGIN_ROOT`, `LOGIN_ALIAS`. */
  readonly flags: Uint8Array;
  /** Colours of the few orgs that have one, by index. */
  readonly colours: ReadonlyMap<number, string>;
  /** What every org id starts with, kept once. */
  readonly idPrefix: string;
  /** The root email the rule-made logins are made from (`''`: none made). */
  readonly rootEmail: string;
}

/** The popup's group with its rows packed. */
export interface PackedGroup extends Omit<PopupGroup, 'instances'> {
  instances: PackedOrgs;
}

/** The popup's state as it holds it: `PopupView` with the group's rows packed. */
export interface ShownView extends Omit<PopupView, 'group'> {
  group: PackedGroup | null;
}

/** The root's local part + `+`, and `@` + its domain; `null` when logins are not made from it. */
function aliasParts(rootEmail: string): [string, string] | null {
  const at = rootEmail.lastIndexOf('@');
  if (at <= 0 || rootEmail.includes(SEP)) return null;
  return [`${rootEmail.slice(0, at)}+`, rootEmail.slice(at)];
}

function commonPrefix(orgs: readonly OrgFields[]): string {
  if (orgs.length === 0) return '';
  let prefix = orgs[0]!.orgId;
  for (const org of orgs) {
    let n = 0;
    while (n < prefix.length && n < org.orgId.length && prefix.charCodeAt(n) === org.orgId.charCodeAt(n)) n++;
    if (n < prefix.length) prefix = prefix.slice(0, n);
    if (prefix === '') break;
  }
  // An id is never left empty (an empty field is still found, but a prefix is no gain then).
  return orgs.some((org) => org.orgId.length === prefix.length) ? prefix.slice(0, -1) : prefix;
}

/**
 * The rows packed, in the order given. `rootEmail` is the group's: logins that follow the naming
 * rule from it are not stored. Reads only the fields of `OrgFields`, so rows as IndexedDB gives
 * them can be packed without a copy of each.
 */
export function packOrgs(orgs: readonly OrgFields[], rootEmail = ''): PackedOrgs {
  const parts: string[] = [];
  const starts = new Uint32Array(orgs.length * FIELDS + 1);
  const flags = new Uint8Array(orgs.length);
  const colours = new Map<number, string>();
  const alias = aliasParts(rootEmail);
  const idPrefix = commonPrefix(orgs);
  let at = 0;
  const push = (slot: number, value: string) => {
    starts[slot] = at;
    const clean = value.includes(SEP) ? value.replaceAll(SEP, '') : value;
    parts.push(clean, SEP);
    at += clean.length + 1;
  };
  orgs.forEach((org, i) => {
    let flag = ENVIRONMENTS.indexOf(org.environment) + (org.isPrimary ? PRIMARY : 0);
    const login = org.loginEmail;
    if (alias && login === rootEmail) flag += LOGIN_ROOT;
    else if (alias && org.tag !== '' && !org.tag.includes(SEP) && login === alias[0] + org.tag + alias[1])
      flag += LOGIN_ALIAS;
    push(i * FIELDS, org.orgId.slice(idPrefix.length));
    push(i * FIELDS + NAME, org.name);
    push(i * FIELDS + LOGIN, flag >= LOGIN_ROOT ? '' : login);
    push(i * FIELDS + TAG, org.tag);
    flags[i] = flag;
    if (org.colour !== undefined) colours.set(i, org.colour);
  });
  starts[orgs.length * FIELDS] = at;
  return { length: orgs.length, text: parts.join(''), starts, flags, colours, idPrefix, rootEmail };
}

function field(packed: PackedOrgs, i: number, f: number): string {
  const start = packed.starts[i * FIELDS + f]!;
  return packed.text.slice(start, packed.starts[i * FIELDS + f + 1]! - 1);
}

export const orgIdAt = (packed: PackedOrgs, i: number): string => packed.idPrefix + field(packed, i, 0);

function loginAt(packed: PackedOrgs, i: number): string {
  const flag = packed.flags[i]!;
  if (flag & LOGIN_ROOT) return packed.rootEmail;
  if (!(flag & LOGIN_ALIAS)) return field(packed, i, LOGIN);
  const [local, domain] = aliasParts(packed.rootEmail)!;
  return local + field(packed, i, TAG) + domain;
}

/** The row as an object, made when asked (the ~20 rows on screen). */
export function orgAt(packed: PackedOrgs, i: number): PopupOrg {
  const flag = packed.flags[i]!;
  const org: PopupOrg = {
    orgId: orgIdAt(packed, i),
    name: field(packed, i, NAME),
    loginEmail: loginAt(packed, i),
    tag: field(packed, i, TAG),
    environment: ENVIRONMENTS[flag & 7]!,
    isPrimary: (flag & PRIMARY) !== 0,
  };
  const colour = packed.colours.get(i);
  if (colour !== undefined) org.colour = colour;
  return org;
}

/** Every org id, in order (made per call, for the few uses that compare whole lists). */
export function orgIds(packed: PackedOrgs): string[] {
  return Array.from({ length: packed.length }, (_, i) => orgIdAt(packed, i));
}

/** The popup's state with its rows packed (an answer the background sent with its rows). */
export function packView(view: PopupView): ShownView {
  const { group } = view;
  if (!group) return { ...view, group: null };
  return { ...view, group: { ...group, instances: packOrgs(group.instances, group.rootEmail) } };
}

/** The org a position in the text belongs to (binary search over the starts of ids). */
function orgOf(packed: PackedOrgs, position: number): number {
  let low = 0;
  let high = packed.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (packed.starts[middle * FIELDS]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

const wordsOf = (query: string) => query.toLowerCase().trim().split(/\s+/).filter(Boolean);

/**
 * Which orgs have every word in their name, tag or login (lower-cased), one byte per org: found
 * by `indexOf` over the packed text lower-cased once, then for the logins made by rule.
 */
function matchMask(packed: PackedOrgs, words: readonly string[]): Uint8Array {
  const n = packed.length;
  const lower = packed.text.toLowerCase();
  // A lower-cased text that changed length cannot use the offsets: search field by field.
  const sameLength = lower.length === packed.text.length;
  const alias = aliasParts(packed.rootEmail);
  const [local, domain] = alias ? [alias[0].toLowerCase(), alias[1].toLowerCase()] : ['', ''];
  const root = packed.rootEmail.toLowerCase();
  let hits: Uint8Array | null = null;
  for (const word of words) {
    const found = new Uint8Array(n);
    if (sameLength) {
      for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
        const i = orgOf(packed, at);
        // The word lies inside one of the name, login or tag fields (not the id, not across fields).
        for (let f = NAME; f < FIELDS; f++) {
          const start = packed.starts[i * FIELDS + f]!;
          const end = packed.starts[i * FIELDS + f + 1]! - 1;
          if (at >= start && at + word.length <= end) found[i] = 1;
        }
      }
    } else {
      for (let i = 0; i < n; i++) {
        for (let f = NAME; f < FIELDS; f++)
          if (field(packed, i, f).toLowerCase().includes(word)) found[i] = 1;
      }
    }
    // Logins made by rule are not in the text. The root email: the same for every such org. An
    // alias: a word without `+` or `@` cannot span the local part, the tag and the domain, so it is
    // in the alias when it is in one of them (the tag was searched above); else make each alias.
    const inRoot = root.includes(word);
    const inEveryAlias = local.includes(word) || domain.includes(word);
    const spans = word.includes('+') || word.includes('@');
    for (let i = 0; i < n; i++) {
      const flag = packed.flags[i]!;
      if (found[i] || flag < LOGIN_ROOT) continue;
      if (flag & LOGIN_ROOT) found[i] = inRoot ? 1 : 0;
      else if (inEveryAlias) found[i] = 1;
      else if (spans)
        found[i] = (local + field(packed, i, TAG).toLowerCase() + domain).includes(word) ? 1 : 0;
    }
    if (hits) for (let i = 0; i < n; i++) hits[i]! &= found[i]!;
    else hits = found;
  }
  return hits ?? new Uint8Array(n).fill(1);
}

/**
 * The indices of orgs whose name, tag or login contain every word of `query` (case-insensitive),
 * in index order: what `filterOrgs` matches (lib/popup/org-list.ts).
 */
export function matchingIndices(packed: PackedOrgs, query: string): Uint32Array {
  const hits = matchMask(packed, wordsOf(query));
  const out: number[] = [];
  hits.forEach((hit, i) => hit && out.push(i));
  return Uint32Array.from(out);
}

/**
 * The list's order as indices: `orderOrgs` (primary, production, then the group's order) with the
 * pinned orgs first in pinning order (`pinnedFirst`, lib/pins/pins.ts).
 */
export function displayOrder(packed: PackedOrgs, pinned: readonly string[] = []): Int32Array {
  const n = packed.length;
  const pinRank = new Map(pinned.map((orgId, index) => [orgId, index]));
  const rankOf = new Int32Array(n).fill(-1);
  if (pinRank.size > 0) for (let i = 0; i < n; i++) rankOf[i] = pinRank.get(orgIdAt(packed, i)) ?? -1;
  const pins: number[] = [];
  const groups: number[][] = [[], [], []];
  for (let i = 0; i < n; i++) {
    const flag = packed.flags[i]!;
    if (rankOf[i]! >= 0) pins.push(i);
    else groups[flag & PRIMARY ? 0 : (flag & 7) === 0 ? 1 : 2]!.push(i);
  }
  const byOrder = (a: number, b: number) => {
    const rank = (i: number) => (packed.flags[i]! & PRIMARY ? 0 : (packed.flags[i]! & 7) === 0 ? 1 : 2);
    return rank(a) - rank(b) || a - b;
  };
  // Pins in pinning order; two rows of one id keep the list's order (a stable sort).
  pins.sort(byOrder).sort((a, b) => rankOf[a]! - rankOf[b]!);
  const out = new Int32Array(n);
  let k = 0;
  for (const list of [pins, ...groups]) for (const i of list) out[k++] = i;
  return out;
}

/** 0: the name or tag is the query; 1: a name, tag or login starts with it; 2: every word is in it. */
function matchRank(packed: PackedOrgs, i: number, query: string): number {
  const name = field(packed, i, NAME).toLowerCase();
  const tag = field(packed, i, TAG).toLowerCase();
  if (name === query || (tag !== '' && tag === query)) return 0;
  if (name.startsWith(query) || (tag !== '' && tag.startsWith(query))) return 1;
  return loginAt(packed, i).toLowerCase().startsWith(query) ? 1 : 2;
}

/**
 * The rows a query shows, as indices in `order`'s order: `filterOrgs` over the ordered list (an
 * exact name or tag first, then prefixes, then the rest; ties keep the order). No query: `order`.
 */
export function visibleIndices(packed: PackedOrgs, order: Int32Array, query: string): Int32Array {
  const wanted = query.toLowerCase().trim().replace(/\s+/g, ' ');
  const words = wanted.split(' ').filter(Boolean);
  if (words.length === 0) return order;
  const hits = matchMask(packed, words);
  const ranked: number[][] = [[], [], []];
  for (const i of order) if (hits[i]) ranked[matchRank(packed, i, wanted)]!.push(i);
  return Int32Array.from(ranked.flat());
}

/**
 * The row Enter opens (`defaultIndex`, lib/popup/org-list.ts): the first one that is not the org
 * the browser is in; `-1` when that org is the only row.
 */
export function defaultRow(packed: PackedOrgs, rows: ArrayLike<number>, currentOrgId: string | null): number {
  for (let k = 0; k < rows.length; k++) if (orgIdAt(packed, rows[k]!) !== currentOrgId) return k;
  return -1;
}

/** Whether two lists show the same org ids in the same order (cheap when the texts are equal). */
export function sameIds(
  a: PackedOrgs,
  aRows: ArrayLike<number>,
  b: PackedOrgs,
  bRows: ArrayLike<number>,
): boolean {
  if (aRows.length !== bRows.length) return false;
  const samePacking = a === b || (a.text === b.text && a.idPrefix === b.idPrefix);
  for (let k = 0; k < aRows.length; k++) {
    if (samePacking ? aRows[k] !== bRows[k] : orgIdAt(a, aRows[k]!) !== orgIdAt(b, bRows[k]!)) return false;
  }
  return true;
}
