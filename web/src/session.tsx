import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { api, setToken, setUnauthorizedHandler } from './api';

export type Role = 'ADMIN' | 'FINANCE' | 'LOGISTICS' | 'MUNICIPALITY';

/** GET /auth/me */
export interface Me {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly municipalityId: string | null;
  readonly active: boolean;
  readonly municipality: { readonly code: string; readonly nameSq: string } | null;
}

interface Stored {
  readonly token: string;
  /** epoch ms */
  readonly expiresAt: number;
}

// The token lives in sessionStorage: gone when the tab closes, never shared across tabs.
const STORAGE_KEY = 'terren.session';

function readStored(): Stored | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
    return s && typeof s.token === 'string' && s.expiresAt > Date.now() ? s : null;
  } catch {
    return null;
  }
}

export type EndReason = 'expired' | 'signed-out';

interface Session {
  readonly me: Me | null;
  /** true until a stored token has been checked with /auth/me */
  readonly restoring: boolean;
  /** why the last session ended (shown on the sign-in page) */
  readonly ended: EndReason | null;
  signIn(email: string, password: string): Promise<Me>;
  signOut(reason: EndReason): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [stored, setStored] = useState<Stored | null>(() => {
    const s = readStored();
    setToken(s?.token ?? null);
    return s;
  });
  const [me, setMe] = useState<Me | null>(null);
  const [restoring, setRestoring] = useState(stored !== null);
  const [ended, setEnded] = useState<EndReason | null>(null);

  const signOut = useCallback(
    (reason: EndReason) => {
      sessionStorage.removeItem(STORAGE_KEY);
      setToken(null);
      setStored(null);
      setMe(null);
      setRestoring(false);
      setEnded(reason);
      void navigate(`/app/sign-in?reason=${reason}`, { replace: true });
    },
    [navigate],
  );

  // Any 401 on an authenticated call, and the token's own expiry, end the session cleanly.
  useEffect(() => setUnauthorizedHandler(() => signOut('expired')), [signOut]);
  useEffect(() => {
    if (!stored) return;
    const timer = setTimeout(() => signOut('expired'), Math.max(0, stored.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [stored, signOut]);

  useEffect(() => {
    if (!stored || me) return;
    let live = true;
    api<Me>('/auth/me')
      .then((m) => live && setMe(m))
      .catch(() => live && setRestoring(false))
      .finally(() => live && setRestoring(false));
    return () => {
      live = false;
    };
  }, [stored, me]);

  const signIn = useCallback(async (email: string, password: string) => {
    setToken(null);
    const res = await api<{ accessToken: string; expiresIn: number }>('/auth/login', { method: 'POST', json: { email, password } });
    const s: Stored = { token: res.accessToken, expiresAt: Date.now() + res.expiresIn * 1000 };
    setToken(s.token);
    const m = await api<Me>('/auth/me');
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s));
    setStored(s);
    setMe(m);
    setEnded(null);
    return m;
  }, []);

  const value = useMemo(() => ({ me, restoring, ended, signIn, signOut }), [me, restoring, ended, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** The signed-in user, inside the authenticated layout. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe outside the signed-in layout');
  return me;
}
