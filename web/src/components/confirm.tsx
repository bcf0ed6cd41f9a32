import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * Irreversible actions ask first, naming what will happen ("Approve 4,412 payments,
 * 1 234 567,80 € — this cannot be undone"). A modal <dialog>: focus moves into it, Escape and
 * Cancel change nothing; the confirm button repeats the action's name rather than "OK".
 */
export interface ConfirmRequest {
  readonly title: string;
  /** the consequence, in words */
  readonly body: ReactNode;
  /** the confirm button's label: the action itself */
  readonly confirm: string;
  /** a red confirm button for destructive steps */
  readonly danger?: boolean;
}

type Ask = (req: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Ask | null>(null);

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<{ req: ConfirmRequest; resolve: (ok: boolean) => void } | null>(null);

  const ask = useCallback<Ask>(
    (req) =>
      new Promise<boolean>((resolve) => {
        setPending({ req, resolve });
      }),
    [],
  );

  useEffect(() => {
    const d = dialog.current;
    if (pending && d && !d.open) d.showModal();
  }, [pending]);

  const close = (ok: boolean) => {
    dialog.current?.close();
    pending?.resolve(ok);
    setPending(null);
  };

  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      <dialog
        ref={dialog}
        className="confirm"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-body"
        onCancel={(e) => {
          e.preventDefault();
          close(false);
        }}
      >
        {pending && (
          <form
            method="dialog"
            onSubmit={(e) => {
              e.preventDefault();
              close(true);
            }}
          >
            <h2 id="confirm-title">{pending.req.title}</h2>
            <div id="confirm-body">{pending.req.body}</div>
            <div className="confirm-actions">
              <button type="button" autoFocus onClick={() => close(false)}>
                {t('confirm.cancel')}
              </button>
              <button type="submit" className={pending.req.danger ? 'danger' : 'primary'}>
                {pending.req.confirm}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </ConfirmContext.Provider>
  );
}

/** `await confirm({...})` resolves true only when the user confirmed. */
export function useConfirm(): Ask {
  const ask = useContext(ConfirmContext);
  if (!ask) throw new Error('useConfirm outside ConfirmProvider');
  return ask;
}
