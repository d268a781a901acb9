import { errorCodeOf, restartOneStopConnection } from '@onestop/shared/client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { AppLayout } from '../layout/app-layout';
import { Loading } from '../components/loading';
import { ErrorNotice } from '../components/error-notice';
import { useLocale } from '../locale/locale';
import { LoginPage, type NewSession } from './login-page';
import {
  type LogoutGuard,
  type SessionContextValue,
  SessionContext,
  type SignedInStaff,
} from './session-context';
import { logoutMutation, meQuery } from './session-documents';
import { clearStaffToken, readStaffToken, saveStaffToken } from './staff-token';

/** The one page that may be asked before logout (the workstation with an open counter). */
class LogoutGuardSlot {
  private guard: LogoutGuard | null = null;

  /** Installs `guard`; the returned function removes it again (if it is still the one installed). */
  set(guard: LogoutGuard): () => void {
    this.guard = guard;
    return () => {
      if (this.guard === guard) this.guard = null;
    };
  }

  /** True when logout may go on. */
  async ask(): Promise<boolean> {
    return this.guard ? await this.guard() : true;
  }
}

interface SessionState {
  token: string | null;
  /** Known from `login`; after a reload it comes from `me`. */
  staff: SignedInStaff | null;
  /** The server refused the token: the login page says the session ended. */
  ended: boolean;
}

/**
 * Stands before every staff page: the login form without a token, the app layout and the
 * page with one. A token the server refuses (expired, revoked) is forgotten and the login
 * page says so.
 */
export function SessionGate() {
  const client = useClient();
  const { text } = useLocale();
  const [session, setSession] = useState<SessionState>(() => ({
    token: readStaffToken(),
    staff: null,
    ended: false,
  }));
  const [meResult, reexecuteMe] = useQuery({
    query: meQuery,
    pause: !session.token || session.staff !== null,
  });
  const [, executeLogout] = useMutation(logoutMutation);

  const endSession = useCallback(
    (ended: boolean) => {
      clearStaffToken();
      setSession({ token: null, staff: null, ended });
      // The WebSocket still carries the old token; drop it.
      restartOneStopConnection(client);
    },
    [client],
  );

  const handleLoggedIn = useCallback(
    (newSession: NewSession) => {
      saveStaffToken(newSession.token);
      setSession({ token: newSession.token, staff: newSession.staff, ended: false });
      restartOneStopConnection(client);
    },
    [client],
  );

  const [logoutGuard] = useState(() => new LogoutGuardSlot());
  const setLogoutGuard = useCallback((guard: LogoutGuard) => logoutGuard.set(guard), [logoutGuard]);

  const logout = useCallback(async () => {
    // A page may need to settle something first (an open counter); it may also say stay.
    if (!(await logoutGuard.ask())) return;
    // Revoke on the server first, while the token is still sent; leave locally whatever it answers.
    await executeLogout({});
    endSession(false);
  }, [executeLogout, endSession, logoutGuard]);

  const expire = useCallback(() => endSession(true), [endSession]);

  const staff = session.staff ?? meResult.data?.me ?? null;
  // UNAUTHENTICATED, or `me` answering null, both mean the stored token no longer opens a session.
  const tokenRefused =
    session.token !== null &&
    session.staff === null &&
    ((meResult.error !== undefined && errorCodeOf(meResult.error) === 'UNAUTHENTICATED') ||
      (meResult.data !== undefined && meResult.error === undefined && meResult.data.me === null));

  useEffect(() => {
    if (tokenRefused) clearStaffToken();
  }, [tokenRefused]);

  const contextValue = useMemo<SessionContextValue | null>(
    () => (staff ? { staff, logout, expire, setLogoutGuard } : null),
    [staff, logout, expire, setLogoutGuard],
  );

  if (!session.token || tokenRefused) {
    const notice =
      session.ended || tokenRefused ? (
        <p className="notice notice-error" role="alert">
          {text('session.expired')}
        </p>
      ) : null;
    return <LoginPage notice={notice} onLoggedIn={handleLoggedIn} />;
  }
  if (!contextValue) {
    return (
      <main className="login">
        {meResult.error ? (
          <ErrorNotice
            error={meResult.error}
            onRetry={() => reexecuteMe({ requestPolicy: 'network-only' })}
          />
        ) : (
          <Loading />
        )}
      </main>
    );
  }
  return (
    <SessionContext.Provider value={contextValue}>
      <AppLayout />
    </SessionContext.Provider>
  );
}
