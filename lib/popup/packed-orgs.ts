/**
 * The popup's rows packed (issue 12, not yet used by the popup): every org's id, name, login and
 * tag in one string, found by an offset table, so 10,000 orgs are one string and a few typed
 * arrays instead of 40,000 strings and 10,000 objects. Row objects are made only on demand
 * (`orgAt`, for the rows on screen); the filter searches the packed text, lower-cased per call.
 */
import type { Environment } from '../directory/schema';
import type { PopupOrg } from '../messaging/protocol';

const ENVIRONMENTS: readonly Environment[] = ['production', 'test', 'staging', 'sandbox', 'development'];
/** Between fields and orgs: never in a field the popup shows (ids, names, e-mails, tags). */
const SEP = '\u0000';
const FIELDS = 4;

export interface PackedOrgs {
  readonly length: number;
  /** `id\0name\0login\0tag\0` per org. */
  readonly text: string;
  /** Start of each field (`length * 4`), then the text's length. */
  readonly starts: Uint32Array;
  /** Environment index, plus 8 when primary. */
  readonly flags: Uint8Array;
  /** Colours of the few orgs that have one, by index. */
  readonly colours: ReadonlyMap<number, string>;
}

export function packOrgs(orgs: readonly PopupOrg[]): PackedOrgs {
  const parts: string[] = [];
  const starts = new Uint32Array(orgs.length * FIELDS + 1);
  const flags = new Uint8Array(orgs.length);
  const colours = new Map<number, string>();
  let at = 0;
  orgs.forEach((org, i) => {
    [org.orgId, org.name, org.loginEmail, org.tag].forEach((field, f) => {
      starts[i * FIELDS + f] = at;
      const clean = field.replaceAll(SEP, '');
      parts.push(clean, SEP);
      at += clean.length + 1;
    });
    flags[i] = ENVIRONMENTS.indexOf(org.environment) + (org.isPrimary ? 8 : 0);
    if (org.colour !== undefined) colours.set(i, org.colour);
  });
  starts[orgs.length * FIELDS] = at;
  return { length: orgs.length, text: parts.join(''), starts, flags, colours };
}

function field(packed: PackedOrgs, i: number, f: number): string {
  const start = packed.starts[i * FIELDS + f]!;
  return packed.text.slice(start, packed.starts[i * FIELDS + f + 1]! - 1);
}

export const orgIdAt = (packed: PackedOrgs, i: number): string => field(packed, i, 0);

/** The row as an object, made when asked (the ~20 rows on screen). */
export function orgAt(packed: PackedOrgs, i: number): PopupOrg {
  const flag = packed.flags[i]!;
  const org: PopupOrg = {
    orgId: field(packed, i, 0),
    name: field(packed, i, 1),
    loginEmail: field(packed, i, 2),
    tag: field(packed, i, 3),
    environment: ENVIRONMENTS[flag & 7]!,
    isPrimary: flag >= 8,
  };
  const colour = packed.colours.get(i);
  if (colour !== undefined) org.colour = colour;
  return org;
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

/**
 * The indices of orgs whose name, tag or login contain every word of `query` (case-insensitive),
 * in index order: what `filterOrgs` matches (lib/popup/org-list.ts), found by `indexOf` over the
 * packed text. The ranking stays `filterOrgs`'s to apply.
 */
export function matchingIndices(packed: PackedOrgs, query: string): Uint32Array {
  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return Uint32Array.from({ length: packed.length }, (_, i) => i);
  const lower = packed.text.toLowerCase();
  // A lower-cased text that changed length cannot use the offsets: search field by field.
  const sameLength = lower.length === packed.text.length;
  let hits: Uint8Array | null = null;
  for (const word of words) {
    const found = new Uint8Array(packed.length);
    if (sameLength) {
      for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
        const i = orgOf(packed, at);
        // The word lies inside one of the name, login or tag fields (not the id, not across fields).
        for (let f = 1; f < FIELDS; f++) {
          const start = packed.starts[i * FIELDS + f]!;
          const end = packed.starts[i * FIELDS + f + 1]! - 1;
          if (at >= start && at + word.length <= end) found[i] = 1;
        }
      }
    } else {
      for (let i = 0; i < packed.length; i++) {
        for (let f = 1; f < FIELDS; f++) if (field(packed, i, f).toLowerCase().includes(word)) found[i] = 1;
      }
    }
    hits = hits ? hits.map((hit, i) => hit & found[i]!) : found;
  }
  const out: number[] = [];
  hits!.forEach((hit, i) => hit && out.push(i));
  return Uint32Array.from(out);
}
