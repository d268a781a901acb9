import {
  counterStatusLabel,
  formatClockTime,
  formatDuration,
  formatWaitRange,
  localizedName,
  roleLabel,
  type AlertKind,
  type CounterStatus,
} from '@onestop/shared';
import { ServerClock } from '@onestop/shared/client';
import { useMemo, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import type {
  ConsoleHallStatusFieldsFragment,
  ConsoleHallStatusUpdatedSubscription,
} from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import { useServerNow } from '../../hall/use-server-now';
import type { ConsoleHall } from '../console-frame';
import { hallStatusSubscription } from '../documents';
import { LiveAppointmentCounts } from './live-appointments';
import {
  alertKey,
  alertsNewestFirst,
  hallQueueTotals,
  longestWaitByService,
  newAlertKeys,
  unattendedCounterIds,
} from './live-figures';

type HallStatus = ConsoleHallStatusFieldsFragment;

interface LiveState {
  status: HallStatus | null;
  /** The alerts that were not there in the push before this one. */
  freshAlerts: Set<string>;
}

/** The latest hall status pushed by `hallStatusUpdated` (its first push is the current status). */
function useLiveHallStatus(hallId: string, serverClock: ServerClock) {
  const previousAlerts = useRef<HallStatus['alerts'] | null>(null);
  const [result] = useSubscription<ConsoleHallStatusUpdatedSubscription, LiveState, { hallId: string }>(
    { query: hallStatusSubscription, variables: { hallId } },
    (_previous, data): LiveState => {
      const status = data.hallStatusUpdated;
      const freshAlerts = newAlertKeys(previousAlerts.current, status.alerts);
      previousAlerts.current = status.alerts;
      // Every push carries the server's time: waits are measured on its clock, not the laptop's.
      serverClock.observe(status.board.at);
      return { status, freshAlerts };
    },
  );
  return result;
}

/** `/manager?tab=live`: the hall as it is now, pushed after every change and every alert. */
export function LiveView({ hall }: { hall: ConsoleHall }) {
  const [serverClock] = useState(() => new ServerClock());
  const result = useLiveHallStatus(hall.id, serverClock);
  if (result.error) return <ErrorNotice error={result.error} />;
  if (!result.data?.status) return <Loading />;
  return <LiveStatus hall={hall} state={result.data} status={result.data.status} serverClock={serverClock} />;
}

function LiveStatus({
  hall,
  state,
  status,
  serverClock,
}: {
  hall: ConsoleHall;
  state: LiveState;
  status: HallStatus;
  serverClock: ServerClock;
}) {
  const now = useServerNow(serverClock);
  const longestWaits = useMemo(
    () => longestWaitByService(status.board.queues, now),
    [status.board.queues, now],
  );
  return (
    <div className="live">
      <AlertList hall={hall} alerts={status.alerts} fresh={state.freshAlerts} now={now} />
      <LiveAppointmentCounts hallId={hall.id} timeZone={hall.timezone} now={now} seq={status.seq} />
      <div className="live-columns">
        <ServiceQueues queues={status.board.queues} longestWaits={longestWaits} />
        <CounterList counters={status.counters} unattended={unattendedCounterIds(status.alerts)} />
      </div>
      <DeviceList hall={hall} devices={status.devices} />
    </div>
  );
}

function AlertList({
  hall,
  alerts,
  fresh,
  now,
}: {
  hall: ConsoleHall;
  alerts: HallStatus['alerts'];
  fresh: Set<string>;
  now: number;
}) {
  const { locale, text } = useLocale();
  return (
    <section className="panel" aria-labelledby="live-alerts">
      <h2 id="live-alerts">
        {text('console.live.alerts')} <span className="count">{alerts.length}</span>
      </h2>
      {/* Polite: a screen reader hears a new alert without losing its place. */}
      <div aria-live="polite">
        {alerts.length === 0 ? (
          <p className="empty">{text('console.live.noAlerts')}</p>
        ) : (
          <ul className="alert-list">
            {alertsNewestFirst(alerts).map((alert) => {
              const key = alertKey(alert);
              return (
                <li key={key} className={`alert alert-${alert.kind}${fresh.has(key) ? ' alert-fresh' : ''}`}>
                  <span className="alert-kind">{text(`console.alertKind.${alert.kind as AlertKind}`)}</span>
                  <span className="alert-message">{alert.message}</span>
                  <span className="alert-since">
                    {text('console.live.since', {
                      time: formatClockTime(new Date(alert.since), hall.timezone),
                      duration: formatDuration((now - Date.parse(alert.since)) / 1000, locale),
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}

function ServiceQueues({
  queues,
  longestWaits,
}: {
  queues: HallStatus['board']['queues'];
  longestWaits: Map<string, number>;
}) {
  const { locale, text } = useLocale();
  const totals = hallQueueTotals(queues);
  return (
    <section className="panel" aria-labelledby="live-queues">
      <h2 id="live-queues">{text('console.live.queues')}</h2>
      <table className="data-table compact live-queues">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {text('console.column.service')}
            </th>
            <th scope="col" rowSpan={2} className="number">
              {text('console.column.waiting')}
            </th>
            {/* Remote tickets (远程取号) under one heading, so that each column's own stays short. */}
            <th scope="colgroup" colSpan={2} className="column-group">
              {text('console.live.remoteGroup')}
            </th>
            <th scope="col" rowSpan={2}>
              {text('console.column.longestWait')}
            </th>
            <th scope="col" rowSpan={2}>
              {text('console.column.waitRange')}
            </th>
          </tr>
          <tr>
            {/* Checked in they are among the waiting; at home they are counted apart. */}
            <th scope="col" className="number">
              {text('console.live.remoteCheckedIn')}
            </th>
            <th scope="col" className="number">
              {text('console.live.remoteWaiting')}
            </th>
          </tr>
        </thead>
        <tbody>
          {queues.map((queue) => {
            const longest = longestWaits.get(queue.service.id);
            const overTarget = longest !== undefined && longest > queue.service.targetWaitMinutes * 60;
            return (
              <tr key={queue.service.id} data-service={queue.service.prefix}>
                <th scope="row">
                  <span className="prefix">{queue.service.prefix}</span>{' '}
                  {localizedName(queue.service, locale)}
                </th>
                <td className="number waiting-count">{queue.waiting}</td>
                <td className="number" data-remote-checked-in>
                  {queue.remoteCheckedIn}
                </td>
                <td className="number" data-remote-waiting>
                  {queue.remoteWaiting}
                </td>
                <td className={overTarget ? 'over-target' : undefined}>
                  {longest === undefined || queue.waiting === 0 ? '—' : formatDuration(longest, locale)}
                  {overTarget ? <span className="tag">{text('console.live.overTarget')}</span> : null}
                </td>
                <td>{queue.waiting === 0 ? '—' : formatWaitRange(queue.estimate, locale)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr data-hall-total>
            <th scope="row">{text('console.live.hallTotal')}</th>
            <td className="number waiting-count">{totals.waiting}</td>
            <td className="number" data-remote-checked-in>
              {totals.remoteCheckedIn}
            </td>
            <td className="number" data-remote-waiting>
              {totals.remoteWaiting}
            </td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
      <p className="help live-queues-note">{text('console.live.remoteNote')}</p>
    </section>
  );
}

function CounterList({
  counters,
  unattended,
}: {
  counters: HallStatus['counters'];
  unattended: Set<string>;
}) {
  const { locale, text } = useLocale();
  return (
    <section className="panel" aria-labelledby="live-counters">
      <h2 id="live-counters">{text('console.live.counters')}</h2>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{text('column.label')}</th>
            <th scope="col">{text('column.status')}</th>
            <th scope="col">{text('console.column.clerk')}</th>
            <th scope="col">{text('console.column.currentTicket')}</th>
          </tr>
        </thead>
        <tbody>
          {counters.map((counter) => (
            <tr key={counter.id}>
              <th scope="row" className="counter-label">
                {counter.label}
              </th>
              <td>
                <span className={`status status-${counter.status.toLowerCase()}`}>
                  {counterStatusLabel(counter.status as CounterStatus, locale)}
                </span>
                {counter.pauseReason ? (
                  <span className="pause-reason">
                    {locale === 'en' ? ` (${counter.pauseReason})` : `（${counter.pauseReason}）`}
                  </span>
                ) : null}
                {unattended.has(counter.id) ? (
                  <span className="tag">{text('console.alertKind.COUNTER_UNATTENDED')}</span>
                ) : null}
              </td>
              <td>{counter.staff?.displayName ?? '—'}</td>
              <td className="ticket-number">{counter.currentTicket?.number ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DeviceList({ hall, devices }: { hall: ConsoleHall; devices: HallStatus['devices'] }) {
  const { locale, text } = useLocale();
  const offline = devices.filter((device) => !device.online).length;
  return (
    <section className="panel" aria-labelledby="live-devices">
      <h2 id="live-devices">
        {text('console.live.devices')}{' '}
        <span className="count">
          {text('console.live.devicesSummary', { online: devices.length - offline, offline })}
        </span>
      </h2>
      {devices.length === 0 ? (
        <p className="empty">{text('adminPage.noDevices')}</p>
      ) : (
        <ul className="device-list">
          {devices.map((device) => (
            <li key={device.id} className={device.online ? 'device-online' : 'device-offline'}>
              <span className="device-name">{device.name}</span>
              <span className="device-role">{roleLabel(device.role, locale)}</span>
              <span className="device-state">
                {device.online ? text('console.live.online') : text('console.live.offline')}
              </span>
              <span className="device-seen">
                {device.lastSeenAt
                  ? text('console.live.lastSeen', {
                      time: formatClockTime(new Date(device.lastSeenAt), hall.timezone),
                    })
                  : text('console.live.neverSeen')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
