import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { get, request, setToken, setUnauthorizedHandler, type Schema } from './api';
import { knownLanguage, useI18n } from './i18n';
import { queryClient } from './query';
import { SessionKeeper, toAccess, type AccessState } from './session-keeper';

export type Role = Schema<'Me'>['role'];

/** GET /auth/me */
export type Me = Schema<'Me'>;

// The tab's copy of its access token (sessionStorage: this tab only). The sign-in itself is the
// HttpOnly refresh cookie, shared by all tabs (session-keeper.ts).
const STORAGE_KEY = 'terren.session';

function readStored(): AccessState | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as AccessState | null;
    return s && typeof s.token === 'string' && s.expiresAt > Date.now() ? s : null;
  } catch {
    return null;
  }
}

function store(s: AccessState | null): void {
  if (s) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  else sessionStorage.removeItem(STORAGE_KEY);
  setToken(s?.token ?? null);
}

export type EndReason = 'expired' | 'signed-out';

interface Session {
  readonly me: Me | null;
  /** true while a stored token or the refresh cookie is being checked */
  readonly restoring: boolean;
  /** why the last session ended (shown on the sign-in page) */
  readonly ended: EndReason | null;
  /** an idle user's sign-in ends at this time (epoch ms) unless they stay */
  readonly endsAt: number | null;
  signIn(email: string, password: string): Promise<Me>;
  signOut(reason: EndReason): void;
  stay(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [me, setMe] = useState<Me | null>(null);
  const [restoring, setRestoring] = useState(true);
  const [ended, setEnded] = useState<EndReason | null>(null);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const keeper = useRef<SessionKeeper | null>(null);
  const { setLang } = useI18n();
  // the language the user saved (PATCH /auth/me from the language switch) follows them to any device
  const adopt = useCallback(
    (m: Me) => {
      const saved = knownLanguage(m.locale);
      if (saved) setLang(saved);
      setMe(m);
    },
    [setLang],
  );

  const finish = useCallback(
    (reason: EndReason) => {
      store(null);
      // what this user was shown is not for the next one
      queryClient.clear();
      setMe(null);
      setRestoring(false);
      setEndsAt(null);
      setEnded(reason);
      void navigate(`/app/sign-in?reason=${reason}`, { replace: true });
    },
    [navigate],
  );

  useEffect(() => {
    const k = new SessionKeeper({
      onToken: (access) => store(access),
      onEnded: (reason) => finish(reason),
      onWarning: (at) => setEndsAt(at),
    });
    keeper.current = k;
    // A 401 on an authenticated call: try the cookie once; the caller retries with the new token.
    setUnauthorizedHandler(async () => {
      const got = await k.refresh();
      if (got) return true;
      k.stop();
      finish('expired');
      return false;
    });
    let live = true;
    void (async () => {
      // this tab's token, or else the sign-in's cookie (a new tab, a reload after expiry)
      const access = readStored() ?? (await k.refresh());
      if (!live) return;
      if (!access) {
        setRestoring(false);
        return;
      }
      store(access);
      k.adopt(access, false);
      try {
        const m = await get('/auth/me');
        if (live) adopt(m);
      } catch {
        // the 401 handler has ended the session if it had to
      } finally {
        if (live) setRestoring(false);
      }
    })();
    return () => {
      live = false;
      k.dispose();
      keeper.current = null;
    };
  }, [finish, adopt]);

  const signOut = useCallback(
    (reason: EndReason) => {
      keeper.current?.signedOut();
      // ends the sign-in on the server (every tab); the page does not wait for it
      void fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin' }).catch(() => undefined);
      finish(reason);
    },
    [finish],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      setToken(null);
      const res = await request('post', '/auth/login', { json: { email, password } });
      const access = toAccess(res);
      setToken(access.token);
      const m = await get('/auth/me');
      store(access);
      keeper.current?.adopt(access);
      adopt(m);
      setEnded(null);
      return m;
    },
    [adopt],
  );

  const stay = useCallback(() => {
    void keeper.current?.stay();
  }, []);

  const value = useMemo(
    () => ({ me, restoring, ended, endsAt, signIn, signOut, stay }),
    [me, restoring, ended, endsAt, signIn, signOut, stay],
  );
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
