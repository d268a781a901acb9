import { localizedName, missingLanguages, Role } from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { useLocale } from '../../locale/locale';
import { useSession } from '../../session/session-context';
import { type ConsoleHall, hallChoiceLabel } from '../console-frame';
import { withParameter } from '../console-tabs';
import { updateHallMutation } from '../documents';
import { ConfigurationTransfer } from './configuration-transfer';
import { CreateHallForm } from './create-hall-form';
import { type DistrictNode, districtTree, flattenTree } from './district-tree';
import { MissingNameTags } from './localized-names-fields';
import {
  FieldError,
  FormActions,
  FormProblemNotice,
  TextField,
  useBroughtIntoView,
  useFormSubmit,
} from './form-kit';

/** Props of {@link DistrictSection}. */
export interface DistrictSectionProps {
  /** The hall the console works on. */
  hall: ConsoleHall;
  /** Every hall the staff member sees (an ADMIN all; a MANAGER theirs and below). */
  halls: readonly ConsoleHall[];
  onChanged: () => void;
}

/**
 * `/admin?tab=district`: the halls as a tree. A hall is created below another (or at the top, by
 * an ADMIN), renamed, moved under a new parent (the server refuses a cycle, shown at the field),
 * deactivated and reactivated after a confirmation.
 */
