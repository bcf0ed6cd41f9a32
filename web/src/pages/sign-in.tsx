import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAction } from '../components/action';
import { ErrorPanel, Notice } from '../components/ui';
import { LanguageSwitch } from '../components/language-switch';
import { useI18n } from '../i18n';
import { useSession } from '../session';

export function SignInPage() {
  const { t } = useI18n();
  const { me, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  const reason = params.get('reason');
  const next = params.get('next');

  if (me) return <Navigate to={next?.startsWith('/app') ? next : '/app'} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await signIn(email, password);
      void navigate(next?.startsWith('/app') ? next : '/app', { replace: true });
    });
  }

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-head">
          <div>
            <h1>{t('app.name')}</h1>
            <p className="muted">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
        <h2>{t('signIn.title')}</h2>
        {reason === 'expired' && <Notice>{t('signIn.expired')}</Notice>}
        {reason === 'signed-out' && <Notice>{t('signIn.signedOut')}</Notice>}
        {error && <ErrorPanel error={error} />}
        <form onSubmit={(e) => void submit(e)} className="stack">
          <label htmlFor="email">{t('signIn.email')}</label>
          <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <label htmlFor="password">{t('signIn.password')}</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="primary" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
