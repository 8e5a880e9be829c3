/**
 * Plain-English messages for every alias reason, in one place so the checker, the options page
 * and the content script word things the same way.
 */
import type { AliasFailure, LengthPart, LineReason, MessageDetails, WrongSeparator } from './types';

/** Longest input quoted in a message; longer input is cut with an ellipsis. */
const MAX_SHOWN = 80;

const PART_NAMES: Record<LengthPart, string> = {
  local: 'the part before @',
  domain: 'the domain',
  label: 'a part of the domain between dots',
  address: 'the whole address',
};

/** Quote user input safely: cut very long text so a message stays readable. */
export function shown(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : text;
}

/** Name a separator the way a person would say it. */
export function separatorName(separator: WrongSeparator | undefined): string {
  if (separator === ' ') return 'a space';
  if (separator === '\t') return 'a tab';
  // Other invisible characters (no-break space, zero-width joiner…) are named by code point.
  if (separator !== undefined && /^[\p{Z}\p{C}]$/u.test(separator)) {
    return `the character U+${separator.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${separator ?? '?'}'`;
}

function withSuggestion(text: string, suggestion: string | undefined): string {
  return suggestion ? `${text} (${suggestion})` : text;
}

function example(d: MessageDetails): string {
  const [local, domain] = splitRoot(d.root);
  return local && domain ? ` (e.g. ${local}+staging@${domain})` : '';
}

function splitRoot(root: string | undefined): [string, string] {
  const at = root ? root.lastIndexOf('@') : -1;
  return root && at > 0 ? [root.slice(0, at), root.slice(at + 1)] : ['', ''];
}

function invalidEmail(d: MessageDetails): string {
  const who = d.subject === 'root' ? 'The root email' : 'The login';
  const what = d.input === '' ? 'is empty' : `'${shown(d.input)}' is not a valid email address`;
  return `${who} ${what}; expected name@domain, e.g. jane.doe@outreach.io.`;
}

function tooLong(d: MessageDetails): string {
  const part = PART_NAMES[d.part ?? 'address'];
  return `${shown(d.input)} is too long: ${part} has ${d.length ?? '?'} characters, the limit is ${d.limit ?? '?'}.`;
}

function lookalike(d: MessageDetails): string {
  const domain = shown(d.domain ?? d.input);
  if (d.lookalike === 'confusable' && d.root) {
    const [, rootDomain] = splitRoot(d.root);
    return `${shown(d.input)} uses the look-alike domain ${domain}, which imitates ${rootDomain} with letters from another alphabet.`;
  }
  return `${shown(d.input)} uses the look-alike domain ${domain}, which mixes letters from different alphabets.`;
}

/**
 * The message for a reason. `details.input` is the address as typed; other fields are used when
 * present (see {@link MessageDetails}).
 */
export function aliasMessage(reason: LineReason, details: MessageDetails): string {
  const d = details;
  const input = shown(d.input);
  const [rootLocal, rootDomain] = splitRoot(d.root);
  switch (reason) {
    case 'invalid-email':
      return invalidEmail(d);
    case 'too-long':
      return tooLong(d);
    case 'lookalike-domain':
      return lookalike(d);
    case 'root-has-plus':
      return (
        withSuggestion(
          `The root email ${input} contains '+'; the root must be the plain address without a tag`,
          d.suggestion,
        ) + '.'
      );
    case 'different-domain':
      return (
        withSuggestion(
          `${input} is on ${shown(d.domain ?? '?')}, but instance logins must use the root email's domain, ${rootDomain}`,
          d.suggestion,
        ) + '.'
      );
    case 'different-prefix':
      return `${input} does not start with ${rootLocal}; an instance login is the root's name part, '+', then a tag${example(d)}.`;
    case 'wrong-separator':
      return (
        withSuggestion(
          `${input} uses ${separatorName(d.separator)} to separate the tag; use '+'`,
          d.suggestion,
        ) + '.'
      );
    case 'empty-tag':
      return `${input} has nothing after '+'; add the instance tag${example(d)}, or drop the '+' for the root login.`;
    case 'multiple-plus':
      return (
        withSuggestion(`${input} has more than one '+'; use exactly one '+' before the tag`, d.suggestion) +
        '.'
      );
    case 'invalid-tag':
      return `The tag '${shown(d.tag ?? '')}' in ${input} may only use letters and digits, with '-' or '_' inside (not first or last).`;
    case 'duplicate':
      return `${input} repeats the login on line ${d.firstLine ?? '?'}.`;
  }
}

/** Build a refusal whose message is `aliasMessage(reason, details)`; unset details are dropped. */
export function aliasFailure<R extends LineReason>(reason: R, details: MessageDetails): AliasFailure<R> {
  const set = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined));
  return { ok: false, reason, message: aliasMessage(reason, details), details: set as MessageDetails };
}
