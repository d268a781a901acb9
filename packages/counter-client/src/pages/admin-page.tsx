import type { ReactNode } from 'react';
import { formatDateTime, roleLabel } from '@onestop/shared';
import { useQuery } from 'urql';
import { ErrorNotice } from '../components/error-notice';
import { HallScope } from '../components/hall-scope';
import { Loading } from '../components/loading';
import { graphql } from '../gql';
import { useLocale } from '../locale/locale';

const staffListQuery = graphql(`
  query StaffList {
    staff {
      id
      username
      displayName
      role
      active
    }
  }
`);

const hallDevicesQuery = graphql(`
  query HallDevices($hallId: ID!) {
    hall(id: $hallId) {
      id
      timezone
    }
    devices(hallId: $hallId) {
      id
      name
      role
      online
      lastSeenAt
      revoked
    }
  }
`);

/** `/admin`: halls, services, counters, staff and devices; for now the staff and the first hall's devices. */
export function AdminPage() {
  const { text } = useLocale();
  return (
    <>
      <p className="notice notice-preview">{text('adminPage.preview')}</p>
      <StaffSection />
      <HallScope>{(hall) => <DeviceSection hallId={hall.id} hallName={hall.name} />}</HallScope>
    </>
  );
}

function StaffSection() {
  const { locale, text } = useLocale();
  const [result, reexecute] = useQuery({ query: staffListQuery });
  let content: ReactNode;
  if (result.error) {
    content = (
      <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  } else if (!result.data) {
    content = <Loading />;
  } else {
    content = (
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{text('column.username')}</th>
            <th scope="col">{text('column.displayName')}</th>
            <th scope="col">{text('column.role')}</th>
            <th scope="col">{text('column.active')}</th>
          </tr>
        </thead>
        <tbody>
          {result.data.staff.map((member) => (
            <tr key={member.id} className={member.active ? undefined : 'inactive'}>
              <td className="code">{member.username}</td>
              <th scope="row">{member.displayName}</th>
              <td>{roleLabel(member.role, locale)}</td>
              <td>{member.active ? text('common.yes') : text('common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <section>
      <h1>{text('adminPage.staff')}</h1>
      {content}
    </section>
  );
}

function DeviceSection({ hallId, hallName }: { hallId: string; hallName: string }) {
  const { locale, text } = useLocale();
  const [result, reexecute] = useQuery({ query: hallDevicesQuery, variables: { hallId } });
  let content: ReactNode;
  if (result.error) {
    content = (
      <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  } else if (!result.data) {
    content = <Loading />;
  } else if (result.data.devices.length === 0) {
    content = <p className="empty">{text('adminPage.noDevices')}</p>;
  } else {
    const timeZone = result.data.hall?.timezone;
    content = (
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{text('column.name')}</th>
            <th scope="col">{text('column.role')}</th>
            <th scope="col">{text('column.online')}</th>
            <th scope="col">{text('column.lastSeen')}</th>
            <th scope="col">{text('column.revoked')}</th>
          </tr>
        </thead>
        <tbody>
          {result.data.devices.map((device) => (
            <tr key={device.id} className={device.revoked ? 'inactive' : undefined}>
              <th scope="row">{device.name}</th>
              <td>{roleLabel(device.role, locale)}</td>
              <td>{device.online ? text('common.yes') : text('common.no')}</td>
              <td>{device.lastSeenAt ? formatDateTime(device.lastSeenAt, locale, timeZone) : '—'}</td>
              <td>{device.revoked ? text('common.yes') : text('common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <section>
      <h2>{text('adminPage.devices', { hall: hallName })}</h2>
      {content}
    </section>
  );
}
