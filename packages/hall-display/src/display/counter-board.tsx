import { type CounterStatus, formatClockTime, type LocalizedText } from '@onestop/shared';
import { LocalizedName, Multilingual } from '../components/multilingual';
import type { DisplayedCall } from './calls';
import { ClosedBanner, type HallClosed } from './closed-banner';
import { ReconnectingMark } from './reconnecting-mark';
import { useVerticalLanguageShown } from './vertical';
import './display.css';

/** Props of {@link CounterBoard}. */
export interface CounterBoardProps {
  label: string;
  hall: { names: readonly LocalizedText[]; timezone: string };
  now: number;
  status: CounterStatus;
  /** The ticket called or being served at this counter, if any. */
  ticketNumber: string | null;
  /** The call that brought that ticket here, for its service and to blink when it is new. */
  call: DisplayedCall | null;
  /** The names of the called ticket's service, in every language. */
  serviceNames: readonly LocalizedText[] | null;
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
  const { label, hall, now, status, ticketNumber, call, serviceNames, fresh, reconnecting } = props;
  const closed = props.closed ?? null;
  const vertical = useVerticalLanguageShown();
  const classes = ['counter-screen', `counter-screen-${status.toLowerCase()}`];
  if (closed) classes.push('counter-screen-hall-closed');
  if (vertical) classes.push('counter-screen-with-vertical');
  return (
    <div className={classes.join(' ')}>
      <header className="counter-screen-header">
        <Multilingual
          as="h1"
          className="counter-screen-label"
          messageKey="counter.label"
          values={{ label }}
        />
        <div className="counter-screen-hall">
          <time className="counter-screen-time figures">{formatClockTime(now, hall.timezone)}</time>
          <LocalizedName names={hall.names} />
        </div>
      </header>
      <main className="counter-screen-body">
        <CounterState
          status={status}
          ticketNumber={ticketNumber}
          call={call}
          serviceNames={serviceNames}
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
  serviceNames,
  fresh,
}: Pick<CounterBoardProps, 'status' | 'ticketNumber' | 'call' | 'serviceNames' | 'fresh'>) {
  if (status === 'CLOSED')
    return <Multilingual className="counter-screen-state" messageKey="display.counter.closed" />;
  if (status === 'PAUSED')
    return <Multilingual className="counter-screen-state" messageKey="display.counter.paused" />;
  if (!ticketNumber)
    return <Multilingual className="counter-screen-idle" messageKey="display.counter.idle" />;
  return (
    <div
      key={call?.seq ?? ticketNumber}
      className={fresh ? 'counter-screen-call counter-screen-fresh' : 'counter-screen-call'}
    >
      <Multilingual className="counter-screen-caption" messageKey="display.counter.current" />
      <span className="counter-screen-number figures">{ticketNumber}</span>
      {serviceNames ? <LocalizedName className="counter-screen-service" names={serviceNames} /> : null}
    </div>
  );
}
