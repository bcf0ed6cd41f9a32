import { useCallback, useState } from 'react';
import type { ApiError } from '../api';
import { asApiError } from './load';

export interface Action {
  /** an action is under way (disable its buttons) */
  readonly busy: boolean;
  /** what the last action failed with, as the API said it */
  readonly error: ApiError | null;
  /** what the last action returned to tell the user */
  readonly notice: string | null;
  /**
   * Busy; clear error and notice; await `fn`; keep the string it returns as the notice, or
   * the failure as the error; not busy again. Resolves to whether `fn` succeeded.
   */
  readonly run: (fn: () => Promise<string | void>) => Promise<boolean>;
  /** for a step that is not a plain `run` (e.g. one that stays busy while it navigates away) */
  readonly setBusy: (busy: boolean) => void;
  readonly setError: (error: ApiError | null) => void;
  readonly setNotice: (notice: string | null) => void;
}

/** The state of a button's request: busy, its error or its notice. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = useCallback(async (fn: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const done = await fn();
      if (typeof done === 'string') setNotice(done);
      return true;
    } catch (err) {
      setError(asApiError(err));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, notice, run, setBusy, setError, setNotice };
}
