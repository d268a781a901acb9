import {
  almostYourTurnAhead,
  describeInputProblem,
  type RemoteJoinNumberSetting,
  type RemoteJoinSettings,
  remoteJoinSettingLimits,
  remoteJoinSettingsOf,
} from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { QueryResult } from '../../components/query-result';
import { useLocale } from '../../locale/locale';
import { serviceRemoteJoinQuery, setRemoteJoinSettingsMutation } from '../documents';
import { FormActions, FormProblemNotice, parseIntegerFields, TextField, useFormSubmit } from './form-kit';

/** The numeric settings in the order the form shows them. */
const numberSettings = [
  'maxWaiting',
  'checkInAhead',
  'holdMinutes',
] as const satisfies readonly RemoteJoinNumberSetting[];

const remoteJoinFields = ['enabled', ...numberSettings] as const;

type NumbersForm = Record<RemoteJoinNumberSetting, string>;

function numbersFormOf(settings: RemoteJoinSettings): NumbersForm {
  const form = {} as NumbersForm;
  for (const setting of numberSettings) form[setting] = String(settings[setting]);
  return form;
}

/**
 * `/admin?tab=services`, a service being edited: its remote-join settings (远程取号, docs/domain.md
 * "Remote join"), beside its appointment settings. Each setting says what it means for citizens:
 * an administrator turns them on for people they will not see.
 */
export function RemoteJoinSettingsEditor({
  hallId,
  service,
}: {
  hallId: string;
  service: { id: string; name: string };
}) {
  const query = useQuery({ query: serviceRemoteJoinQuery, variables: { hallId } });
  return (
    <QueryResult query={query}>
      {({ hall }) => {
        const settingsOf = hall?.services.find((each) => each.id === service.id);
        if (!settingsOf) return null;
        return (
          <RemoteJoinSettingsForm
            service={service}
            // A server answering only part of the set still leaves the form whole.
            stored={remoteJoinSettingsOf(settingsOf.remoteJoinSettings)}
          />
        );
      }}
    </QueryResult>
  );
}

function RemoteJoinSettingsForm({
  service,
  stored: initiallyStored,
}: {
  service: { id: string; name: string };
  stored: RemoteJoinSettings;
}) {
  const { locale, text } = useLocale();
  const [, setRemoteJoinSettings] = useMutation(setRemoteJoinSettingsMutation);
  const { problem, pending, submit, refuse, clear } = useFormSubmit(remoteJoinFields);
  const [stored, setStored] = useState(initiallyStored);
  const [enabled, setEnabled] = useState(initiallyStored.enabled);
  const [numbers, setNumbers] = useState<NumbersForm>(() => numbersFormOf(initiallyStored));
  const [saved, setSaved] = useState(false);
  const formId = `remote-join-${service.id}`;
  const enabledHelpId = `${formId}-enabled-help`;

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const parsed = parseIntegerFields(numbers);
    if ('invalidField' in parsed) return refuse(parsed.invalidField, text('console.admin.wholeNumber'));
    // Only what changed is sent: a setting left out keeps its value on the server.
    const input: Partial<RemoteJoinSettings> = {};
    if (enabled !== stored.enabled) input.enabled = enabled;
    for (const setting of numberSettings) {
      const value = parsed.values[setting];
      if (value === null) return refuse(setting, text('console.admin.wholeNumber'));
      const { min, max } = remoteJoinSettingLimits[setting];
      if (value < min || value > max) {
        return refuse(setting, describeInputProblem(locale, { kind: 'outOfRange', min, max }));
      }
      if (value !== stored[setting]) input[setting] = value;
    }
    if (Object.keys(input).length === 0) return setSaved(true);
    let result: RemoteJoinSettings | undefined;
    const ok = await submit(async () => {
      const answer = await setRemoteJoinSettings({ serviceId: service.id, input });
      result = answer.data?.setRemoteJoinSettings.remoteJoinSettings;
      return answer;
    });
    setSaved(ok);
    if (ok && result) {
      setStored(result);
      setEnabled(result.enabled);
      setNumbers(numbersFormOf(result));
    }
  };

  return (
    <form
      className="admin-form remote-join-settings"
      data-form="remote-join"
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <h3>{text('console.remoteJoin.title', { name: service.name })}</h3>
      <label className="checkbox">
        <input
          type="checkbox"
          name="enabled"
          checked={enabled}
          aria-describedby={enabledHelpId}
          onChange={(event) => {
            setSaved(false);
            clear();
            setEnabled(event.target.checked);
          }}
        />
        <span>{text('console.remoteJoin.enabled')}</span>
      </label>
      <p id={enabledHelpId} className="help field-hint wide">
        {text('console.remoteJoin.enabledHelp')}
      </p>
      {numberSettings.map((setting) => (
        <TextField
          key={setting}
          formId={formId}
          name={setting}
          label={text(`console.remoteJoin.${setting}`)}
          value={numbers[setting]}
          onChange={(value) => {
            setSaved(false);
            setNumbers({ ...numbers, [setting]: value });
          }}
          problem={problem}
          type="number"
          hint={text(`console.remoteJoin.${setting}Help`, {
            ...remoteJoinSettingLimits[setting],
            almost: almostYourTurnAhead,
          })}
        />
      ))}
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.admin.save')} pending={pending}>
        {saved ? (
          <span className="help" role="status">
            {text('console.admin.saved')}
          </span>
        ) : null}
      </FormActions>
    </form>
  );
}
