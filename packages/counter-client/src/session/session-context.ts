import { createContext, useContext } from 'react';
import type { StaffSessionFieldsFragment } from '../gql/graphql';

/** The signed-in staff member, as login and `me` return them. */
export type SignedInStaff = StaffSessionFieldsFragment;

/** What every signed-in page can use of the session. */
export interface SessionContextValue {
  staff: SignedInStaff;
  logout: () => Promise<void>;
  /** Ends the session because the server refused its token (expired, revoked). */
  expire: () => void;
  /**
   * Lets a page be asked before logout (the workstation: pause or close the counter). The guard
   * resolves true to go on, false to stay; the returned function removes it.
   */
  setLogoutGuard?: (guard: LogoutGuard) => () => void;
}

/** Asked before logging out; resolves true to log out, false to stay. */
export type LogoutGuard = () => Promise<boolean>;

/** Provided by the session gate to the pages behind it. */
export const SessionContext = createContext<SessionContextValue | null>(null);

/** The signed-in session; only on pages behind the session gate. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs the session gate above it');
  return value;
}
