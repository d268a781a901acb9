import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../common/domain-error.js';
import { withUniqueFields } from '../../common/unique.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { generatePassword, hashPassword } from '../auth/secrets.js';
import { CalendarExceptionRecord } from '../calendar/calendar-exception.entity.js';
import { Counter, CounterService } from '../counters/counter.entity.js';
import { isSelfOrBelow, lockHallTree, parentFor } from '../halls/hall-tree.service.js';
import { Hall } from '../halls/hall.entity.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { requireStaffAdministration } from '../staff/staff.service.js';
import {
  parseConfiguration,
  type CounterConfiguration,
  type HallConfiguration,
  type ServiceConfiguration,
  type StaffConfiguration,
} from './configuration-format.js';

/** Writes only what differs, so importing the same file again changes nothing. */
function assignChanged<T extends object>(em: EntityManager, entity: T, values: Partial<T>): void {
  const changed = Object.entries(values).filter(
    ([key, value]) => JSON.stringify((entity as Record<string, unknown>)[key]) !== JSON.stringify(value),
  );
  if (changed.length > 0) em.assign(entity, Object.fromEntries(changed) as never);
}

/** The hall of the file's entry: found by code (the caller must administer it) or made new. */
async function upsertHall(
  em: EntityManager,
  actor: Actor,
  entry: HallConfiguration,
  parent: Hall | null,
  keepParent: boolean,
  field: string,
): Promise<Hall> {
  const values = {
    name: entry.name,
    nameEn: entry.nameEn,
    names: entry.names,
    languages: entry.languages,
    timezone: entry.timezone,
    targetWaitMinutes: entry.targetWaitMinutes,
    maxRecalls: entry.maxRecalls,
    active: entry.active,
    weeklyHours: entry.weeklyHours,
  };
  const existing = await em.findOne(Hall, { code: entry.code });
  if (!existing) return em.create(Hall, { code: entry.code, ...values, parent });
  await requireHall(actor, existing.id, 'administerHall');
  if (!keepParent && (existing.parent?.id ?? null) !== (parent?.id ?? null)) {
    if (parent && (await isSelfOrBelow(em, existing.id, parent.id))) {
      throw badInput(`${field}.parentCode`, { kind: 'cycle' });
    }
    existing.parent = parent ? em.getReference(Hall, parent.id, { wrapped: true }) : null;
  }
  assignChanged(em, existing, values);
  return existing;
}

async function upsertServices(
  em: EntityManager,
  hall: Hall,
  entries: readonly ServiceConfiguration[],
  field: string,
): Promise<Map<string, Service>> {
  const existing = await em.find(Service, { hall: hall.id });
  const byCode = new Map(existing.map((service) => [service.code, service]));
  for (const [index, entry] of entries.entries()) {
    const holder = existing.find((service) => service.prefix === entry.prefix && service.code !== entry.code);
    // Another service of the hall keeps this prefix: the file and the hall disagree.
    if (holder) throw badInput(`${field}.services[${index}].prefix`, { kind: 'taken' });
    const service = byCode.get(entry.code);
    // Settings the file does not hold (never set where it was exported) stay as they are.
    const { appointmentSettings, remoteJoinSettings, ...values } = entry;
    const given = {
      ...values,
      ...(appointmentSettings ? { appointmentSettings } : {}),
      ...(remoteJoinSettings ? { remoteJoinSettings } : {}),
    };
    if (service) assignChanged(em, service, given);
    else byCode.set(entry.code, em.create(Service, { hall, ...given }));
  }
  return byCode;
}

async function upsertCounters(
  em: EntityManager,
  hall: Hall,
  entries: readonly CounterConfiguration[],
  services: ReadonlyMap<string, Service>,
): Promise<void> {
  const existing = await em.find(Counter, { hall: hall.id }, { populate: ['services'] });
  for (const entry of entries) {
    const counter: Counter =
      existing.find((candidate) => candidate.label === entry.label) ??
      em.create(Counter, { hall, label: entry.label });
    const wanted = entry.services
      .map((served) => `${services.get(served.serviceCode)!.id}:${served.rank}`)
      .sort()
      .join(',');
    const current = counter.services
      .getItems()
      .map((served) => `${served.service.id}:${served.rank}`)
      .sort()
      .join(',');
    if (wanted === current) continue;
    for (const served of counter.services.getItems()) em.remove(served);
    for (const served of entry.services) {
      em.create(CounterService, { counter, service: services.get(served.serviceCode)!, rank: served.rank });
    }
  }
}