export function DistrictSection({ hall, halls, onChanged }: DistrictSectionProps) {
  const { locale, text } = useLocale();
  const { staff } = useSession();
  const [search, setSearch] = useSearchParams();
  const [, updateHall] = useMutation(updateHallMutation);
  const activation = useFormSubmit([]);
  const [editing, setEditing] = useState<ConsoleHall | null>(null);
  const isAdmin = staff.role === Role.ADMIN;
  const tree = districtTree(halls);
  const inOrder = flattenTree(tree);
  // Names the public screens lack in a hall's own languages (they show the Chinese one there).
  const lackingNames = halls.filter((each) => missingLanguages(each.names, each.languages).length > 0).length;

  const toggleActive = (each: ConsoleHall) => {
    const name = localizedName(each, locale);
    const question = each.active
      ? text('console.district.confirmDeactivate', { name })
      : text('console.district.confirmActivate', { name });
    if (!window.confirm(question)) return;
    void activation
      .submit(() => updateHall({ hallId: each.id, input: { active: !each.active } }))
      .then((ok) => ok && onChanged());
  };

  const renderNodes = (nodes: readonly DistrictNode<ConsoleHall>[]) => (
    <ul className="district-tree">
      {nodes.map(({ hall: each, children }) => (
        <li key={each.id} data-hall={each.code}>
          <div
            className={`district-hall${each.active ? '' : ' inactive'}`}
            aria-current={each.id === hall.id ? 'true' : undefined}
          >
            <span className="hall-title">
              <button
                type="button"
                className="hall-name"
                title={text('console.district.openHall')}
                onClick={() => setSearch(withParameter(search, 'hall', each.id))}
              >
                {localizedName(each, locale)}
              </button>
              <MissingNameTags names={each.names} hallLanguages={each.languages} />
            </span>
            <span className="code">{each.code}</span>
            <span className="hall-zone">{each.timezone}</span>
            <span className={each.active ? 'hall-state' : 'hall-state tag'}>
              {each.active ? text('console.district.active') : text('console.district.inactive')}
            </span>
            <span className="row-actions">
              <button type="button" className="button button-small" onClick={() => setEditing(each)}>
                {text('console.district.editHall')}
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={activation.pending}
                onClick={() => toggleActive(each)}
              >
                {each.active ? text('console.admin.deactivate') : text('console.admin.activate')}
              </button>
            </span>
          </div>
          {children.length > 0 ? renderNodes(children) : null}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="admin-section district-section">
      <section className="panel" aria-labelledby="district-title">
        <h3 id="district-title">{text('console.district.tree')}</h3>
        {lackingNames > 0 ? (
          <p className="help missing-names-count" role="status">
            {text('console.names.hallsMissingCount', { count: lackingNames })}
          </p>
        ) : null}
        {renderNodes(tree)}
      </section>
      <FormProblemNotice problem={activation.problem} />
      {editing ? (
        <HallPlaceForm
          key={editing.id}
          hall={editing}
          choices={inOrder.filter((each) => each.hall.id !== editing.id)}
          canMove={isAdmin || Boolean(editing.parent)}
          allowTop={isAdmin}
          onDone={() => setEditing(null)}
          onSaved={onChanged}
        />
      ) : null}
      <CreateHallForm
        title={text('console.district.newHall')}
        parents={inOrder}
        allowTop={isAdmin}
        defaultParentId={hall.id}
        defaultTimezone={hall.timezone}
        onCreated={onChanged}
      />
      <ConfigurationTransfer hall={hall} parents={inOrder} allowTop={isAdmin} onImported={onChanged} />
    </div>
  );
}

const placeFields = ['name', 'nameEn', 'parentId'] as const;

/** A hall's names and its parent; the parent is sent only when it changed. */
function HallPlaceForm({
  hall,
  choices,
  canMove,
  allowTop,
  onDone,
  onSaved,
}: {
  hall: ConsoleHall;
  choices: readonly { hall: ConsoleHall; depth: number }[];
  canMove: boolean;
  allowTop: boolean;
  onDone: () => void;
  onSaved: () => void;
}) {
  const { locale, text } = useLocale();
  const [, updateHall] = useMutation(updateHallMutation);
  const { problem, pending, submit } = useFormSubmit(placeFields);
  const formRef = useBroughtIntoView<HTMLFormElement>(true);
  const currentParent = hall.parent?.id ?? '';
  const [form, setForm] = useState({ name: hall.name, nameEn: hall.nameEn ?? '', parentId: currentParent });

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const moved = form.parentId !== currentParent;
    const ok = await submit(() =>
      updateHall({
        hallId: hall.id,
        input: {
          name: form.name,
          nameEn: form.nameEn.trim() === '' ? null : form.nameEn,
          ...(moved ? { parentId: form.parentId === '' ? null : form.parentId } : {}),
        },
      }),
    );
    if (ok) {
      onSaved();
      onDone();
    }
  };

  const formId = `hall-${hall.id}`;
  return (
    <form
      ref={formRef}
      className="admin-form"
      onSubmit={(event) => void save(event)}
      noValidate
      data-form="hall-place"
    >
      <h3>{text('console.district.editHallOf', { name: localizedName(hall, locale) })}</h3>
      <TextField
        formId={formId}
        name="name"
        label={text('column.name')}
        value={form.name}
        onChange={(name) => setForm({ ...form, name })}
        problem={problem}
      />
      <TextField
        formId={formId}
        name="nameEn"
        label={text('column.nameEn')}
        value={form.nameEn}
        onChange={(nameEn) => setForm({ ...form, nameEn })}
        problem={problem}
        lang="en"
      />
      <label className="form-field">
        <span>{text('console.district.parent')}</span>
        <select
          name="parentId"
          value={form.parentId}
          disabled={!canMove}
          aria-invalid={problem?.field === 'parentId'}
          aria-describedby={problem?.field === 'parentId' ? `${formId}-parentId-error` : undefined}
          onChange={(event) => setForm({ ...form, parentId: event.target.value })}
        >
          {allowTop || currentParent === '' ? (
            <option value="">
              {allowTop ? text('console.district.noParent') : text('console.district.parentOutOfReach')}
            </option>
          ) : null}
          {choices.map(({ hall: each, depth }) => (
            <option key={each.id} value={each.id}>
              {hallChoiceLabel(each, depth, locale)}
            </option>
          ))}
        </select>
        {problem?.field === 'parentId' ? (
          <FieldError id={`${formId}-parentId-error`} message={problem.message} />
        ) : null}
      </label>
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.admin.save')} pending={pending} onCancel={onDone} />
    </form>
  );
}
