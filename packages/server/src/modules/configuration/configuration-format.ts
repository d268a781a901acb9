import {
  appointmentSettingLimits,
  defaultAppointmentSettings,
  defaultHallLanguages,
  type AppointmentNumberSetting,
  type AppointmentSettings,
  defaultRemoteJoinSettings,
  remoteJoinSettingLimits,
  type RemoteJoinNumberSetting,
  type RemoteJoinSettings,
  exceptionsProblem,
  type LocalizedText,
  staffRoles,
  weeklyHoursProblem,
  type CalendarException,
  type StaffRole,
  type WeeklyHours,
} from '@onestop/shared';
import { badInput } from '../../common/domain-error.js';
import { changedNames, validLanguages } from '../halls/localized-names.js';
import {
  integerInRange,
  machineCode,
  optionalText,
  requiredText,
  ticketPrefix,
  timeZone,
  username,
} from '../../common/validation.js';

/**
 * The JSON that exportConfiguration writes and importConfiguration reads: a district's set-up,
 * halls (the exported one first, each below an earlier one), their services, counters, hours and
 * calendar, and the staff of those halls without any secret. Everything is matched by code, label
 * or username, so importing the same file again finds what the first import made.
 */
export const configurationFormat = 'onestop-configuration';
export const configurationVersion = 1;

export interface ServiceConfiguration {
  code: string;
  name: string;
  nameEn: string | null;
  /** Every name per language (files written before languages have none: name and nameEn then). */
  names: LocalizedText[];
  prefix: string;
  targetWaitMinutes: number;
  dailyQuota: number | null;
  active: boolean;
  queueAlertThreshold: number;
  lastIssueMinutesBeforeClose: number;
  weeklyHours: WeeklyHours[];
  /**
   * Its appointment settings, whole; null for a service whose administrator never set them (and in
   * files written before appointments): importing null leaves a service's settings as they are.
   */
  appointmentSettings: AppointmentSettings | null;
  /** Its remote-join settings, whole; null as for appointmentSettings (and in files written before remote join). */
  remoteJoinSettings: RemoteJoinSettings | null;
}

export interface CounterConfiguration {
  label: string;
  services: { serviceCode: string; rank: number }[];
}

export interface HallConfiguration {
  code: string;
  /** The code of the hall above it in the file; null for the first hall, the file's top. */
  parentCode: string | null;
  name: string;
  nameEn: string | null;
  names: LocalizedText[];
  /** The public screens' languages in order (files written before languages: zh-CN, en). */
  languages: string[];
  timezone: string;
  targetWaitMinutes: number;
  maxRecalls: number;
  active: boolean;
  weeklyHours: WeeklyHours[];
  calendarExceptions: CalendarException[];
  services: ServiceConfiguration[];
  counters: CounterConfiguration[];
}

export interface StaffConfiguration {
  username: string;
  displayName: string;
  role: StaffRole;
  active: boolean;
  hallCodes: string[];
}

export interface DistrictConfiguration {
  format: typeof configurationFormat;
  version: typeof configurationVersion;
  halls: HallConfiguration[];
  staff: StaffConfiguration[];
}

/** The most halls one file may carry: a province's worth. */
const maxHalls = 5000;

type Json = Record<string, unknown>;

function record(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badInput(field, { kind: 'required' });
  return value as Json;
}

function list(value: unknown, field: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw badInput(field, { kind: 'required' });
  if (value.length > max) throw badInput(field, { kind: 'outOfRange', min: 0, max });
  return value;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw badInput(field, { kind: 'required' });
  return value;
}

function optionalString(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  return text(value, field);
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number') throw badInput(field, { kind: 'outOfRange', min, max });
  return integerInRange(field, value, min, max);
}

function flag(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw badInput(field, { kind: 'required' });
  return value;
}

function periodsOf(value: unknown, field: string): { opens: string; closes: string }[] {
  return list(value, field, 24).map((entry, index) => {
    const period = record(entry, `${field}[${index}]`);
    return {
      opens: text(period['opens'], `${field}[${index}].opens`),
      closes: text(period['closes'], `${field}[${index}].closes`),
    };
  });
}

function weeklyHoursOf(value: unknown, field: string): WeeklyHours[] {
  const hours = list(value ?? [], field, 7).map((entry, index) => {
    const day = record(entry, `${field}[${index}]`);
    return {
      weekday: integer(day['weekday'], `${field}[${index}].weekday`, 1, 7),
      periods: periodsOf(day['periods'], `${field}[${index}].periods`),
    };
  });
  const problem = weeklyHoursProblem(hours, field);
  if (problem) throw badInput(problem.field, problem.problem);
  return hours;
}

