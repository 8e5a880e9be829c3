/**
 * A SAML-shaped exchange between Outreach's login hosts and the IdP: the HTTP-Redirect binding
 * carries the request, the HTTP-POST binding the signed answer. JSON stands in for the XML; an
 * HMAC stands in for the XML signature. Enough to model the redirects and the IdP session.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SamlRequest {
  id: string;
  /** Where the IdP posts its answer (the SP's assertion consumer service). */
  acs: string;
  /** The email typed at Outreach (the IdP authenticates its root). */
  loginHint: string;
}

export interface SamlAssertion {
  inResponseTo: string;
  /** The authenticated person: the root email. */
  nameId: string;
  audience: string;
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(value: string): unknown {
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

export function encodeSamlRequest(request: SamlRequest): string {
  return encode(request);
}

export function decodeSamlRequest(value: string | null): SamlRequest | null {
  const parsed = value ? (decode(value) as Partial<SamlRequest> | null) : null;
  if (!parsed || !isString(parsed.id) || !isString(parsed.acs) || !isString(parsed.loginHint)) return null;
  return { id: parsed.id, acs: parsed.acs, loginHint: parsed.loginHint };
}

function sign(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

export function signAssertion(key: Buffer, assertion: SamlAssertion): string {
  const payload = encode(assertion);
  return `${payload}.${sign(key, payload)}`;
}

/** The assertion if its signature is good, else null. */
export function verifyAssertion(key: Buffer, value: string | null): SamlAssertion | null {
  const [payload, signature] = (value ?? '').split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(key, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const parsed = decode(payload) as Partial<SamlAssertion> | null;
  if (!parsed || !isString(parsed.inResponseTo) || !isString(parsed.nameId) || !isString(parsed.audience))
    return null;
  return { inResponseTo: parsed.inResponseTo, nameId: parsed.nameId, audience: parsed.audience };
}
