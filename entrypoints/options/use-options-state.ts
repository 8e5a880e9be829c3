import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ManualSaveResult, StateSnapshot, UiError } from '../../lib/messaging/protocol';
import { asUiError, send } from '../../lib/messaging/send';

export type Busy = null | 'load' | 'signIn' | 'signOut' | 'refresh' | 'source' | 'save';

/** The background's state for the options page, and the actions that change it (all by message). */
export function useOptionsState() {
  const [state, setState] = useState<StateSnapshot | null>(null);
  const [busy, setBusy] = useState<Busy>('load');
  const [actionError, setActionError] = useState<UiError | null>(null);

  const run = useCallback(async (kind: Busy, action: () => Promise<StateSnapshot>) => {
    setBusy(kind);
    setActionError(null);
    try {
      setState(await action());
    } catch (error) {
      setActionError(asUiError(error));
    } finally {
      setBusy(null);
    }
  }, []);

  useEffect(() => {
    void run('load', () => send({ type: 'getState' }));
  }, [run]);

  /** Saves a manual list; the reply's errors name the entry and field, and nothing changed then. */
  const saveManual = useCallback(async (list: unknown): Promise<ManualSaveResult | UiError> => {
    setBusy('save');
    try {
      const result = await send({ type: 'setManualInstances', list });
      setState(result.state);
      return result;
    } catch (error) {
      return asUiError(error);
    } finally {
      setBusy(null);
    }
  }, []);

  return {
    state,
    busy,
    actionError,
    signIn: () => run('signIn', () => send({ type: 'signIn' })),
    signOut: () => run('signOut', () => send({ type: 'signOut' })),
    refresh: () => run('refresh', () => send({ type: 'refreshInstances' })),
    setSource: (source: 'directory' | 'manual') => run('source', () => send({ type: 'setSource', source })),
    saveManual,
  };
}

export type OptionsState = ReturnType<typeof useOptionsState>;
