import pg from 'pg';
import type { GraphQLResponse } from '../support/test-app.js';

/** What a kiosk's issueTicket answered, and how long it took. */
export interface IssueOutcome {
  ticketId: string | null;
  number: string | null;
  /** extensions.code of the first error, or 'NETWORK' when no GraphQL answer came back at all. */
  errorCode: string | null;
  errors: GraphQLResponse['errors'];
  startedAt: number;
  durationMs: number;
}

export const issueMutation =
  'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { id number } } }';

export type IssueData = { issueTicket: { accessCode: string; ticket: { id: string; number: string } } };

/** POSTs issueTicket as a kiosk; a refused connection or a cut response is an outcome, not a throw. */
export async function issueOnce(
  baseUrl: string,
  kioskToken: string,
  input: Record<string, unknown>,
  timeoutMs = 10_000,
): Promise<IssueOutcome> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en',
        authorization: `Bearer ${kioskToken}`,
      },
      body: JSON.stringify({ query: issueMutation, variables: { input } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as GraphQLResponse<IssueData>;
    const ticket = body.data?.issueTicket.ticket ?? null;
    return {
      ticketId: ticket?.id ?? null,
      number: ticket?.number ?? null,
      errorCode: ticket ? null : String(body.errors?.[0]?.extensions?.code ?? 'NO_CODE'),
      errors: body.errors,
      startedAt,
      durationMs: Date.now() - startedAt,
    };
  } catch {
    return {
      ticketId: null,
      number: null,
      errorCode: 'NETWORK',
      errors: undefined,
      startedAt,
      durationMs: Date.now() - startedAt,
    };
  }
}

/**
 * `workers` kiosks issuing one after another until `stop()` or `maxRequests` in all: a bounded
 * load on 127.0.0.1. Every outcome is kept, in the order the answers came.
 */
export function startIssueLoad(options: {
  baseUrl: () => string;
  kioskToken: string;
  input: (index: number) => Record<string, unknown>;
  workers: number;
  maxRequests: number;
}): { outcomes: IssueOutcome[]; stop: () => Promise<void> } {
  const outcomes: IssueOutcome[] = [];
  let stopped = false;
  let sent = 0;
  const worker = async (): Promise<void> => {
    while (!stopped && sent < options.maxRequests) {
      const index = sent;
      sent += 1;
      const outcome = await issueOnce(options.baseUrl(), options.kioskToken, options.input(index));
      outcomes.push(outcome);
      // A refused connection answers at once: give the event loop a breath instead of spinning.
      if (outcome.errorCode === 'NETWORK') await new Promise((resolveWait) => setTimeout(resolveWait, 20));
    }
  };
  const running = Promise.all(Array.from({ length: options.workers }, () => worker()));
  return {
    outcomes,
    async stop() {
      stopped = true;
      await running;
    },
  };
}

export interface IntegrityReport {
  tickets: number;
  /** Acknowledged tickets the database does not have. */
  lostTickets: string[];
  /** Tickets without a segment, or without exactly one TICKET_ISSUED event. */
  halfWritten: string[];
  /** (prefix, day) numberings that are not exactly 1…n, or disagree with their sequence row. */
  brokenNumberings: string[];
  /** Halls whose events are not exactly seq 1…last_event_seq. */
  brokenEventLogs: string[];
}

/** Reads the database directly: every acknowledged ticket there, each whole, numbers and seqs gapless. */
export async function checkIntegrity(
  databaseUrl: string,
  acknowledgedTicketIds: string[],
): Promise<IntegrityReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tickets = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM ticket');
    const present = await client.query<{ id: string }>('SELECT id FROM ticket WHERE id = ANY($1::uuid[])', [
      acknowledgedTicketIds,
    ]);
    const presentIds = new Set(present.rows.map((row) => row.id));
    const halfWritten = await client.query<{ id: string }>(
      `SELECT t.id FROM ticket t
       WHERE NOT EXISTS (SELECT 1 FROM segment s WHERE s.ticket_id = t.id)
          OR (SELECT count(*) FROM hall_event e WHERE e.ticket_id = t.id AND e.type = 'TICKET_ISSUED') <> 1`,
    );
    const numberings = await client.query<{ key: string }>(
      `SELECT t.hall_id || ' ' || t.prefix || ' ' || t.service_day AS key
       FROM ticket t
       LEFT JOIN ticket_number_sequence n
         ON n.hall_id = t.hall_id AND n.prefix = t.prefix AND n.service_day = t.service_day
       GROUP BY t.hall_id, t.prefix, t.service_day, n.last_number
       HAVING min(t.sequence) <> 1 OR max(t.sequence) <> count(*)
           OR count(DISTINCT t.sequence) <> count(*) OR n.last_number IS DISTINCT FROM count(*)::int`,
    );
    const eventLogs = await client.query<{ id: string }>(
      `SELECT h.id FROM hall h LEFT JOIN hall_event e ON e.hall_id = h.id
       GROUP BY h.id, h.last_event_seq
       HAVING count(e.seq) <> h.last_event_seq
           OR coalesce(max(e.seq), 0) <> h.last_event_seq
           OR count(DISTINCT e.seq) <> count(e.seq)`,
    );
    return {
      tickets: tickets.rows[0]!.count,
      lostTickets: acknowledgedTicketIds.filter((id) => !presentIds.has(id)),
      halfWritten: halfWritten.rows.map((row) => row.id),
      brokenNumberings: numberings.rows.map((row) => row.key),
      brokenEventLogs: eventLogs.rows.map((row) => row.id),
    };
  } finally {
    await client.end();
  }
}

/** One GraphQL POST; null when no answer came back (the server died, the connection was refused). */
export async function postGraphQL<Data>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
  timeoutMs = 10_000,
): Promise<GraphQLResponse<Data> | null> {
  try {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return (await response.json()) as GraphQLResponse<Data>;
  } catch {
    return null;
  }
}
