import { type DeviceRole, roleLabel, shownLanguages, type UiMessageKey } from '@onestop/shared';
import { errorCodeOf, restartOneStopConnection } from '@onestop/shared/client';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useClient, useQuery } from 'urql';
import { Multilingual, PublicLanguages } from '../components/multilingual';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { graphql } from '../gql';
import type { DeviceHallQuery, MyDeviceQuery } from '../gql/graphql';
import { DeviceSetup } from './device-setup';
import { clearDeviceToken, readDeviceToken, saveDeviceToken } from './device-token';

const myDeviceQuery = graphql(`
  query MyDevice {
    myDevice {
      id
      hallId
      role
      name
    }
  }
`);

const deviceHallQuery = graphql(`
  query DeviceHall($hallId: ID!) {
    hall(id: $hallId) {
      id
      name
      nameEn
      names {
        lang
        text
      }
      languages
      timezone
      services {
        id
        name
        nameEn
        names {
          lang
          text
        }
        prefix
        active
      }
      counters {
        id
        label
        status
      }
    }
  }
`);

/** The hall a device belongs to, as the device screens show it. */
export type DeviceHall = NonNullable<DeviceHallQuery['hall']>;

/** The device whose token this screen holds. */
export type CurrentDevice = NonNullable<MyDeviceQuery['myDevice']>;

/** What a device screen receives once its token has been accepted. */
export interface DeviceContext {
  device: CurrentDevice;
  hall: DeviceHall;
  /**
   * The server refused the token later on (a live feed or the heartbeat said UNAUTHENTICATED,
   * e.g. the device was revoked): back to the setup screen with the "token refused" message.
   */
  refuse: () => void;
  /**
   * The server refused the hall (FORBIDDEN: an administrator deactivated it): the screen gives way
   * to "this hall is not in service" until the hall can be read again.
   */
  outOfService: () => void;
}

/** Props of {@link DeviceGate}. */
export interface DeviceGateProps {
  /** The device role this screen is for; a token of another role is refused here. */
  expectedRole: DeviceRole;
  /** The screen's name, shown on the setup form. */
  title: UiMessageKey;
  /**
   * A wall or counter screen: the whole viewport is the screen's, and the device line with its
   * "change token" button stays out of sight until someone points at it.
   */
  fullscreen?: boolean;
  children: (context: DeviceContext) => ReactNode;
}

/**
 * Stands before every kiosk and display screen: takes the device token (from `?token=` once,
 * else from a form), keeps it, asks the server whose it is, loads that device's hall, and
 * sends the screen back to setup with a clear message when the server refuses the token.
 */
export function DeviceGate({ expectedRole, title, fullscreen = false, children }: DeviceGateProps) {
  const client = useClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const [token, setToken] = useState<string | null>(() => {
    const fromAddress = searchParams.get('token')?.trim();
    if (!fromAddress) return readDeviceToken();
    // Stored before the first request, which reads the token from storage.
    saveDeviceToken(fromAddress);
    return fromAddress;
  });
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    // A public screen must not keep its token in the address bar or the history.
    if (!searchParams.has('token')) return;
    const remaining = new URLSearchParams(searchParams);
    remaining.delete('token');
    setSearchParams(remaining, { replace: true });
  }, [searchParams, setSearchParams]);

  const replaceToken = useCallback(
    (nextToken: string | null, wasRefused: boolean) => {
      if (nextToken) saveDeviceToken(nextToken);
      else clearDeviceToken();
      setToken(nextToken);
      setRefused(wasRefused);
      // A live WebSocket still carries the old token; the next connection takes the new one.
      restartOneStopConnection(client);
    },
    [client],
  );
  const handleRefused = useCallback(() => replaceToken(null, true), [replaceToken]);
  const handleChangeToken = useCallback(() => replaceToken(null, false), [replaceToken]);

  if (!token) {
    const notice = refused ? (
      <div className="notice notice-error" role="alert">
        <Multilingual messageKey="device.setup.rejected" />
      </div>
    ) : null;
    return <DeviceSetup title={title} notice={notice} onSave={(saved) => replaceToken(saved, false)} />;
  }
  return (
    <DeviceSession
      key={token}
      expectedRole={expectedRole}
      fullscreen={fullscreen}
      onRefused={handleRefused}
      onChangeToken={handleChangeToken}
    >
      {children}
    </DeviceSession>
  );
}

interface DeviceSessionProps {
  expectedRole: DeviceRole;
  fullscreen: boolean;
  onRefused: () => void;
  onChangeToken: () => void;
  children: (context: DeviceContext) => ReactNode;
}

