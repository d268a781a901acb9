import { type CounterStatus, formatClockTime, translate } from '@onestop/shared';
import { Bilingual, BilingualText } from '../components/bilingual';
import type { DisplayedCall } from './calls';
import { ClosedBanner, type HallClosed } from './closed-banner';
import { ReconnectingMark } from './reconnecting-mark';
import './display.css';

/** Props of {@link CounterBoard}. */
export interface CounterBoardProps {
  label: string;
  hall: { name: string; nameEn: string | null; timezone: string };
  now: number;
  status: CounterStatus;
  /** The ticket called or being served at this counter, if any. */
  ticketNumber: string | null;
  /** The call that brought that ticket here, for its service and to blink when it is new. */
  call: DisplayedCall | null;
  serviceNameEn: string | null | undefined;
  /** The call arrived while the screen was up: blink for a few seconds. */
  fresh: boolean;
  reconnecting: boolean;
  /** The hall is closed: a banner below says when it opens; the counter may still be calling. */
  closed?: HallClosed | null;
}

/**
 * The screen above one counter (窗口屏): its label, and large, its current number, or
 * 暂停服务 / Paused, 窗口关闭 / Closed, or "waiting for the next call" when open and free; below,
 * when the hall is closed, when it opens.
 */
export function CounterBoard(props: CounterBoardProps) {
  const { label, hall, now, status, ticketNumber, call, serviceNameEn, fresh, reconnecting } = props;
  const closed = props.closed ?? null;
  const classes = ['counter-screen', `counter-screen-${status.toLowerCase()}`];
  if (closed) classes.push('counter-screen-hall-closed');
  return (
    <div className={classes.join(' ')}>
      <header className="counter-screen-header">
        <BilingualText
          as="h1"
          className="counter-screen-label"
          chinese={translate('zh-CN', 'counter.label', { label })}
          english={translate('en', 'counter.label', { label })}
        />
        <div className="counter-screen-hall">
          <time className="counter-screen-time figures">{formatClockTime(now, hall.timezone)}</time>
          <BilingualText chinese={hall.name} english={hall.nameEn} />
        </div>
      </header>
      <main className="counter-screen-body">
        <CounterState
          status={status}
          ticketNumber={ticketNumber}
          call={call}
          serviceNameEn={serviceNameEn}
          fresh={fresh}
        />
      </main>
      {closed ? (
        <ClosedBanner className="counter-screen-banner" closed={closed} now={now} timeZone={hall.timezone} />
      ) : null}
      {reconnecting ? <ReconnectingMark /> : null}
    </div>
  );
}

function CounterState({
  status,
  ticketNumber,
  call,
  serviceNameEn,
  fresh,
}: Pick<CounterBoardProps, 'status' | 'ticketNumber' | 'call' | 'serviceNameEn' | 'fresh'>) {
  if (status === 'CLOSED')
    return <Bilingual className="counter-screen-state" messageKey="display.counter.closed" />;
  if (status === 'PAUSED')
    return <Bilingual className="counter-screen-state" messageKey="display.counter.paused" />;
  if (!ticketNumber) return <Bilingual className="counter-screen-idle" messageKey="display.counter.idle" />;
  return (
    <div
      key={call?.seq ?? ticketNumber}
      className={fresh ? 'counter-screen-call counter-screen-fresh' : 'counter-screen-call'}
    >
      <Bilingual className="counter-screen-caption" messageKey="display.counter.current" />
      <span className="counter-screen-number figures">{ticketNumber}</span>
      {call ? (
        <BilingualText
          className="counter-screen-service"
          chinese={call.serviceName}
          english={serviceNameEn}
        />
      ) : null}
    </div>
  );
}
