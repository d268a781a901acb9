import { formatDateTime, roleLabel } from '@onestop/shared';
import { useQuery } from 'urql';
import { DataTable } from '../components/data-table';
import { HallScope } from '../components/hall-scope';
import { QueryResult } from '../components/query-result';
import { graphql } from '../gql';
import { type LocaleContextValue, useLocale } from '../locale/locale';

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
  const query = useQuery({ query: staffListQuery });
  return (
    <section>
      <h1>{text('adminPage.staff')}</h1>
      <QueryResult query={query}>
        {({ staff }) => (
          <DataTable
            rows={staff}
            rowClassName={(member) => (member.active ? undefined : 'inactive')}
            columns={[
              { header: text('column.username'), cell: (member) => member.username, className: 'code' },
              { header: text('column.displayName'), cell: (member) => member.displayName, rowHeader: true },
              { header: text('column.role'), cell: (member) => roleLabel(member.role, locale) },
              { header: text('column.active'), cell: (member) => yesNo(text, member.active) },
            ]}
          />
        )}
      </QueryResult>
    </section>
  );
}

function DeviceSection({ hallId, hallName }: { hallId: string; hallName: string }) {
  const { locale, text } = useLocale();
  const query = useQuery({ query: hallDevicesQuery, variables: { hallId } });
  return (
    <section>
      <h2>{text('adminPage.devices', { hall: hallName })}</h2>
      <QueryResult query={query}>
        {({ hall, devices }) =>
          devices.length === 0 ? (
            <p className="empty">{text('adminPage.noDevices')}</p>
          ) : (
            <DataTable
              rows={devices}
              rowClassName={(device) => (device.revoked ? 'inactive' : undefined)}
              columns={[
                { header: text('column.name'), cell: (device) => device.name, rowHeader: true },
                { header: text('column.role'), cell: (device) => roleLabel(device.role, locale) },
                { header: text('column.online'), cell: (device) => yesNo(text, device.online) },
                {
                  header: text('column.lastSeen'),
                  cell: (device) =>
                    device.lastSeenAt ? formatDateTime(device.lastSeenAt, locale, hall?.timezone) : '—',
                },
                { header: text('column.revoked'), cell: (device) => yesNo(text, device.revoked) },
              ]}
            />
          )
        }
      </QueryResult>
    </section>
  );
}

function yesNo(text: LocaleContextValue['text'], value: boolean): string {
  return value ? text('common.yes') : text('common.no');
}
