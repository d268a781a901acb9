import type { Client } from '@urql/core';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Provider as GraphqlProvider } from 'urql';
import { RequireRole } from './layout/require-role';
import { routeRoles } from './layout/route-roles';
import { LocaleProvider } from './locale/locale';
import { AdminPage } from './pages/admin-page';
import { CounterPage } from './pages/counter-page';
import { ManagerPage } from './pages/manager-page';
import { NotFoundPage } from './pages/not-found-page';
import { SessionGate } from './session/session-gate';

/** Every staff route; all of them sit behind the login. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<SessionGate />}>
        <Route
          path="/counter"
          element={
            <RequireRole allowed={routeRoles.counter}>
              <CounterPage />
            </RequireRole>
          }
        />
        <Route
          path="/manager"
          element={
            <RequireRole allowed={routeRoles.manager}>
              <ManagerPage />
            </RequireRole>
          }
        />
        <Route
          path="/admin"
          element={
            <RequireRole allowed={routeRoles.admin}>
              <AdminPage />
            </RequireRole>
          }
        />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** Props of {@link App}. */
export interface AppProps {
  client: Client;
}

/** The counter-client app: GraphQL client, language and the browser's address, around the routes. */
export function App({ client }: AppProps) {
  return (
    <GraphqlProvider value={client}>
      <LocaleProvider>
        {/* Routes live at the site root (/counter …); only the assets sit under /_app/counter-client/. */}
        <BrowserRouter basename="/">
          <AppRoutes />
        </BrowserRouter>
      </LocaleProvider>
    </GraphqlProvider>
  );
}
