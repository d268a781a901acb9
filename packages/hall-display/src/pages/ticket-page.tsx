import type { ReactNode } from 'react';
import { formatWaitRange, ticketStatusLabel, translate } from '@onestop/shared';
import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { Bilingual, BilingualText } from '../components/bilingual';
import { ErrorNotice } from '../components/error-notice';
import { PreviewNote } from '../components/hall-lists';
import { Loading } from '../components/loading';
import { graphql } from '../gql';

const myTicketQuery = graphql(`
  query MyTicket($accessCode: String!) {
    myTicket(accessCode: $accessCode) {
      id
      number
      status
      position
      estimate {
        p50Minutes
        p90Minutes
      }
      service {
        id
        name
        nameEn
      }
      counter {
        id
        label
      }
      hall {
        id
        name
        nameEn
      }
    }
  }
`);

/** `/t/:accessCode`: a citizen follows their ticket on their phone; the access code is the only key. */
export function TicketPage() {
  const { accessCode = '' } = useParams();
  const [result, reexecute] = useQuery({ query: myTicketQuery, variables: { accessCode } });
  const ticket = result.data?.myTicket;

  let content: ReactNode;
  if (result.error) {
    content = (
      <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  } else if (!result.data) {
    content = <Loading />;
  } else if (!ticket) {
    content = <Bilingual as="p" className="notice notice-error" messageKey="ticket.notFound" />;
  } else {
    const calledCounter = ticket.status === 'CALLED' ? ticket.counter : null;
    content = (
      <>
        <BilingualText
          as="p"
          className="screen-subtitle"
          chinese={ticket.hall.name}
          english={ticket.hall.nameEn}
        />
        <p className="ticket-number" aria-label={translate('en', 'ticket.number')}>
          {ticket.number}
        </p>
        <dl className="ticket-facts">
          <Bilingual as="dt" messageKey="ticket.service" />
          <BilingualText as="dd" chinese={ticket.service.name} english={ticket.service.nameEn} />
          <Bilingual as="dt" messageKey="ticket.status" />
          <BilingualText
            as="dd"
            chinese={ticketStatusLabel(ticket.status, 'zh-CN')}
            english={ticketStatusLabel(ticket.status, 'en')}
          />
          {ticket.position !== null && ticket.position !== undefined ? (
            <>
              <Bilingual as="dt" messageKey="ticket.expectedWait" />
              <BilingualText
                as="dd"
                chinese={`${translate('zh-CN', 'ticket.position', { count: ticket.position })} · ${formatWaitRange(ticket.estimate, 'zh-CN')}`}
                english={`${translate('en', 'ticket.position', { count: ticket.position })} · ${formatWaitRange(ticket.estimate, 'en')}`}
              />
            </>
          ) : null}
        </dl>
        {calledCounter ? (
          <Bilingual
            as="p"
            className="notice notice-call"
            messageKey="ticket.goToCounter"
            values={{ label: calledCounter.label }}
          />
        ) : null}
      </>
    );
  }

  return (
    <main className="phone">
      <Bilingual as="h1" messageKey="ticket.title" />
      {content}
      <PreviewNote messageKey="preview.ticket" />
    </main>
  );
}
