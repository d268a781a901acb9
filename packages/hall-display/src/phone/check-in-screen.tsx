import { isRemoteTicket } from '@onestop/shared';
import type { ClientErrorLike } from '@onestop/shared/client';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useClient } from 'urql';
import { Multilingual } from '../components/multilingual';
import { CitizenPage } from './citizen-page';
import { ClientErrorText } from './client-error-text';
import { checkInTicketMutation, rememberedTicketQuery } from './documents';
import { rememberedTickets } from './remembered-tickets';
import { checkInRefusalOf } from './use-check-in';

/** Where the check-in page stands. */
type CheckInPageState =
  { kind: 'working' } | { kind: 'none' } | { kind: 'failed'; error: ClientErrorLike; codeRefused: boolean };

/**
 * `/checkin/:code`, the address in the wall display's check-in QR code: a phone camera app opens it
 * without the ticket, so the page checks in, with the code, each ticket this phone opened before
 * that is remote, waiting and not yet checked in, then shows the first one's page. A phone that
 * opened none is told how to check in instead (its ticket page, or the kiosk).
 */
export function CheckInScreen({ checkInCode }: { checkInCode: string }) {
  const client = useClient();
  const navigate = useNavigate();
  const [state, setState] = useState<CheckInPageState>({ kind: 'working' });

  useEffect(() => {
    let cancelled = false;
    const run = async (): Promise<void> => {
      const checkedIn: string[] = [];
      let failure: ClientErrorLike | null = null;
      for (const accessCode of rememberedTickets()) {
        const read = await client
          .query(rememberedTicketQuery, { accessCode }, { requestPolicy: 'network-only' })
          .toPromise();
        const ticket = read.data?.myTicket;
        if (!ticket || ticket.status !== 'WAITING' || !isRemoteTicket(ticket) || ticket.checkedIn) continue;
        const answer = await client
          .mutation(checkInTicketMutation, { accessCode, checkInCode }, { requestPolicy: 'network-only' })
          .toPromise();
        if (answer.data) checkedIn.push(accessCode);
        else failure ??= answer.error ?? { graphQLErrors: [] };
      }
      if (cancelled) return;
      const first = checkedIn[0];
      if (first !== undefined) {
        // The ticket's page says "checked in"; `replace`: Back does not check in again.
        void navigate(`/t/${first}`, { replace: true });
      } else if (failure) {
        setState({
          kind: 'failed',
          error: failure,
          codeRefused: checkInRefusalOf(failure).kind === 'codeRefused',
        });
      } else {
        setState({ kind: 'none' });
      }
    };
    void run();
    return () => {
      cancelled = true;
    };
  }, [client, navigate, checkInCode]);

  return (
    <CitizenPage titleKey="citizen.remote.checkInPageTitle" hall={null}>
      {state.kind === 'working' ? (
        <p className="phone-loading" role="status">
          <Multilingual messageKey="citizen.remote.checkInPageWorking" />
        </p>
      ) : state.kind === 'failed' ? (
        <div className="phone-notice phone-notice-error" role="alert">
          <Multilingual as="strong" messageKey="citizen.remote.checkInPageFailed" />
          <p>
            {state.codeRefused ? (
              <Multilingual messageKey="citizen.remote.codeRefused" />
            ) : (
              <ClientErrorText error={state.error} />
            )}
          </p>
        </div>
      ) : (
        <section className="phone-card" aria-labelledby="check-in-none-title">
          <h2 id="check-in-none-title">
            <Multilingual messageKey="citizen.remote.checkInPageNone" />
          </h2>
          <p>
            <Multilingual messageKey="citizen.remote.checkInPageHowTo" />
          </p>
        </section>
      )}
    </CitizenPage>
  );
}
