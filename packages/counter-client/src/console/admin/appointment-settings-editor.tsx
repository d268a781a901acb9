import {
  type AppointmentNumberSetting,
  type AppointmentSettings,
  appointmentSettingLimits,
  describeInputProblem,
  type WeeklyHours,
} from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { QueryResult } from '../../components/query-result';
import { useLocale } from '../../locale/locale';
import { serviceAppointmentsQuery, setAppointmentSettingsMutation } from '../documents';
import { typicalDayOf } from './appointment-slots';
import { AppointmentWeekGrid } from './appointment-week-grid';
import { FormActions, FormProblemNotice, parseIntegerFields, TextField, useFormSubmit } from './form-kit';

/** The numeric settings in the order the form shows them. */
const numberSettings = [
  'slotMinutes',
  'capacityPerSlot',
  'horizonDays',
  'leadMinutes',
  'earlyCheckInMinutes',
  'lateCheckInMinutes',
] as const satisfies readonly AppointmentNumberSetting[];

const appointmentFields = ['enabled', ...numberSettings] as const;

type NumbersForm = Record<AppointmentNumberSetting, string>;

function numbersFormOf(settings: AppointmentSettings): NumbersForm {
  const form = {} as NumbersForm;
  for (const setting of numberSettings) form[setting] = String(settings[setting]);
  return form;
}

/** A typed setting as a number when it is a whole number within its limits, else null. */
function settingValue(form: NumbersForm, setting: AppointmentNumberSetting): number | null {
  const typed = form[setting].trim();
  if (!/^\d+$/.test(typed)) return null;
  const value = Number(typed);
  const { min, max } = appointmentSettingLimits[setting];
  return value >= min && value <= max ? value : null;
}

/**
 * `/admin?tab=services`, a service being edited: its appointment settings (预约, docs/domain.md
 * "Appointments (the settings so far)"), the slots they make of a typical day of the service, and
 * a week of its slots with their bookings.
 */
export function AppointmentSettingsEditor({
  hallId,
  service,
}: {
  hallId: string;
  service: { id: string; name: string };
}) {
  const query = useQuery({ query: serviceAppointmentsQuery, variables: { hallId } });
  const reload = () => query[1]({ requestPolicy: 'network-only' });
  return (
    <QueryResult query={query}>
      {({ hall }) => {
        const settingsOf = hall?.services.find((each) => each.id === service.id);
        if (!hall || !settingsOf) return null;
        return (
          <AppointmentSettingsForm
            hallId={hall.id}
            timeZone={hall.timezone}
            service={service}
            stored={settingsOf.appointmentSettings}
            serviceHours={settingsOf.weeklyHours}
            hallHours={hall.weeklyHours}
            onSaved={reload}
          />
        );
      }}
    </QueryResult>
  );
}

