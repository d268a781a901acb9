import { describeClientError, errorCodeOf } from '@onestop/shared/client';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useMutation } from 'urql';
import type { LoginMutation } from '../gql/graphql';
import { LanguageSwitch } from '../layout/language-switch';
import { useLocale } from '../locale/locale';
import { loginMutation } from './session-documents';

/** A new session as `login` returns it. */
export type NewSession = LoginMutation['login'];

/** Props of {@link LoginPage}. */
export interface LoginPageProps {
  /** Why the login page is shown again (a session that ended), or nothing. */
  notice: ReactNode;
  onLoggedIn: (session: NewSession) => void;
}

/** Username and password; shown at whatever staff address was opened, which it then shows. */
export function LoginPage({ notice, onLoggedIn }: LoginPageProps) {
  const { locale, text } = useLocale();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [result, executeLogin] = useMutation(loginMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await executeLogin({ username: username.trim(), password });
    if (outcome.data?.login) onLoggedIn(outcome.data.login);
  }

  let errorText: string | null = null;
  if (result.error) {
    // For login, UNAUTHENTICATED means wrong credentials, not a stale token.
    errorText =
      errorCodeOf(result.error) === 'UNAUTHENTICATED'
        ? text('login.failed')
        : describeClientError(result.error, locale);
  }

  return (
    <main className="login">
      <div className="login-top">
        <p className="brand">{text('app.staffTitle')}</p>
        <LanguageSwitch />
      </div>
      <h1>{text('login.title')}</h1>
      {notice}
      {errorText ? (
        <p className="notice notice-error" role="alert">
          {errorText}
        </p>
      ) : null}
      <form className="login-form" onSubmit={submit}>
        <label className="field">
          <span>{text('login.username')}</span>
          <input
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{text('login.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <button type="submit" className="button button-primary" disabled={result.fetching}>
          {result.fetching ? text('login.submitting') : text('login.submit')}
        </button>
      </form>
    </main>
  );
}
