import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, NavLink, Outlet, Route, Routes, useLocation } from 'react-router';
import { Breadcrumbs, CrumbTitleProvider } from './components/breadcrumbs';
import { ConfirmProvider } from './components/confirm';
import { LanguageSwitch } from './components/language-switch';
import { Loading } from './components/ui';
import { I18nProvider, enumLabel, useI18n } from './i18n';
import { homeOf, PAGES } from './pages';
import { queryClient } from './query';
import { NotFoundPage } from './pages/not-found';
import { SignInPage } from './pages/sign-in';
import { SessionProvider, useMe, useSession, type Role } from './session';

function RequireSession({ children }: { children: ReactNode }) {
  const { me, restoring, ended } = useSession();
  const location = useLocation();
  if (restoring) return <Loading />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/app/sign-in?next=${next}${ended ? `&reason=${ended}` : ''}`} replace />;
  }
  return children;
}

/** A page another role opens by URL answers like the API does for what it may not see: not found. */
function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe();
  return roles.includes(me.role) ? children : <NotFoundPage />;
}

/** An idle user's last minutes: the time left and a way to stay (any keystroke or click also renews). */
function SessionWarning() {
  const { endsAt, stay } = useSession();
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  if (endsAt === null) return null;
  return (
    <div className="session-warning" role="alert">
      <p>{t('session.warning', { seconds: Math.max(0, Math.ceil((endsAt - now) / 1000)) })}</p>
      <button type="button" onClick={stay}>
        {t('session.stay')}
      </button>
    </div>
  );
}

function Layout() {
  const { t } = useI18n();
  const { signOut } = useSession();
  const me = useMe();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  // After client-side navigation, move focus to the new content (as a page load would).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  const links = PAGES.flatMap((p) => {
    if (!p.nav || !(p.nav.roles ?? p.roles).includes(me.role)) return [];
    const to = p.nav.to ? p.nav.to(me) : `/app/${p.path}`;
    return to ? [{ to, label: t(p.nav.label) }] : [];
  });
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <Link to="/app" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                {/* prefix match (a run's page marks "Pay runs"), unless another link lies below this one */}
                <NavLink to={l.to} end={links.some((o) => o.to.startsWith(`${l.to}/`))}>
                  {l.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {me.email} · {enumLabel(t, 'role', me.role)}
            {me.municipality ? ` · ${me.municipality.nameSq}` : ''}
          </span>
          <LanguageSwitch />
          <button type="button" onClick={() => signOut('signed-out')}>
            {t('nav.signOut')}
          </button>
        </div>
      </header>
      <SessionWarning />
      <main id="main" tabIndex={-1} ref={main}>
        <CrumbTitleProvider>
          {(title) => (
            <>
              <Breadcrumbs pages={PAGES} me={me} title={title} />
              <Outlet />
            </>
          )}
        </CrumbTitleProvider>
      </main>
    </div>
  );
}

function Home() {
  const { t } = useI18n();
  const me = useMe();
  const home = homeOf(me);
  if (home) return <Navigate to={home} replace />;
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <p>{t('home.logistics')}</p>
      <p>
        <Link to="/app/municipalities">{t('nav.municipalities')}</Link>
      </p>
    </section>
  );
}

export function App() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionProvider>
            <ConfirmProvider>
              <Routes>
                <Route path="/" element={<Navigate to="/app" replace />} />
                <Route path="/app/sign-in" element={<SignInPage />} />
                <Route
                  path="/app"
                  element={
                    <RequireSession>
                      <Layout />
                    </RequireSession>
                  }
                >
                  <Route index element={<Home />} />
                  {PAGES.map((p) => (
                    <Route key={p.path} path={p.path} element={<RequireRole roles={p.roles}>{p.element}</RequireRole>} />
                  ))}
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </ConfirmProvider>
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </I18nProvider>
  );
}
