import type { Client } from '@urql/core';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Provider as GraphqlProvider } from 'urql';
import { RequireRight } from './layout/require-right';
import { routeRights } from './layout/route-rights';
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
            <RequireRight right={routeRights.counter}>
              <CounterPage />
            </RequireRight>
          }
        />
        <Route
          path="/manager"
          element={
            <RequireRight right={routeRights.manager}>
              <ManagerPage />
            </RequireRight>
          }
        />
        <Route
          path="/admin"
          element={
            <RequireRight right={routeRights.admin}>
              <AdminPage />
            </RequireRight>
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
