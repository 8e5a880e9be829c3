/**
 * Rows of the version-3 stores: pinned orgs and the switch history. Neither ever holds a token,
 * cookie, password or login email: an org is named by its id and display name only.
 */
import { z } from 'zod';

/** How many history entries are kept; older ones are deleted as new ones arrive. */
export const HISTORY_LIMIT = 500;

/** One pinned org; pinned orgs are listed in the order they were pinned. */
export const PinRowSchema = z.object({
  orgId: z.string().min(1).max(200),
  pinnedAt: z.number(),
});
export type PinRow = z.infer<typeof PinRowSchema>;

/** How a switch went in: a restored session, a `+` alias login, the inline chooser, or Outreach's selection window. */
export const HistoryHowSchema = z.enum(['restored', 'alias-login', 'inline-chooser', 'selection-window']);
export type HistoryHow = z.infer<typeof HistoryHowSchema>;

/** `pending` until the tab reports that it landed in the org or failed. */
export const HistoryOutcomeSchema = z.enum(['pending', 'landed', 'failed']);
export type HistoryOutcome = z.infer<typeof HistoryOutcomeSchema>;

const Name = z.string().max(200);

/** One switch: when, from which org (if the extension knew it), to which, how, and how it ended. */
export const HistoryRowSchema = z
  .object({
    id: z.number().int().positive().optional(),
    at: z.number(),
    fromOrgId: z.string().max(200).nullable(),
    fromName: Name.nullable(),
    toOrgId: z.string().min(1).max(200),
    toName: Name,
    how: HistoryHowSchema,
    outcome: HistoryOutcomeSchema,
  })
  .strict();
export type HistoryRow = z.infer<typeof HistoryRowSchema>;

/** The same switch started again: same time (the intent's start) and the same target. */
export const isSameStart = (a: Pick<HistoryRow, 'at' | 'toOrgId'>, b: Pick<HistoryRow, 'at' | 'toOrgId'>) =>
  a.at === b.at && a.toOrgId === b.toOrgId;