function AppointmentSettingsForm({
  hallId,
  timeZone,
  service,
  stored: initiallyStored,
  serviceHours,
  hallHours,
  onSaved,
}: {
  hallId: string;
  timeZone: string;
  service: { id: string; name: string };
  stored: AppointmentSettings;
  serviceHours: readonly WeeklyHours[];
  hallHours: readonly WeeklyHours[];
  onSaved: () => void;
}) {
  const { locale, text } = useLocale();
  const [, setAppointmentSettings] = useMutation(setAppointmentSettingsMutation);
  const { problem, pending, submit, refuse, clear } = useFormSubmit(appointmentFields);
  const [stored, setStored] = useState(initiallyStored);
  const [enabled, setEnabled] = useState(initiallyStored.enabled);
  const [numbers, setNumbers] = useState<NumbersForm>(() => numbersFormOf(initiallyStored));
  const [saved, setSaved] = useState(false);
  const formId = `appointments-${service.id}`;

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const parsed = parseIntegerFields(numbers);
    if ('invalidField' in parsed) return refuse(parsed.invalidField, text('console.admin.wholeNumber'));
    // Only what changed is sent: a setting left out keeps its value on the server.
    const input: Partial<AppointmentSettings> = {};
    if (enabled !== stored.enabled) input.enabled = enabled;
    for (const setting of numberSettings) {
      const value = parsed.values[setting];
      if (value === null) return refuse(setting, text('console.admin.wholeNumber'));
      const { min, max } = appointmentSettingLimits[setting];
      if (value < min || value > max) {
        return refuse(setting, describeInputProblem(locale, { kind: 'outOfRange', min, max }));
      }
      if (value !== stored[setting]) input[setting] = value;
    }
    if (Object.keys(input).length === 0) return setSaved(true);
    let result: AppointmentSettings | undefined;
    const ok = await submit(async () => {
      const answer = await setAppointmentSettings({ serviceId: service.id, input });
      result = answer.data?.setAppointmentSettings.appointmentSettings;
      return answer;
    });
    setSaved(ok);
    if (ok && result) {
      setStored(result);
      setEnabled(result.enabled);
      setNumbers(numbersFormOf(result));
      onSaved();
    }
  };

  const slotMinutes = settingValue(numbers, 'slotMinutes');
  const capacity = settingValue(numbers, 'capacityPerSlot');
  const day = slotMinutes === null ? null : typicalDayOf(serviceHours, hallHours, slotMinutes);
  const slotCount = day?.periods?.reduce((sum, period) => sum + period.slots.length, 0) ?? 0;
  const unsaved =
    enabled !== stored.enabled ||
    numberSettings.some((setting) => numbers[setting].trim() !== String(stored[setting]));

  return (
    <div className="appointment-settings">
      <form className="admin-form" data-form="appointments" onSubmit={(event) => void save(event)} noValidate>
        <h3>{text('console.appointments.title', { name: service.name })}</h3>
        <label className="checkbox">
          <input
            type="checkbox"
            name="enabled"
            checked={enabled}
            onChange={(event) => {
              setSaved(false);
              clear();
              setEnabled(event.target.checked);
            }}
          />
          <span>{text('console.appointments.enabled')}</span>
        </label>
        {numberSettings.map((setting) => (
          <TextField
            key={setting}
            formId={formId}
            name={setting}
            label={text(`console.appointments.${setting}`)}
            value={numbers[setting]}
            onChange={(value) => {
              setSaved(false);
              setNumbers({ ...numbers, [setting]: value });
            }}
            problem={problem}
            type="number"
            hint={text('console.appointments.range', appointmentSettingLimits[setting])}
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
      <section className="appointment-slots" aria-live="polite">
        {day === null ? (
          <p className="help">{text('console.appointments.slotLengthFirst')}</p>
        ) : day.periods === null ? (
          <p className="help">{text('console.appointments.closedEveryWeekday')}</p>
        ) : (
          <>
            <h4>
              {day.weekday === null
                ? text('console.appointments.slotsAllDay')
                : text('console.appointments.slotsOfWeekday', {
                    day: text(`console.calendar.weekday.${day.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
                  })}
            </h4>
            <ul>
              {day.periods.map(({ period, slots }) => (
                <li key={`${period.opens}-${period.closes}`}>
                  {slots.length === 0
                    ? text('console.appointments.periodNoSlots', {
                        opens: period.opens,
                        closes: period.closes,
                      })
                    : text('console.appointments.periodSlots', {
                        ...period,
                        count: slots.length,
                        first: `${slots[0]!.start}–${slots[0]!.end}`,
                        last: `${slots.at(-1)!.start}–${slots.at(-1)!.end}`,
                      })}
                </li>
              ))}
            </ul>
            {capacity === null ? null : (
              <p className="help">
                {text('console.appointments.dayTotal', {
                  slots: slotCount,
                  appointments: slotCount * capacity,
                })}
              </p>
            )}
          </>
        )}
      </section>
      <AppointmentWeekGrid
        hallId={hallId}
        serviceId={service.id}
        timeZone={timeZone}
        settings={stored}
        unsaved={unsaved}
      />
    </div>
  );
}
