import { formatClockTime, formatLongDateIn, formatWaitRangeIn, type LocalizedText } from '@onestop/shared';
import type { CSSProperties } from 'react';
import { LocalizedName, Multilingual, MultilingualText } from '../components/multilingual';
import type { Board } from '../live/hall-feed';
import type { DisplayedCall, Page } from './calls';
import { CheckInCodePanel } from './check-in-code-panel';
import { ClosedBanner, type HallClosed } from './closed-banner';
import { ReconnectingMark } from './reconnecting-mark';
import { callServiceNames } from './service-names';
import { useVerticalLanguageShown } from './vertical';
import './display.css';

/** Big rows for the latest calls: fixed, so the screen never reflows as calls come. */
export const bigCallSlots = 4;
/** Small cells for the calls before those. */
export const recentCallSlots = 6;
/** Service rows per page. */
export const serviceSlots = 6;
/**
 * While the hall is closed its banner takes the place of one big call and one service row, so
 * that the screen keeps its fixed slots, whole, in both orientations.
 */
export const closedBigCallSlots = bigCallSlots - 1;
export const closedServiceSlots = serviceSlots - 1;

/**
 * The slots when the hall shows a vertical language (traditional Mongolian). Each of its texts is
 * a column as tall as its longest word (up to five times the size of the Chinese beside it) where
 * a Chinese and an English line take two: the rows are taller, so fewer fit, in both orientations.
 */
export const verticalSlots = { bigCalls: 3, recentCalls: 3, services: 4 } as const;

/**
 * Service rows the check-in QR code takes while remote tickets wait unchecked-in: two, so that the
 * code is big enough to scan from a step away, in every layout (a row alone is too low for it).
 */
export const checkInServiceRows = 2;

/** How many slots of each kind the wall has. */
export interface WallSlots {
  bigCalls: number;
  recentCalls: number;
  services: number;
}

/** What changes the wall's slots. */
export interface WallState {
  closed: boolean;
  vertical: boolean;
  /** The check-in QR code shows (the board has a checkInCode). */
  checkIn?: boolean;
}

/**
 * The wall's slots: with or without a vertical language; a closed hall's banner takes a big call
 * and a service row; the check-in QR code takes {@link checkInServiceRows} service rows.
 */
export function wallSlots({ closed, vertical, checkIn = false }: WallState): WallSlots {
  const open = vertical
    ? verticalSlots
    : { bigCalls: bigCallSlots, recentCalls: recentCallSlots, services: serviceSlots };
  const shown = closed ? { ...open, bigCalls: open.bigCalls - 1, services: open.services - 1 } : open;
  return checkIn ? { ...shown, services: shown.services - checkInServiceRows } : shown;
}

/** Service rows per page, the hall open or closed, with or without a vertical language and the check-in code. */
export function serviceSlotsWhen(closed: boolean, vertical = false, checkIn = false): number {
  return wallSlots({ closed, vertical, checkIn }).services;
}

/** One service's queue as the board gives it. */
export type ServiceQueue = Board['queues'][number];

/** Props of {@link WallBoard}. */
export interface WallBoardProps {
  hall: { names: readonly LocalizedText[]; timezone: string };
  /** The server's time (epoch milliseconds), for the clock. */
  now: number;
  /** Newest first; the first {@link bigCallSlots} are shown big, the next {@link recentCallSlots} small. */
  calls: readonly DisplayedCall[];
  /** The call that just arrived live: highlighted and blinking for a few seconds. */
  freshSeq: number | null;
  queues: Page<ServiceQueue>;
  /** Service names per language by service id (calls carry the Chinese name only). */
  serviceNames: ReadonlyMap<string, readonly LocalizedText[]>;
  reconnecting: boolean;
  /**
   * The hall is closed: a banner says when it opens, above the calls, which go on (tickets
   * waiting at closing are still called). Null while open, or not known yet.
   */
  closed?: (HallClosed & { stillWaiting: boolean }) | null;
  /**
   * The board's check-in code while remote tickets wait unchecked-in: its QR code shows under the
   * services. Null (or left out) while none waits.
   */
  checkInCode?: string | null;
}

/** `count` slots filled from `items`, the rest empty (null). */
function slots<Item>(items: readonly Item[], count: number): (Item | null)[] {
  return Array.from({ length: count }, (_, index) => items[index] ?? null);
}

/**
 * The wall screen (综合屏) for a 1920×1080 TV and, by CSS, a portrait 1080×1920 one: hall name and
 * clock; the latest calls big, the newest highlighted; recent calls; waiting and wait range per
 * service; when the hall is closed, a banner saying when it opens. Every list has a fixed number
 * of slots and every figure fixed-width digits, so nothing moves when numbers change. Chinese
 * first and larger, English second;
 * traditional Mongolian, where the hall shows it, in vertical columns before them.
 */
