import { localizedName, Role, roleLabel, type StaffRole } from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { QueryResult } from '../../components/query-result';
import type { ConsoleHallStaffQuery } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import type { ConsoleHall } from '../console-frame';
import {
  createStaffMutation,
  hallStaffQuery,
  resetPasswordMutation,
  updateStaffMutation,
} from '../documents';
import {
  FieldError,
  FormActions,
  FormProblemNotice,
  TextField,
  useBroughtIntoView,
  useFormSubmit,
} from './form-kit';

type StaffMember = ConsoleHallStaffQuery['staff'][number];

const staffRoles: readonly StaffRole[] = [Role.CLERK, Role.MANAGER, Role.ADMIN];
const staffFields = ['username', 'displayName', 'role', 'hallIds', 'password'] as const;

function inputOf(member: StaffMember, active: boolean) {
  return {
    username: member.username,
    displayName: member.displayName,
    role: member.role,
    hallIds: member.halls.map((hall) => hall.id),
    active,
  };
}

/** `/admin?tab=staff`: who works in the hall, their role and halls, passwords and deactivation. */
export function StaffSection({ hall, halls }: { hall: ConsoleHall; halls: readonly ConsoleHall[] }) {
  const { locale, text } = useLocale();
  const query = useQuery({ query: hallStaffQuery, variables: { hallId: hall.id } });
  // The client keeps no cache that a mutation could invalidate: every change reloads the list.
  const reload = () => query[1]({ requestPolicy: 'network-only' });
  const [, updateStaff] = useMutation(updateStaffMutation);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const activation = useFormSubmit([]);
  return (
    <div className="admin-section">
      <QueryResult query={query}>
        {({ staff }) => (
          <DataTable
            rows={staff}
            rowClassName={(member) => (member.active ? undefined : 'inactive')}
            columns={[
              { header: text('column.username'), cell: (member) => member.username, className: 'code' },
              { header: text('column.displayName'), cell: (member) => member.displayName, rowHeader: true },
              { header: text('column.role'), cell: (member) => roleLabel(member.role, locale) },
              {
                header: text('console.admin.halls'),
                cell: (member) => member.halls.map((each) => localizedName(each, locale)).join('、') || '—',
              },
              {
                header: text('column.active'),
                cell: (member) => (member.active ? text('common.yes') : text('common.no')),
              },
              {
                header: text('console.admin.actions'),
                cell: (member) => (
                  <div className="row-actions">
                    <button type="button" className="button button-small" onClick={() => setEditing(member)}>
                      {text('console.admin.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setResetting(member)}
                    >
                      {text('console.admin.resetPassword')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={activation.pending}
                      onClick={() =>
                        void activation
                          .submit(() =>
                            updateStaff({ staffId: member.id, input: inputOf(member, !member.active) }),
                          )
                          .then((ok) => ok && reload())
                      }
                    >
                      {member.active ? text('console.admin.deactivate') : text('console.admin.activate')}
                    </button>
                  </div>
                ),
              },
            ]}
          />
        )}
      </QueryResult>
      <FormProblemNotice problem={activation.problem} />
      {resetting ? (
        <ResetPasswordForm key={resetting.id} member={resetting} onDone={() => setResetting(null)} />
      ) : null}
      <StaffEditor
        key={editing?.id ?? 'new'}
        member={editing}
        hall={hall}
        halls={halls}
        onDone={() => setEditing(null)}
        onSaved={reload}
      />
    </div>
  );
}

function StaffEditor({
  member,
  hall,
  halls,
  onDone,
  onSaved,
}: {
  member: StaffMember | null;
  hall: ConsoleHall;
  halls: readonly ConsoleHall[];
  onDone: () => void;
  onSaved: () => void;
}) {
  const { locale, text } = useLocale();
  const [, createStaff] = useMutation(createStaffMutation);
  const [, updateStaff] = useMutation(updateStaffMutation);
  const { problem, pending, submit } = useFormSubmit(staffFields);
  const formRef = useBroughtIntoView<HTMLFormElement>(member !== null);
  const initialForm = () => ({
    username: member?.username ?? '',
    displayName: member?.displayName ?? '',
    role: (member?.role ?? Role.CLERK) as StaffRole,
    hallIds: member ? member.halls.map((each) => each.id) : [hall.id],
    password: '',
  });
  const [form, setForm] = useState(initialForm);
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const input = {
      username: form.username,
      displayName: form.displayName,
      role: form.role,
      hallIds: form.hallIds,
      ...(member ? { active: member.active } : { password: form.password }),
    };
    const ok = await submit(() =>
      member ? updateStaff({ staffId: member.id, input }) : createStaff({ input }),
    );
    if (ok) {
      // The "new" form stays on the page: empty it (above all the password) for the next person.
      setForm(initialForm());
      onSaved();
      onDone();
    }
  };
  const formId = member ? `staff-${member.id}` : 'staff-new';
  return (
    <form
      ref={formRef}
      className="admin-form"
      onSubmit={(event) => void save(event)}
      noValidate
      data-form="staff"
    >
      <h3>
        {member
          ? text('console.admin.editStaff', { name: member.displayName })
          : text('console.admin.newStaff')}
      </h3>
      <TextField
        formId={formId}
        name="username"
        label={text('column.username')}
        value={form.username}
        onChange={(username) => setForm({ ...form, username })}
        problem={problem}
      />
      <TextField
        formId={formId}
        name="displayName"
        label={text('column.displayName')}
        value={form.displayName}
        onChange={(displayName) => setForm({ ...form, displayName })}
        problem={problem}
      />
      <label className="form-field">
        <span>{text('column.role')}</span>
        <select
          name="role"
          value={form.role}
          onChange={(event) => setForm({ ...form, role: event.target.value as StaffRole })}
        >
          {staffRoles.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role, locale)}
            </option>
          ))}
        </select>
        {problem?.field === 'role' ? (
          <FieldError id={`${formId}-role-error`} message={problem.message} />
        ) : null}
      </label>
      {member ? null : (
        <TextField
          formId={formId}
          name="password"
          type="password"
          label={text('console.admin.password')}
          value={form.password}
          onChange={(password) => setForm({ ...form, password })}
          problem={problem}
        />
      )}
      <fieldset className="wide">
        <legend>{text('console.admin.halls')}</legend>
        {halls.map((each) => (
          <label key={each.id} className="checkbox">
            <input
              type="checkbox"
              name="hallIds"
              value={each.id}
              checked={form.hallIds.includes(each.id)}
              onChange={(event) =>
                setForm({
                  ...form,
                  hallIds: event.target.checked
                    ? [...form.hallIds, each.id]
                    : form.hallIds.filter((id) => id !== each.id),
                })
              }
            />
            <span>{localizedName(each, locale)}</span>
          </label>
        ))}
        {problem?.field === 'hallIds' ? (
          <FieldError id={`${formId}-hallIds-error`} message={problem.message} />
        ) : null}
      </fieldset>
      <FormProblemNotice problem={problem} />
      <FormActions
        submitLabel={member ? text('console.admin.save') : text('console.admin.create')}
        pending={pending}
        onCancel={member ? onDone : undefined}
      />
    </form>
  );
}

function ResetPasswordForm({ member, onDone }: { member: StaffMember; onDone: () => void }) {
  const { text } = useLocale();
  const [, resetPassword] = useMutation(resetPasswordMutation);
  const { problem, pending, submit } = useFormSubmit(['password']);
  const formRef = useBroughtIntoView<HTMLFormElement>(true);
  const [password, setPassword] = useState('');
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (await submit(() => resetPassword({ staffId: member.id, password }))) onDone();
  };
  return (
    <form
      ref={formRef}
      className="admin-form"
      onSubmit={(event) => void save(event)}
      noValidate
      data-form="reset-password"
    >
      <h3>{text('console.admin.resetPasswordOf', { name: member.displayName })}</h3>
      <TextField
        formId={`reset-${member.id}`}
        name="password"
        type="password"
        label={text('console.admin.newPassword')}
        value={password}
        onChange={setPassword}
        problem={problem}
      />
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.admin.resetPassword')} pending={pending} onCancel={onDone} />
    </form>
  );
}
