import type { MessageKey } from '../i18n/t';

/** `t` from `lib/i18n/t.ts`, passed in so the pure option helpers can be tested without a browser. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;
