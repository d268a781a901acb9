import type { Client } from '@urql/core';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Provider as GraphqlProvider } from 'urql';
import { BookingPage } from './pages/booking-page';
import { CheckInPage } from './pages/check-in-page';
import { CounterDisplayPage } from './pages/counter-display-page';
import { KioskPage } from './pages/kiosk-page';
import { ManageBookingPage } from './pages/manage-booking-page';
import { NotFoundPage } from './pages/not-found-page';
import { TicketPage } from './pages/ticket-page';
import { WallDisplayPage } from './pages/wall-display-page';

/** Every route of the public side of the hall; the server answers index.html for each. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/display" element={<WallDisplayPage />} />
      <Route path="/display/counter/:label" element={<CounterDisplayPage />} />
      <Route path="/kiosk" element={<KioskPage />} />
      <Route path="/t/:accessCode" element={<TicketPage />} />
      <Route path="/checkin/:code" element={<CheckInPage />} />
      <Route path="/book/:hallCode" element={<BookingPage />} />
      <Route path="/b/:manageCode" element={<ManageBookingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** Props of {@link App}. */
export interface AppProps {
  client: Client;
}

/** The hall-display app: the GraphQL client and the browser's address, around the routes. */
export function App({ client }: AppProps) {
  return (
    <GraphqlProvider value={client}>
      {/* Routes live at the site root (/display, /kiosk …); only the assets sit under /_app/hall-display/. */}
      <BrowserRouter basename="/">
        <AppRoutes />
      </BrowserRouter>
    </GraphqlProvider>
  );
}
