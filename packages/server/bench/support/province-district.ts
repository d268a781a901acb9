import pg from 'pg';
import { seededRandom } from '../../src/common/seeded-random.js';
import { hashToken, newToken } from '../../src/modules/auth/secrets.js';

/**
 * A generated province for the province benchmark: thousands of halls of skewed sizes, written
 * straight into the database (through the API, 2,000 halls and their 20,000 counters would take
 * the setup minutes). Each hall is a copy of the demo's round-the-clock hall (QS) — its hours, its
 * services by prefix — with its own counters (OPEN, held by the hall's clerk), one kiosk, one
 * display device and one clerk session, exactly the rows the API would have written.
 */
export interface ProvinceHall {
  id: string;
  code: string;
  counterIds: string[];
  serviceIds: string[];
  kioskToken: string;
  displayToken: string;
  clerkToken: string;
  /** WebSocket displays following the hall: its wall display, and a screen per counter in large halls. */
  displays: number;
}

export interface ProvincePlan {
  halls: number;
  displays: number;
  seed: number;
}

/**
 * Counters per hall, skewed as a province's halls are: most township and street halls have
 * 3–10 windows, about one in twenty a district centre's 11–59, one in fifty a city centre's 60–200.
 */
export function provinceHallSizes(plan: ProvincePlan): number[] {
  const random = seededRandom(plan.seed);
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  return Array.from({ length: plan.halls }, () => {
    const draw = random();
    if (draw < 0.02) return between(60, 200);
    if (draw < 0.07) return between(11, 59);
    // Small halls: more of 3–6 than of 7–10.
    return random() < 0.65 ? between(3, 6) : between(7, 10);
  });
}

/**
 * Displays per hall: a wall display in every hall, then a screen above each counter of the largest
 * halls, largest first, until `total` displays (the last such hall may get fewer screens).
 */
export function provinceDisplays(sizes: readonly number[], total: number): number[] {
  const displays = sizes.map(() => 1);
  let remaining = Math.max(0, total - sizes.length);
  const largestFirst = sizes.map((size, index) => ({ size, index })).sort((a, b) => b.size - a.size);
  for (const { size, index } of largestFirst) {
    if (remaining === 0) break;
    const screens = Math.min(size, remaining);
    displays[index]! += screens;
    remaining -= screens;
  }
  return displays;
}