export function WallBoard({
  hall,
  now,
  calls,
  freshSeq,
  queues,
  serviceNames,
  reconnecting,
  closed = null,
  checkInCode = null,
}: WallBoardProps) {
  const vertical = useVerticalLanguageShown();
  const checkIn = checkInCode !== null;
  const counts = wallSlots({ closed: closed !== null, vertical, checkIn });
  const bigCalls = slots(calls.slice(0, counts.bigCalls), counts.bigCalls);
  const recentCalls = slots(
    calls.slice(counts.bigCalls, counts.bigCalls + counts.recentCalls),
    counts.recentCalls,
  );
  const classes = [
    'wall',
    closed ? 'wall-closed' : null,
    vertical ? 'wall-with-vertical' : null,
    checkIn ? 'wall-with-check-in' : null,
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      // The service list's row count, which the check-in code and the banner change (display.css).
      style={{ '--wall-service-slots': counts.services } as CSSProperties}
    >
      <header className="wall-header">
        <LocalizedName as="h1" className="wall-hall" names={hall.names} />
        <div className="wall-clock">
          <time className="wall-time figures">{formatClockTime(now, hall.timezone)}</time>
          <MultilingualText
            className="wall-date"
            text={(lang) => formatLongDateIn(lang, now, hall.timezone)}
          />
        </div>
      </header>

      {closed ? (
        <ClosedBanner
          className="wall-banner"
          closed={closed}
          now={now}
          timeZone={hall.timezone}
          stillCalling={closed.stillWaiting}
        />
      ) : null}

      <section className="wall-calls">
        <Multilingual as="h2" className="wall-title" messageKey="display.nowCalling" />
        <ol className="wall-call-list">
          {bigCalls.map((call, index) => (
            <li
              // Slots are keyed by position: the rows stay, their content changes.
              key={index}
              className={index === 0 && call ? 'wall-call wall-call-newest' : 'wall-call'}
            >
              {call ? (
                <BigCall
                  call={call}
                  fresh={call.seq === freshSeq}
                  serviceNames={callServiceNames(call, serviceNames)}
                  vertical={vertical}
                />
              ) : index === 0 ? (
                <Multilingual className="wall-call-none" messageKey="display.noCall" />
              ) : (
                <span className="wall-call-empty" aria-hidden="true" />
              )}
            </li>
          ))}
        </ol>
        <Multilingual as="h2" className="wall-title wall-title-recent" messageKey="display.recentCalls" />
        <ol className="wall-recent-list">
          {recentCalls.map((call, index) => (
            <li key={index} className="wall-recent">
              {call ? (
                <>
                  <span className="wall-recent-number figures">{call.ticketNumber}</span>
                  <CounterName label={call.counterLabel} className="wall-recent-counter" />
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="wall-queues">
        <div className="wall-queues-heading">
          <Multilingual as="h2" className="wall-title" messageKey="display.waiting" />
          {queues.pages > 1 ? (
            <Multilingual
              className="wall-page"
              messageKey="display.servicePage"
              values={{ page: queues.page, pages: queues.pages }}
            />
          ) : null}
        </div>
        <ul className="wall-queue-list">
          {slots(queues.items, counts.services).map((queue, index) => (
            <li key={index} className="wall-queue">
              {queue ? <QueueRow queue={queue} vertical={vertical} /> : null}
            </li>
          ))}
        </ul>
        {checkInCode !== null ? <CheckInCodePanel code={checkInCode} /> : null}
      </section>

      {reconnecting ? <ReconnectingMark /> : null}
    </div>
  );
}

function CounterName({ label, className }: { label: string; className: string }) {
  return <Multilingual className={className} messageKey="counter.label" values={{ label }} />;
}

interface BigCallProps {
  call: DisplayedCall;
  fresh: boolean;
  serviceNames: readonly LocalizedText[];
  vertical: boolean;
}

function BigCall({ call, fresh, serviceNames, vertical }: BigCallProps) {
  const recall =
    call.recallCount > 0 ? <Multilingual className="wall-call-recall" messageKey="display.recall" /> : null;
  return (
    // Keyed by seq: a new call restarts the blinking.
    <div key={call.seq} className={fresh ? 'wall-call-body wall-call-fresh' : 'wall-call-body'}>
      <span className="wall-call-number figures">{call.ticketNumber}</span>
      {/* With a vertical language the row has no room for the recall mark beside the service's
          columns: it takes the arrow's place, between the ticket and the counter. */}
      {vertical && recall ? (
        recall
      ) : (
        <span className="wall-call-arrow" aria-hidden="true">
          →
        </span>
      )}
      <CounterName label={call.counterLabel} className="wall-call-counter" />
      <span className="wall-call-service">
        <LocalizedName names={serviceNames} />
        {vertical ? null : recall}
      </span>
    </div>
  );
}

function QueueRow({ queue, vertical }: { queue: ServiceQueue; vertical: boolean }) {
  return (
    <>
      <span className="wall-queue-prefix">{queue.service.prefix}</span>
      <LocalizedName className="wall-queue-name" names={queue.service.names} />
      <span className="wall-queue-count">
        <span className="wall-queue-waiting figures">{queue.waiting}</span>
        {/* With a vertical language the row has no room for the unit's columns; the column's
            title, 等候人数 / Waiting, says what the figure counts. */}
        {vertical ? null : <Multilingual className="wall-queue-unit" messageKey="display.waitingUnit" />}
      </span>
      <MultilingualText
        className="wall-queue-range"
        text={(lang) => formatWaitRangeIn(lang, queue.estimate)}
      />
    </>
  );
}