function exceptionsOf(value: unknown, field: string): CalendarException[] {
  const exceptions = list(value ?? [], field, 2000).map((entry, index) => {
    const exception = record(entry, `${field}[${index}]`);
    return {
      date: text(exception['date'], `${field}[${index}].date`),
      periods: periodsOf(exception['periods'], `${field}[${index}].periods`),
      note: optionalText(
        `${field}[${index}].note`,
        optionalString(exception['note'], `${field}[${index}].note`),
        100,
      ),
    };
  });
  const problem = exceptionsProblem(exceptions, field);
  if (problem) throw badInput(problem.field, problem.problem);
  return exceptions;
}

function namesOfEntry(
  entry: Json,
  field: string,
): { name: string; nameEn: string | null; names: LocalizedText[] } {
  const name = requiredText(`${field}.name`, text(entry['name'], `${field}.name`), 100);
  const nameEn = optionalText(`${field}.nameEn`, optionalString(entry['nameEn'], `${field}.nameEn`), 100);
  const given =
    entry['names'] == null
      ? null
      : list(entry['names'], `${field}.names`, 10).map((item, index) => {
          const localized = record(item, `${field}.names[${index}]`);
          return {
            lang: text(localized['lang'], `${field}.names[${index}].lang`),
            text: text(localized['text'], `${field}.names[${index}].text`),
          };
        });
  // name and nameEn are the zh-CN and en entries: where a file's names disagree, they win.
  return changedNames(changedNames({ name, nameEn, names: [] }, { names: given }, `${field}.names`), {
    name,
    nameEn,
  });
}

function serviceOf(value: unknown, field: string): ServiceConfiguration {
  const service = record(value, field);
  return {
    code: machineCode(`${field}.code`, text(service['code'], `${field}.code`)),
    ...namesOfEntry(service, field),
    prefix: ticketPrefix(`${field}.prefix`, text(service['prefix'], `${field}.prefix`)),
    targetWaitMinutes: integer(service['targetWaitMinutes'], `${field}.targetWaitMinutes`, 1, 1440),
    dailyQuota:
      service['dailyQuota'] == null
        ? null
        : integer(service['dailyQuota'], `${field}.dailyQuota`, 1, 100_000),
    active: flag(service['active'], `${field}.active`),
    queueAlertThreshold: integer(service['queueAlertThreshold'], `${field}.queueAlertThreshold`, 1, 10_000),
    lastIssueMinutesBeforeClose: integer(
      service['lastIssueMinutesBeforeClose'] ?? 0,
      `${field}.lastIssueMinutesBeforeClose`,
      0,
      720,
    ),
    weeklyHours: weeklyHoursOf(service['weeklyHours'], `${field}.weeklyHours`),
    appointmentSettings: appointmentSettingsEntry(
      service['appointmentSettings'],
      `${field}.appointmentSettings`,
    ),
    remoteJoinSettings: remoteJoinSettingsEntry(service['remoteJoinSettings'], `${field}.remoteJoinSettings`),
  };
}

/** A service's remote-join settings in a file: every one present, each within its limits. */
function remoteJoinSettingsEntry(value: unknown, field: string): RemoteJoinSettings | null {
  if (value === undefined || value === null) return null;
  const entry = record(value, field);
  const settings: RemoteJoinSettings = {
    ...defaultRemoteJoinSettings,
    enabled: flag(entry['enabled'], `${field}.enabled`),
  };
  for (const [setting, { min, max }] of Object.entries(remoteJoinSettingLimits)) {
    settings[setting as RemoteJoinNumberSetting] = integer(entry[setting], `${field}.${setting}`, min, max);
  }
  return settings;
}

/** A service's appointment settings in a file: every one present, each within its limits. */
function appointmentSettingsEntry(value: unknown, field: string): AppointmentSettings | null {
  if (value === undefined || value === null) return null;
  const entry = record(value, field);
  const settings: AppointmentSettings = {
    ...defaultAppointmentSettings,
    enabled: flag(entry['enabled'], `${field}.enabled`),
  };
  for (const [setting, { min, max }] of Object.entries(appointmentSettingLimits)) {
    settings[setting as AppointmentNumberSetting] = integer(entry[setting], `${field}.${setting}`, min, max);
  }
  return settings;
}

function counterOf(value: unknown, field: string, serviceCodes: ReadonlySet<string>): CounterConfiguration {
  const counter = record(value, field);
  const services = list(counter['services'] ?? [], `${field}.services`, 100).map((entry, index) => {
    const served = record(entry, `${field}.services[${index}]`);
    const serviceCode = text(served['serviceCode'], `${field}.services[${index}].serviceCode`);
    if (!serviceCodes.has(serviceCode))
      throw badInput(`${field}.services[${index}].serviceCode`, { kind: 'unknown' });
    return { serviceCode, rank: integer(served['rank'], `${field}.services[${index}].rank`, 1, 99) };
  });
  unique(
    services.map((entry) => entry.serviceCode),
    `${field}.services`,
  );
  return { label: requiredText(`${field}.label`, text(counter['label'], `${field}.label`), 32), services };
}