/** Makes the hall's exceptions those of the file: a date the file no longer has is removed. */
async function replaceExceptions(em: EntityManager, hall: Hall, entry: HallConfiguration): Promise<void> {
  const existing = await em.find(CalendarExceptionRecord, { hall: hall.id });
  const wanted = new Map(entry.calendarExceptions.map((exception) => [exception.date, exception]));
  for (const record of existing) {
    const exception = wanted.get(record.date);
    if (!exception) em.remove(record);
    else assignChanged(em, record, { periods: [...exception.periods], note: exception.note });
    wanted.delete(record.date);
  }
  for (const exception of wanted.values()) {
    em.create(CalendarExceptionRecord, {
      hall,
      date: exception.date,
      periods: [...exception.periods],
      note: exception.note,
    });
  }
}

/**
 * The file's staff: found by username or made new without a usable password (an administrator
 * sets one). Their halls inside the file become the file's; halls outside it are kept.
 */
async function upsertStaff(
  em: EntityManager,
  actor: Actor,
  entries: readonly StaffConfiguration[],
  hallsByCode: ReadonlyMap<string, Hall>,
): Promise<void> {
  const fileHallIds = new Set([...hallsByCode.values()].map((hall) => hall.id));
  for (const entry of entries) {
    const halls = entry.hallCodes.map((code) => hallsByCode.get(code)!);
    const existing = await em.findOne(Staff, { username: entry.username }, { populate: ['halls'] });
    // Every hall of the file is one the caller administers (upsertHall and parentFor checked), so
    // only the role is left to check: a MANAGER gives no ADMIN role.
    await requireStaffAdministration(actor, entry.role, []);
    if (!existing) {
      const staff = em.create(Staff, {
        username: entry.username,
        displayName: entry.displayName,
        role: entry.role,
        active: entry.active,
        passwordHash: await hashPassword(generatePassword()),
      });
      staff.halls.set(halls);
      continue;
    }
    await requireStaffAdministration(
      actor,
      existing.role,
      existing.halls.getItems().map((hall) => hall.id),
    );
    assignChanged(em, existing, { displayName: entry.displayName, role: entry.role, active: entry.active });
    const kept = existing.halls.getItems().filter((hall) => !fileHallIds.has(hall.id));
    const wanted = [...kept, ...halls];
    const current = existing.halls.getItems();
    const same =
      wanted.length === current.length && wanted.every((hall) => current.some((held) => held.id === hall.id));
    if (!same) existing.halls.set(wanted);
  }
}

/**
 * Creates or updates halls, services, counters, hours, calendar and staff from
 * exportConfiguration's JSON, all or nothing. The file's top hall goes below `parentId` when given
 * (else it keeps its place, or becomes a top hall: ADMIN only). Importing a file twice changes
 * nothing the second time.
 */
export async function importConfiguration(
  em: EntityManager,
  actor: Actor,
  request: { parentId: string | null; configuration: string },
): Promise<Hall[]> {
  requireRight(actor, 'administerHall');
  if (request.configuration.length > 20_000_000) {
    throw badInput('configuration', { kind: 'tooLong', max: 20_000_000 });
  }
  const configuration = parseConfiguration(request.configuration);
  return await withUniqueFields(
    () =>
      em.transactional(async (transaction) => {
        await lockHallTree(transaction);
        const [top] = configuration.halls;
        const topExisting = await transaction.findOne(Hall, { code: top!.code });
        // The top keeps its place when no parent is given and it exists; otherwise it needs one.
        const keepTopParent = request.parentId == null && topExisting !== null;
        const topParent = keepTopParent ? null : await parentFor(transaction, actor, request.parentId);
        const hallsByCode = new Map<string, Hall>();
        for (const [index, entry] of configuration.halls.entries()) {
          const field = `configuration.halls[${index}]`;
          const parent = entry.parentCode === null ? topParent : hallsByCode.get(entry.parentCode)!;
          const hall = await upsertHall(
            transaction,
            actor,
            entry,
            parent,
            index === 0 && keepTopParent,
            field,
          );
          hallsByCode.set(entry.code, hall);
          const services = await upsertServices(transaction, hall, entry.services, field);
          await upsertCounters(transaction, hall, entry.counters, services);
          await replaceExceptions(transaction, hall, entry);
        }
        // New halls must exist before staff refer to them, and the staff checks read the tree.
        await transaction.flush();
        await upsertStaff(transaction, actor, configuration.staff, hallsByCode);
        return [...hallsByCode.values()];
      }),
    { code: 'configuration', prefix: 'configuration', label: 'configuration', username: 'configuration' },
  );
}
