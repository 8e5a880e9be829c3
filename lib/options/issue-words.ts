/**
 * Every zod issue a person can meet on the options page, as a sentence that names the field, the
 * limit and the fix — in one place, with the words from `_locales`. No raw zod text is shown.
 */
import type { z } from 'zod';
import type { Translate } from './translate';
import { visible } from './visible-text';

type Issue = z.core.$ZodIssue;

/** The value at a zod path in the input (to say what was received). */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What a value is, as people say it ("a list", "the number 2", "nothing"). */
export function describeValue(value: unknown, t: Translate): string {
  if (value === undefined) return t('optionsValueNothing');
  if (value === null) return t('optionsValueNull');
  if (Array.isArray(value)) return t('optionsValueList', String(value.length));
  if (typeof value === 'string') return t('optionsValueText', shortText(value));
  if (typeof value === 'number' || typeof value === 'boolean') return t('optionsValueScalar', String(value));
  return t('optionsValueObject');
}

function shortText(text: string): string {
  const chars = Array.from(visible(text));
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('');
}

const EXPECTED: Record<string, Parameters<Translate>[0]> = {
  string: 'optionsExpectText',
  number: 'optionsExpectNumber',
  boolean: 'optionsExpectBoolean',
  object: 'optionsExpectObject',
  array: 'optionsExpectList',
};

function sizeWords(
  issue: Extract<Issue, { code: 'too_big' | 'too_small' }>,
  field: string,
  got: unknown,
  t: Translate,
) {
  const isList = issue.origin === 'array';
  const length = Array.isArray(got) ? got.length : typeof got === 'string' ? Array.from(got).length : null;
  if (issue.code === 'too_small') {
    const min = String(issue.minimum);
    if (length === 0) return t(isList ? 'optionsIssueEmptyList' : 'optionsIssueEmptyText', [field, min]);
    return t(isList ? 'optionsIssueTooFew' : 'optionsIssueTooShort', [field, String(length ?? '?'), min]);
  }
  const max = String(issue.maximum);
  if (issue.origin === 'number') return t('optionsIssueTooLarge', [field, String(got), max]);
  return t(isList ? 'optionsIssueTooMany' : 'optionsIssueTooLong', [field, String(length ?? '?'), max]);
}

/**
 * One zod issue as a sentence. `field` names the field the way the page does ("Client id",
 * "Org 3's “environment”"); `input` is what was checked (to say what was received); `fix`, when
 * given, replaces the generic fix for format problems (e.g. "use a colour like #1a73e8").
 */
export function issueWords(issue: Issue, field: string, input: unknown, t: Translate, fix?: string): string {
  const got = valueAt(input, issue.path);
  switch (issue.code) {
    case 'too_big':
    case 'too_small':
      return sizeWords(issue, field, got, t);
    case 'invalid_type': {
      if (got === undefined) return t('optionsIssueMissing', field);
      const expected = EXPECTED[issue.expected] ? t(EXPECTED[issue.expected]!) : issue.expected;
      return t('optionsIssueWrongType', [field, expected, describeValue(got, t)]);
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value)).join(', ');
      if (fix) return t('optionsIssueOneOfFix', [field, describeValue(got, t), fix]);
      return t('optionsIssueOneOf', [field, values, describeValue(got, t)]);
    }
    case 'invalid_format':
      return t('optionsIssueFormat', [field, fix ?? t('optionsIssueFormatFix')]);
    case 'unrecognized_keys':
      return t('optionsIssueUnknownKeys', [field, issue.keys.map((key) => visible(key)).join(', ')]);
    default:
      return t('optionsIssueInvalid', [field, fix ?? t('optionsIssueFormatFix')]);
  }
}