function unique(values: readonly string[], field: string): void {
  if (new Set(values).size !== values.length) throw badInput(field, { kind: 'duplicate' });
}

function hallOf(
  value: unknown,
  field: string,
  earlierCodes: ReadonlySet<string>,
  first: boolean,
): HallConfiguration {
  const hall = record(value, field);
  const code = machineCode(`${field}.code`, text(hall['code'], `${field}.code`));
  const parentCode = optionalString(hall['parentCode'], `${field}.parentCode`);
  // The first hall is the file's top; every other hangs below one that came before it.
  if (first ? parentCode !== null : parentCode === null || !earlierCodes.has(parentCode)) {
    throw badInput(`${field}.parentCode`, { kind: 'unknown' });
  }
  const services = list(hall['services'] ?? [], `${field}.services`, 200).map((entry, index) =>
    serviceOf(entry, `${field}.services[${index}]`),
  );
  unique(
    services.map((service) => service.code),
    `${field}.services`,
  );
  unique(
    services.map((service) => service.prefix),
    `${field}.services`,
  );
  const serviceCodes = new Set(services.map((service) => service.code));
  const counters = list(hall['counters'] ?? [], `${field}.counters`, 500).map((entry, index) =>
    counterOf(entry, `${field}.counters[${index}]`, serviceCodes),
  );
  unique(
    counters.map((counter) => counter.label),
    `${field}.counters`,
  );
  return {
    code,
    parentCode,
    ...namesOfEntry(hall, field),
    languages:
      hall['languages'] == null
        ? [...defaultHallLanguages]
        : validLanguages(
            `${field}.languages`,
            list(hall['languages'], `${field}.languages`, 10).map((item, index) =>
              text(item, `${field}.languages[${index}]`),
            ),
          ),
    timezone: timeZone(`${field}.timezone`, text(hall['timezone'], `${field}.timezone`)),
    targetWaitMinutes: integer(hall['targetWaitMinutes'], `${field}.targetWaitMinutes`, 1, 1440),
    maxRecalls: integer(hall['maxRecalls'], `${field}.maxRecalls`, 0, 20),
    active: flag(hall['active'], `${field}.active`),
    weeklyHours: weeklyHoursOf(hall['weeklyHours'], `${field}.weeklyHours`),
    calendarExceptions: exceptionsOf(hall['calendarExceptions'], `${field}.calendarExceptions`),
    services,
    counters,
  };
}

function staffOf(value: unknown, field: string, hallCodes: ReadonlySet<string>): StaffConfiguration {
  const staff = record(value, field);
  const role = staffRoles.find((candidate) => candidate === staff['role']);
  if (!role) throw badInput(`${field}.role`, { kind: 'notAllowed' });
  const halls = list(staff['hallCodes'], `${field}.hallCodes`, 200).map((code, index) => {
    const hallCode = text(code, `${field}.hallCodes[${index}]`);
    if (!hallCodes.has(hallCode)) throw badInput(`${field}.hallCodes[${index}]`, { kind: 'unknown' });
    return hallCode;
  });
  unique(halls, `${field}.hallCodes`);
  return {
    username: username(`${field}.username`, text(staff['username'], `${field}.username`)),
    displayName: requiredText(
      `${field}.displayName`,
      text(staff['displayName'], `${field}.displayName`),
      100,
    ),
    role,
    active: flag(staff['active'], `${field}.active`),
    hallCodes: halls,
  };
}

/**
 * Reads and checks a whole configuration file before anything is written: BAD_USER_INPUT names
 * the first field at fault (`configuration.halls[1].services[0].prefix`).
 */
export function parseConfiguration(textOfFile: string): DistrictConfiguration {
  const field = 'configuration';
  let parsed: unknown;
  try {
    parsed = JSON.parse(textOfFile);
  } catch {
    throw badInput(field, { kind: 'fileFormat' });
  }
  const file = record(parsed, field);
  if (file['format'] !== configurationFormat || file['version'] !== configurationVersion) {
    throw badInput(field, { kind: 'fileFormat' });
  }
  const codes = new Set<string>();
  const halls = list(file['halls'], `${field}.halls`, maxHalls).map((entry, index) => {
    const hall = hallOf(entry, `${field}.halls[${index}]`, codes, index === 0);
    if (codes.has(hall.code)) throw badInput(`${field}.halls[${index}].code`, { kind: 'duplicate' });
    codes.add(hall.code);
    return hall;
  });
  if (halls.length === 0) throw badInput(`${field}.halls`, { kind: 'required' });
  const staff = list(file['staff'] ?? [], `${field}.staff`, 50_000).map((entry, index) =>
    staffOf(entry, `${field}.staff[${index}]`, codes),
  );
  unique(
    staff.map((member) => member.username),
    `${field}.staff`,
  );
  return { format: configurationFormat, version: configurationVersion, halls, staff };
}
