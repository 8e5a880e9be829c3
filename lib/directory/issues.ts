/**
 * Plain-words descriptions of zod issues, shared by the directory and manual sources so both
 * name the failing field the same way.
 */
import type { z } from 'zod';

/** Longest piece of untrusted text kept in a message or a dropped entry. */
export const MAX_SHOWN = 120;

/** Cut untrusted text so a message stays readable. */
export function shown(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : text;
}

/** A zod path as people read it: `instances[2].appUrl`; empty for the top level. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, at) => (typeof key === 'number' ? `[${key}]` : `${at === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** An issue's message in plain words (an absent field is "missing"). */
export function issueMessage(issue: z.core.$ZodIssue): string {
  // zod says "expected string, received undefined" for an absent field; people say "missing".
  const isMissing = issue.code === 'invalid_type' && / received undefined$/.test(issue.message);
  return isMissing && issue.path.length > 0 ? 'missing' : issue.message;
}

/** One issue as `field: message`, or just the message when it is about the whole value. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldPath(issue.path);
  return field === '' ? issueMessage(issue) : `${field}: ${issueMessage(issue)}`;
}

/** The first issue, plus how many more there are. */
export function summariseIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (first === undefined) return 'unknown problem';
  const more = issues.length - 1;
  return more > 0 ? `${describeIssue(first)} (and ${more} more)` : describeIssue(first);
}
