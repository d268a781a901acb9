import { CounterStatus, Role } from '@onestop/shared';
import { hashPassword } from '../../src/modules/auth/secrets.js';
import { Counter, CounterService } from '../../src/modules/counters/counter.entity.js';
import { Hall } from '../../src/modules/halls/hall.entity.js';
import { Service } from '../../src/modules/services/service.entity.js';
import { Staff } from '../../src/modules/staff/staff.entity.js';
import type { TestApp } from './test-app.js';
import { testAdminPassword } from './test-app.js';

export interface HallFixture {
  hall: Hall;
  services: Service[];
  counters: Counter[];
  /** Bearer tokens: the admin, a clerk of this hall, a kiosk and a display of it. */
  tokens: { admin: string; clerk: string; kiosk: string; display: string };
}

let fixtureNumber = 0;

/**
 * A hall written straight through the ORM: `serviceCount` services (prefixes A, B, C …), and
 * `counterCount` counters that each serve every service, rank 1 for one of them and 2 for the rest.
 * Counters start OPEN when `openCounters` is set.
 */
export async function createHallFixture(
  testApp: TestApp,
  options: { serviceCount?: number; counterCount?: number; openCounters?: boolean; timezone?: string } = {},
): Promise<HallFixture> {
  fixtureNumber += 1;
  const em = testApp.app.orm.em.fork();
  const hall = em.create(Hall, {
    code: `H${fixtureNumber}-${Date.now().toString(36)}`,
    name: `测试大厅 ${fixtureNumber}`,
    timezone: options.timezone ?? 'Asia/Shanghai',
    targetWaitMinutes: 20,
    maxRecalls: 2,
  });
  const services = Array.from({ length: options.serviceCount ?? 3 }, (_, index) =>
    em.create(Service, {
      hall,
      code: `service-${index}`,
      name: `业务 ${index}`,
      prefix: String.fromCharCode(65 + index),
      targetWaitMinutes: 20,
    }),
  );
  const counters = Array.from({ length: options.counterCount ?? 2 }, (_, index) => {
    const counter = em.create(Counter, {
      hall,
      label: String(index + 1),
      status: options.openCounters ? CounterStatus.OPEN : CounterStatus.CLOSED,
    });
    services.forEach((service, serviceIndex) => {
      em.create(CounterService, { counter, service, rank: serviceIndex === index % services.length ? 1 : 2 });
    });
    return counter;
  });
  const clerkName = `clerk${fixtureNumber}`;
  const clerk = em.create(Staff, {
    username: clerkName,
    displayName: `Clerk ${fixtureNumber}`,
    role: Role.CLERK,
    passwordHash: await hashPassword('clerk-password-1'),
  });
  clerk.halls.add(hall);
  await em.flush();

  const admin = await testApp.login('admin', testAdminPassword);
  const deviceToken = async (role: 'KIOSK' | 'DISPLAY'): Promise<string> => {
    const result = await testApp.graphql<{ createDeviceToken: { token: string } }>(
      'mutation($hallId: ID!, $role: Role!) { createDeviceToken(hallId: $hallId, role: $role, name: "device") { token } }',
      { hallId: hall.id, role },
      { token: admin },
    );
    return result.data!.createDeviceToken.token;
  };
  return {
    hall,
    services,
    counters,
    tokens: {
      admin,
      clerk: await testApp.login(clerkName, 'clerk-password-1'),
      kiosk: await deviceToken(Role.KIOSK),
      display: await deviceToken(Role.DISPLAY),
    },
  };
}
