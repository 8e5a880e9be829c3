/**
 * What the switch service tells the history: a switch started, and later how it ended. The
 * history never holds more than ids, names, times and outcomes, and it never breaks a switch:
 * a failure to record is swallowed.
 */
import type { Extras, HistoryHow, HistoryOutcome } from '../db';

/** An org as the history names it. */
export interface HistoryOrg {
  orgId: string;
  name: string;
}

export interface HistoryRecorder {
  /** `at`: when the person asked (a resumed switch gives its first start's time: one row). */
  started(from: HistoryOrg | null, to: HistoryOrg, how: HistoryHow, at?: number): Promise<void>;
  settled(toOrgId: string, outcome: Exclude<HistoryOutcome, 'pending'>): Promise<void>;
}

/** A recorder writing to `extras`; `now` is injectable for tests. */
export function createHistoryRecorder(
  extras: () => Promise<Pick<Extras, 'appendHistory' | 'settleHistory'>>,
  now: () => number = Date.now,
): HistoryRecorder {
  return {
    async started(from, to, how, at = now()) {
      // Pending even for a restore: the app page's content script reports the landing.
      await (
        await extras()
      )
        .appendHistory({
          at,
          fromOrgId: from?.orgId ?? null,
          fromName: from?.name ?? null,
          toOrgId: to.orgId,
          toName: to.name,
          how,
          outcome: 'pending',
        })
        .catch(() => undefined);
    },
    async settled(toOrgId, outcome) {
      await (await extras()).settleHistory(toOrgId, outcome).catch(() => undefined);
    },
  };
}
