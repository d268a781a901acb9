import type { EntityManager } from '@mikro-orm/postgresql';
import { appointmentSettingsOf, remoteJoinSettingsOf, Role } from '@onestop/shared';
import { compareLabels } from '../../common/labels.js';
import { runSql, sql } from '../../db/sql.js';
import type { Actor } from '../auth/access.js';
import { CalendarExceptionRecord } from '../calendar/calendar-exception.entity.js';
import { Counter } from '../counters/counter.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { hallToAdminister } from '../halls/hall.service.js';
import { namesOf } from '../halls/localized-names.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import {
  configurationFormat,
  configurationVersion,
  type DistrictConfiguration,
  type HallConfiguration,
} from './configuration-format.js';

/** The hall and every hall below it, each after its parent, siblings by code. */
async function hallTreeOf(em: EntityManager, top: Hall): Promise<Hall[]> {
  const rows = await runSql<{ id: string }>(
    em,
    sql`WITH RECURSIVE below(id, path) AS (
          SELECT id, ARRAY[code]::text[] FROM hall WHERE id = ${top.id}::uuid
          UNION ALL SELECT hall.id, below.path || hall.code::text FROM hall JOIN below ON hall.parent_id = below.id)
        SELECT id FROM below ORDER BY path`,
  );
  const halls = await em.find(Hall, { id: { $in: rows.map((row) => row.id) } });
  const byId = new Map(halls.map((hall) => [hall.id, hall]));
  return rows.map((row) => byId.get(row.id)!);
}

/**
 * A district's set-up as JSON (configuration-format.ts): the hall, the halls below it, their
 * services, counters, hours and calendar, and the staff of those halls, without passwords.
 */
export async function exportConfiguration(em: EntityManager, actor: Actor, hallId: string): Promise<string> {
  const top = await hallToAdminister(em, actor, hallId);
  const halls = await hallTreeOf(em, top);
  const hallIds = halls.map((hall) => hall.id);
  const codeOf = new Map(halls.map((hall) => [hall.id, hall.code]));
  const services = await em.find(Service, { hall: { $in: hallIds } }, { orderBy: { code: 'asc' } });
  const counters = await em.find(Counter, { hall: { $in: hallIds } }, { populate: ['services'] });
  const exceptions = await em.find(
    CalendarExceptionRecord,
    { hall: { $in: hallIds } },
    { orderBy: { date: 'asc' } },
  );
  // The district's clerks and managers; administrators belong to the installation, not to a district.
  const staff = (
    await em.find(Staff, { halls: { $in: hallIds } }, { populate: ['halls'], orderBy: { username: 'asc' } })
  ).filter((member) => member.role !== Role.ADMIN);
  const serviceCodeOf = new Map(services.map((service) => [service.id, service.code]));

  const hallConfigurations = halls.map((hall): HallConfiguration => ({
    code: hall.code,
    parentCode: hall.id === top.id ? null : (codeOf.get(hall.parent!.id) ?? null),
    name: hall.name,
    nameEn: hall.nameEn,
    names: namesOf(hall),
    languages: hall.languages,
    timezone: hall.timezone,
    targetWaitMinutes: hall.targetWaitMinutes,
    maxRecalls: hall.maxRecalls,
    active: hall.active,
    weeklyHours: hall.weeklyHours,
    calendarExceptions: exceptions
      .filter((exception) => exception.hall.id === hall.id)
      .map((exception) => ({ date: exception.date, periods: exception.periods, note: exception.note })),
    services: services
      .filter((service) => service.hall.id === hall.id)
      .map((service) => ({
        code: service.code,
        name: service.name,
        nameEn: service.nameEn,
        names: namesOf(service),
        prefix: service.prefix,
        targetWaitMinutes: service.targetWaitMinutes,
        dailyQuota: service.dailyQuota,
        active: service.active,
        queueAlertThreshold: service.queueAlertThreshold,
        lastIssueMinutesBeforeClose: service.lastIssueMinutesBeforeClose,
        weeklyHours: service.weeklyHours,
        // Null when never set: importing it then leaves the target's settings alone.
        appointmentSettings:
          Object.keys(service.appointmentSettings).length === 0
            ? null
            : appointmentSettingsOf(service.appointmentSettings),
        remoteJoinSettings:
          Object.keys(service.remoteJoinSettings).length === 0
            ? null
            : remoteJoinSettingsOf(service.remoteJoinSettings),
      })),
    counters: counters
      .filter((counter) => counter.hall.id === hall.id)
      .sort((left, right) => compareLabels(left.label, right.label))
      .map((counter) => ({
        label: counter.label,
        services: counter.services
          .getItems()
          .map((served) => ({ serviceCode: serviceCodeOf.get(served.service.id)!, rank: served.rank }))
          .sort((left, right) => left.rank - right.rank || left.serviceCode.localeCompare(right.serviceCode)),
      })),
  }));
  const configuration: DistrictConfiguration = {
    format: configurationFormat,
    version: configurationVersion,
    halls: hallConfigurations,
    staff: staff.map((member) => ({
      username: member.username,
      displayName: member.displayName,
      role: member.role,
      active: member.active,
      hallCodes: member.halls
        .getItems()
        .filter((hall) => codeOf.has(hall.id))
        .map((hall) => hall.code)
        .sort(),
    })),
  };
  return `${JSON.stringify(configuration, null, 2)}\n`;
}
