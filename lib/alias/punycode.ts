/**
 * Punycode decoding (RFC 3492), used only to show and inspect the Unicode form of `xn--` labels.
 * Browsers expose IDN→ASCII through the URL parser but no ASCII→Unicode, so the small decoder
 * lives here. https://www.rfc-editor.org/rfc/rfc3492#section-6.2
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_INT = 0x7fffffff;

function adapt(delta: number, points: number, isFirst: boolean): number {
  let d = isFirst ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 → 26-35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41; // A-Z → 0-25
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z → 0-25
  return BASE;
}

/** Decode one variable-length integer starting at `pos`; `null` when malformed. */
function readDelta(input: string, pos: number, bias: number, start: number): [number, number] | null {
  let i = start;
  let w = 1;
  for (let k = BASE; ; k += BASE) {
    if (pos >= input.length) return null;
    const digit = digitValue(input.charCodeAt(pos++));
    if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) return null;
    i += digit * w;
    const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
    if (digit < t) return [i, pos];
    if (w > Math.floor(MAX_INT / (BASE - t))) return null;
    w *= BASE - t;
  }
}

/**
 * Decode a punycode label body (without `xn--`) to Unicode; `null` when it is not valid
 * punycode or decodes to a surrogate code point.
 */
export function decodePunycode(input: string): string | null {
  const delimiter = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < delimiter; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let pos = delimiter > 0 ? delimiter + 1 : 0; pos < input.length;) {
    const step = readDelta(input, pos, bias, i);
    if (!step) return null;
    const oldI = i;
    [i, pos] = step;
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}