function DeviceSession({ expectedRole, fullscreen, onRefused, onChangeToken, children }: DeviceSessionProps) {
  const [deviceResult, reexecuteDevice] = useQuery({ query: myDeviceQuery });
  const device = deviceResult.data?.myDevice ?? null;
  // The server answers UNAUTHENTICATED for an unknown or revoked token; null means "no device behind it".
  const tokenRefused =
    (deviceResult.error !== undefined && errorCodeOf(deviceResult.error) === 'UNAUTHENTICATED') ||
    (deviceResult.data !== undefined && deviceResult.error === undefined && device === null);
  const roleFits = device?.role === expectedRole;

  const [outOfService, setOutOfService] = useState(false);
  const [hallResult, reexecuteHall] = useQuery({
    query: deviceHallQuery,
    variables: { hallId: device?.hallId ?? '' },
    pause: !device || !roleFits,
  });

  useEffect(() => {
    if (tokenRefused) onRefused();
  }, [tokenRefused, onRefused]);

  const retryDevice = useCallback(
    () => reexecuteDevice({ requestPolicy: 'network-only' }),
    [reexecuteDevice],
  );
  const retryHall = useCallback(() => reexecuteHall({ requestPolicy: 'network-only' }), [reexecuteHall]);
  const markOutOfService = useCallback(() => setOutOfService(true), []);
  const backInService = useCallback(() => {
    setOutOfService(false);
    retryHall();
  }, [retryHall]);
  // A deactivated hall's devices keep their token (its heartbeat still counts) but reach nothing.
  const hallRefused = hallResult.error !== undefined && errorCodeOf(hallResult.error) === 'FORBIDDEN';

  let content: ReactNode;
  if (tokenRefused || (deviceResult.fetching && !device)) {
    content = <Loading />;
  } else if (!device) {
    content = deviceResult.error ? (
      <ErrorNotice error={deviceResult.error} onRetry={retryDevice} />
    ) : (
      <Loading />
    );
  } else if (!roleFits) {
    content = (
      <div className="notice notice-error" role="alert">
        <Multilingual
          messageKey="device.setup.wrongRole"
          values={(lang) => ({ role: roleLabel(device.role, lang === 'en' ? 'en' : 'zh-CN') })}
        />
      </div>
    );
  } else if (hallRefused || outOfService) {
    content = <HallOutOfService hallId={device.hallId} onBack={backInService} />;
  } else if (hallResult.error) {
    content = <ErrorNotice error={hallResult.error} onRetry={retryHall} />;
  } else if (!hallResult.data) {
    content = <Loading />;
  } else if (!hallResult.data.hall) {
    content = (
      <div className="notice notice-error" role="alert">
        <Multilingual messageKey="device.hallNotFound" />
      </div>
    );
  } else {
    const hall = hallResult.data.hall;
    content = (
      <PublicLanguages languages={shownLanguages(hall.languages)}>
        {children({ device, hall, refuse: onRefused, outOfService: markOutOfService })}
      </PublicLanguages>
    );
  }

  return (
    <div
      className={[
        'device-screen',
        `device-screen-${expectedRole.toLowerCase()}`,
        fullscreen ? 'device-screen-fullscreen' : null,
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <main className="screen">{content}</main>
      <footer className="device-footer">
        {device ? <Multilingual messageKey="device.name" values={{ name: device.name }} /> : null}
        <button type="button" className="button button-quiet" onClick={onChangeToken}>
          <Multilingual messageKey="device.changeToken" />
        </button>
      </footer>
    </div>
  );
}

/** How often a screen of a deactivated hall asks whether the hall is back. */
export const outOfServiceCheckMilliseconds = 60_000;

interface HallOutOfServiceProps {
  hallId: string;
  /** The hall can be read again: the screen comes back. */
  onBack: () => void;
}

/**
 * "This hall is not in service", in every language of the hall, while the hall stays deactivated. It asks
 * every minute, so that a hall put back into service brings its screens back without anyone
 * touching them.
 */
function HallOutOfService({ hallId, onBack }: HallOutOfServiceProps) {
  const client = useClient();
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(() => {
      void client
        .query(deviceHallQuery, { hallId }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          if (!stopped && result.data?.hall && !result.error) onBack();
        });
    }, outOfServiceCheckMilliseconds);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [client, hallId, onBack]);
  return (
    <div className="notice device-out-of-service" role="alert">
      <Multilingual as="p" className="device-out-of-service-title" messageKey="device.hallInactive" />
      <Multilingual as="p" messageKey="device.hallInactiveHint" />
    </div>
  );
}
