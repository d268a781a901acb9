import { holdsRight, roleLabel } from '@onestop/shared';
import { NavLink, Outlet } from 'react-router-dom';
import { useLocale } from '../locale/locale';
import { useSession } from '../session/session-context';
import { LanguageSwitch } from './language-switch';
import { routeRights } from './route-rights';

const navigation = [
  { path: '/counter', label: 'nav.counter', right: routeRights.counter },
  { path: '/manager', label: 'nav.manager', right: routeRights.manager },
  { path: '/admin', label: 'nav.admin', right: routeRights.admin },
] as const;

/** The frame of every signed-in page: who is signed in, where they may go, the language, logout. */
export function AppLayout() {
  const { staff, logout } = useSession();
  const { locale, text } = useLocale();
  return (
    <div className="app">
      <header className="app-header">
        <p className="brand">{text('app.staffTitle')}</p>
        <nav className="app-nav">
          {navigation
            .filter((item) => holdsRight(staff.role, item.right))
            .map((item) => (
              <NavLink key={item.path} to={item.path}>
                {text(item.label)}
              </NavLink>
            ))}
        </nav>
        <p className="who">
          <span className="who-name">{staff.displayName}</span>
          <span className="who-role">{roleLabel(staff.role, locale)}</span>
        </p>
        <LanguageSwitch />
        <button type="button" className="button" onClick={() => void logout()}>
          {text('session.logout')}
        </button>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
