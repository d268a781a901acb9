import { formatTicketNumber } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { runSql, sql } from '../../db/sql.js';
import { ticketNumberSql } from './issue-ticket.sql.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

describe('the ticket number in SQL', () => {
  it('is what formatTicketNumber writes, for every sequence to 100,000 and the largest a day could hold', async () => {
    const rows = await runSql<{ prefix: string; sequence: number; number: string }>(
      testApp.app.orm.em.fork(),
      sql`SELECT prefix, sequence::int, ${ticketNumberSql(sql`prefix`, sql`sequence`)} AS number
          FROM unnest(ARRAY['A', 'GS', 'XYZ']) AS prefixes(prefix),
               (SELECT generate_series(1, 100000) UNION ALL SELECT 2147483647) AS sequences(sequence)`,
    );
    expect(rows).toHaveLength(3 * 100_001);
    const disagreements = rows.filter((row) => row.number !== formatTicketNumber(row.prefix, row.sequence));
    expect(disagreements).toEqual([]);
    expect(rows.find((row) => row.prefix === 'GS' && row.sequence === 1000)?.number).toBe('GS1000');
  });
});