/** Writes the province into the database at `databaseUrl` (migrated, demo seeded). */
export async function seedProvince(databaseUrl: string, plan: ProvincePlan): Promise<ProvinceHall[]> {
  const sizes = provinceHallSizes(plan);
  const displays = provinceDisplays(sizes, plan.displays);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const template = await client.query<{ id: string; password_hash: string }>(
      `SELECT h.id, (SELECT password_hash FROM staff WHERE role = 'CLERK' LIMIT 1) AS password_hash
         FROM hall h WHERE h.code = 'QS'`,
    );
    const { id: templateId, password_hash: passwordHash } = template.rows[0]!;
    const codes = sizes.map((_, index) => `P${String(index + 1).padStart(4, '0')}`);
    const hallIds = (
      await client.query<{ id: string; code: string }>(
        `INSERT INTO hall (id, code, name, name_en, timezone, target_wait_minutes, max_recalls, parent_id,
                           created_at, active, weekly_hours, languages, names)
         SELECT gen_random_uuid(), p.code, '省内政务服务厅 ' || p.code, 'Province hall ' || p.code, t.timezone,
                t.target_wait_minutes, t.max_recalls, t.id, now(), true, t.weekly_hours, '["zh-CN","en"]',
                jsonb_build_array(jsonb_build_object('lang', 'zh-CN', 'text', '省内政务服务厅 ' || p.code),
                                  jsonb_build_object('lang', 'en', 'text', 'Province hall ' || p.code))
           FROM unnest($1::text[]) WITH ORDINALITY AS p(code, position), hall t
          WHERE t.id = $2
          ORDER BY position
         RETURNING id, code`,
        [codes, templateId],
      )
    ).rows;
    const idByCode = new Map(hallIds.map((row) => [row.code, row.id]));
    const ids = codes.map((code) => idByCode.get(code)!);
    // Two services in a small hall, four in a district centre, all six in a city centre.
    const serviceCounts = sizes.map((size) => (size >= 60 ? 6 : size > 10 ? 4 : 2));
    const services = await client.query<{ id: string; hall_id: string }>(
      `INSERT INTO service (id, hall_id, code, name, name_en, prefix, target_wait_minutes, active, created_at,
                            prior_service_minutes, queue_alert_threshold, weekly_hours,
                            last_issue_minutes_before_close, names, appointment_settings, remote_join_settings)
       SELECT gen_random_uuid(), h.id, s.code, s.name, s.name_en, s.prefix, s.target_wait_minutes, true, now(),
              s.prior_service_minutes, s.queue_alert_threshold, s.weekly_hours, 0, s.names, '{}', '{}'
         FROM unnest($1::uuid[], $2::int[]) AS h(id, service_count)
         CROSS JOIN LATERAL (SELECT * FROM service WHERE hall_id = $3 AND active ORDER BY prefix
                             LIMIT h.service_count) s
       RETURNING id, hall_id`,
      [ids, serviceCounts, templateId],
    );
    const clerkTokens = ids.map(() => newToken('staff'));
    const staff = await client.query<{ id: string; username: string }>(
      `INSERT INTO staff (id, username, display_name, role, password_hash, active, created_at)
       SELECT gen_random_uuid(), 'p-clerk-' || p.code, '窗口 ' || p.code, 'CLERK', $2, true, now()
         FROM unnest($1::text[]) AS p(code)
       RETURNING id, username`,
      [codes, passwordHash],
    );
    const staffIdByCode = new Map(staff.rows.map((row) => [row.username.slice('p-clerk-'.length), row.id]));
    const staffIds = codes.map((code) => staffIdByCode.get(code)!);
    await client.query(
      `INSERT INTO staff_hall (staff_id, hall_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
      [staffIds, ids],
    );
    await client.query(
      `INSERT INTO staff_session (id, staff_id, token_hash, created_at, expires_at)
       SELECT gen_random_uuid(), staff_id, token_hash, now(), now() + interval '2 days'
         FROM unnest($1::uuid[], $2::text[]) AS s(staff_id, token_hash)`,
      [staffIds, clerkTokens.map(hashToken)],
    );
    const kioskTokens = ids.map(() => newToken('device'));
    const displayTokens = ids.map(() => newToken('device'));
    await client.query(
      `INSERT INTO device (id, hall_id, role, name, token_hash, created_at)
       SELECT gen_random_uuid(), hall_id, role, name, token_hash, now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS d(hall_id, role, name, token_hash)`,
      [
        [...ids, ...ids],
        [...ids.map(() => 'KIOSK'), ...ids.map(() => 'DISPLAY')],
        [...ids.map(() => '取号机 · Kiosk'), ...ids.map(() => '大厅屏 · Displays')],
        [...kioskTokens.map(hashToken), ...displayTokens.map(hashToken)],
      ],
    );
    const counterHallIds: string[] = [];
    const counterLabels: string[] = [];
    const counterStaffIds: string[] = [];
    sizes.forEach((size, hall) => {
      for (let counter = 1; counter <= size; counter += 1) {
        counterHallIds.push(ids[hall]!);
        counterLabels.push(String(counter).padStart(3, '0'));
        counterStaffIds.push(staffIds[hall]!);
      }
    });
    const counters = await client.query<{ id: string; hall_id: string; label: string }>(
      `INSERT INTO counter (id, hall_id, label, status, staff_id, created_at)
       SELECT gen_random_uuid(), hall_id, label, 'OPEN', staff_id, now()
         FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS c(hall_id, label, staff_id)
       RETURNING id, hall_id, label`,
      [counterHallIds, counterLabels, counterStaffIds],
    );
    // Every counter serves every service of its hall, in prefix order.
    await client.query(
      `INSERT INTO counter_service (counter_id, service_id, rank)
       SELECT c.id, s.id, row_number() OVER (PARTITION BY c.id ORDER BY s.prefix)
         FROM counter c JOIN service s ON s.hall_id = c.hall_id
        WHERE c.hall_id = ANY($1::uuid[])`,
      [ids],
    );
    await client.query('COMMIT');
    await client.query('VACUUM (ANALYZE)');

    const servicesByHall = groupBy(services.rows, (row) => row.hall_id);
    const countersByHall = groupBy(
      [...counters.rows].sort((a, b) => a.label.localeCompare(b.label)),
      (row) => row.hall_id,
    );
    return ids.map((id, index) => ({
      id,
      code: codes[index]!,
      counterIds: (countersByHall.get(id) ?? []).map((row) => row.id),
      serviceIds: (servicesByHall.get(id) ?? []).map((row) => row.id),
      kioskToken: kioskTokens[index]!,
      displayToken: displayTokens[index]!,
      clerkToken: clerkTokens[index]!,
      displays: displays[index]!,
    }));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

function groupBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
