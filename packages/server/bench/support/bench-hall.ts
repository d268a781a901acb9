import { readDemoCredentials } from '../../src/demo/seed.js';
import { GraphqlHttp } from './graphql-http.js';

/** The demo hall, readied for the benchmarks through the API, as an administrator would. */
export interface BenchHall {
  hallId: string;
  /** The service the bench counters serve (prefix A). */
  serviceId: string;
  /** Every active service of the hall, the bench service first: what a hall's kiosks issue for. */
  serviceIds: string[];
  /** Counters serving `serviceId` at rank 1, all OPEN. */
  counterIds: string[];
  admin: GraphqlHttp;
  kiosk: GraphqlHttp;
  displayToken: string;
}

/**
 * Logs in as the demo admin, adds counters `B01…` serving the demo hall's first service until
 * there are `counterCount` of them, opens them, and returns what the cases need.
 */
export async function prepareBenchHall(
  url: string,
  dataDir: string,
  counterCount: number,
): Promise<BenchHall> {
  const credentials = readDemoCredentials(dataDir);
  if (!credentials) throw new Error('the server did not write the demo credentials');
  const hall = credentials.halls[0]!;
  const kioskToken = credentials.devices.find(
    (device) => device.hallId === hall.id && device.role === 'KIOSK',
  )!.token;
  const displayToken = credentials.devices.find(
    (device) => device.hallId === hall.id && device.role === 'DISPLAY',
  )!.token;
  const anonymous = new GraphqlHttp(url);
  const admin = anonymous.withToken(await anonymous.login('admin', 'bench-password-1'));
  const { hall: setup } = await admin.request<{
    hall: {
      services: { id: string; prefix: string; active: boolean }[];
      counters: { id: string; label: string }[];
    };
  }>('query($id: ID!) { hall(id: $id) { services { id prefix active } counters { id label } } }', {
    id: hall.id,
  });
  const serviceId = setup.services.find((service) => service.prefix === 'A')!.id;
  const serviceIds = [
    serviceId,
    ...setup.services
      .filter((service) => service.active && service.id !== serviceId)
      .map((service) => service.id),
  ];
  const counterIds: string[] = setup.counters
    .filter((counter) => counter.label.startsWith('B'))
    .map((c) => c.id);
  while (counterIds.length < counterCount) {
    const label = `B${String(counterIds.length + 1).padStart(2, '0')}`;
    const { createCounter } = await admin.request<{ createCounter: { id: string } }>(
      'mutation($hallId: ID!, $label: String!) { createCounter(hallId: $hallId, label: $label) { id } }',
      { hallId: hall.id, label },
    );
    await admin.request(
      'mutation($id: ID!, $services: [CounterServiceInput!]!) { setCounterServices(counterId: $id, services: $services) { id } }',
      { id: createCounter.id, services: [{ serviceId, rank: 1 }] },
    );
    counterIds.push(createCounter.id);
  }
  for (const counterId of counterIds.slice(0, counterCount)) {
    await admin
      .request('mutation($id: ID!) { openCounter(counterId: $id) { id } }', { id: counterId })
      .catch(() => undefined); // already open from an earlier case
  }
  return {
    hallId: hall.id,
    serviceId,
    serviceIds,
    counterIds: counterIds.slice(0, counterCount),
    admin,
    kiosk: anonymous.withToken(kioskToken),
    displayToken,
  };
}

const issueMutation =
  'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id number } } }';

/** Issues one ticket at the kiosk, for the bench service unless another is named. */
export async function issueOne(
  hall: BenchHall,
  serviceId: string = hall.serviceId,
): Promise<{ id: string; number: string }> {
  const data = await hall.kiosk.request<{ issueTicket: { ticket: { id: string; number: string } } }>(
    issueMutation,
    { input: { hallId: hall.hallId, serviceId } },
  );
  return data.issueTicket.ticket;
}
