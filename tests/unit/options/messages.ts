import { readFileSync } from 'node:fs';
import type { Translate } from '../../../lib/options/translate';

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** `assets/_locales/en/messages.json`, as Chrome reads it. */
export const MESSAGES = JSON.parse(readFileSync('assets/_locales/en/messages.json', 'utf8')) as Record<
  string,
  MessageEntry
>;

/** `browser.i18n.getMessage` over the real English messages, so tests see the words people see. */
export const translate: Translate = (key, substitutions) => {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`no message ${key}`);
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
};
