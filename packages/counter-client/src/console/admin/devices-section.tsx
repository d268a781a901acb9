import { formatDateTime, Role, roleLabel } from '@onestop/shared';
import QRCode from 'qrcode';
import { type FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { QueryResult } from '../../components/query-result';
import type { ConsoleCreateDeviceTokenMutation } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import type { ConsoleHall } from '../console-frame';
import { createDeviceTokenMutation, hallDevicesQuery, revokeDeviceMutation } from '../documents';
import { deviceSetupUrl } from './device-setup-url';
import { FieldError, FormActions, FormProblemNotice, TextField, useFormSubmit } from './form-kit';

type CreatedDevice = ConsoleCreateDeviceTokenMutation['createDeviceToken'];

const deviceRoles = [Role.KIOSK, Role.DISPLAY] as const;

/** `/admin?tab=devices`: the hall's kiosks and displays, a new one (its token shown once), revocation. */
export function DevicesSection({ hall }: { hall: ConsoleHall }) {
  const { locale, text } = useLocale();
  const [query, refetch] = useQuery({ query: hallDevicesQuery, variables: { hallId: hall.id } });
  const [, revokeDevice] = useMutation(revokeDeviceMutation);
  const revocation = useFormSubmit([]);
  const [created, setCreated] = useState<CreatedDevice | null>(null);
  return (
    <div className="admin-section">
      {created ? <TokenShownOnce device={created} onDone={() => setCreated(null)} /> : null}
      <QueryResult query={[query, refetch]}>
        {({ devices }) =>
          devices.length === 0 ? (
            <p className="empty">{text('adminPage.noDevices')}</p>
          ) : (
            <DataTable
              rows={devices}
              rowClassName={(device) => (device.revoked ? 'inactive' : undefined)}
              columns={[
                { header: text('column.name'), cell: (device) => device.name, rowHeader: true },
                { header: text('column.role'), cell: (device) => roleLabel(device.role, locale) },
                {
                  header: text('column.online'),
                  cell: (device) =>
                    device.online ? text('console.live.online') : text('console.live.offline'),
                },
                {
                  header: text('column.lastSeen'),
                  cell: (device) =>
                    device.lastSeenAt ? formatDateTime(device.lastSeenAt, locale, hall.timezone) : '—',
                },
                {
                  header: text('column.revoked'),
                  cell: (device) => (device.revoked ? text('common.yes') : text('common.no')),
                },
                {
                  header: text('console.admin.actions'),
                  cell: (device) =>
                    device.revoked ? null : (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={revocation.pending}
                        onClick={() => {
                          if (window.confirm(text('console.admin.confirmRevoke', { name: device.name }))) {
                            void revocation
                              .submit(() => revokeDevice({ deviceId: device.id }))
                              .then((ok) => ok && refetch({ requestPolicy: 'network-only' }));
                          }
                        }}
                      >
                        {text('console.admin.revoke')}
                      </button>
                    ),
                },
              ]}
            />
          )
        }
      </QueryResult>
      <FormProblemNotice problem={revocation.problem} />
      <NewDeviceForm
        hallId={hall.id}
        onCreated={(device) => {
          setCreated(device);
          // The client keeps no cache that a mutation could invalidate.
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    </div>
  );
}

function NewDeviceForm({
  hallId,
  onCreated,
}: {
  hallId: string;
  onCreated: (device: CreatedDevice) => void;
}) {
  const { locale, text } = useLocale();
  const [, createDeviceToken] = useMutation(createDeviceTokenMutation);
  const { problem, pending, submit } = useFormSubmit(['name', 'role']);
  const [name, setName] = useState('');
  const [role, setRole] = useState<(typeof deviceRoles)[number]>(Role.KIOSK);
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    let device: CreatedDevice | undefined;
    const ok = await submit(async () => {
      const result = await createDeviceToken({ hallId, name, role });
      device = result.data?.createDeviceToken;
      return result;
    });
    if (ok && device) {
      setName('');
      onCreated(device);
    }
  };
  return (
    <form className="admin-form" onSubmit={(event) => void save(event)} noValidate data-form="device">
      <h3>{text('console.admin.newDevice')}</h3>
      <TextField
        formId="device-new"
        name="name"
        label={text('column.name')}
        value={name}
        onChange={setName}
        problem={problem}
      />
      <label className="form-field">
        <span>{text('column.role')}</span>
        <select
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value as (typeof deviceRoles)[number])}
        >
          {deviceRoles.map((each) => (
            <option key={each} value={each}>
              {roleLabel(each, locale)}
            </option>
          ))}
        </select>
        {problem?.field === 'role' ? (
          <FieldError id="device-new-role-error" message={problem.message} />
        ) : null}
      </label>
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.admin.create')} pending={pending} />
    </form>
  );
}

/** The token of a new device, shown this once (the server keeps only its hash), with the set-up address as a QR code. */
function TokenShownOnce({ device, onDone }: { device: CreatedDevice; onDone: () => void }) {
  const { locale, text } = useLocale();
  const address = deviceSetupUrl(window.location.origin, device.role, device.token);
  const [qrCode, setQrCode] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(address, { margin: 1, width: 400, errorCorrectionLevel: 'M' })
      .then((dataUrl) => {
        if (current) setQrCode(dataUrl);
      })
      .catch(() => {
        // No picture: the address below still sets the device up.
      });
    return () => {
      current = false;
    };
  }, [address]);
  return (
    <section className="token-once" aria-labelledby="token-once-title" data-device={device.id}>
      {qrCode ? <img src={qrCode} alt={text('console.admin.qrAlt', { name: device.name })} /> : <span />}
      <div>
        <h3 id="token-once-title">
          {text('console.admin.tokenCreated', { name: device.name, role: roleLabel(device.role, locale) })}
        </h3>
        <p>{text('console.admin.tokenOnce')}</p>
        <p>
          {text('console.admin.deviceToken')}: <code className="device-token">{device.token}</code>
        </p>
        <p>
          {text('console.admin.setupAddress')}:{' '}
          <a className="device-setup-url" href={address} target="_blank" rel="noreferrer">
            {address}
          </a>
        </p>
        <button type="button" className="button" onClick={onDone}>
          {text('console.admin.tokenNoted')}
        </button>
      </div>
    </section>
  );
}
