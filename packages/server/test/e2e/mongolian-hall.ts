import type { TestApp } from '../support/test-app.js';

/** A service as the Mongolian screen tests set it up. */
export interface NamedService {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  prefix: string;
  names: { lang: string; text: string }[];
}

/** What {@link showMongolian} sets: the hall's Mongolian name, and by prefix its services' (null: none). */
export interface MongolianNames {
  hall?: string;
  services?: Record<string, string | null>;
}

async function api<Data>(app: TestApp, token: string, query: string, variables: Record<string, unknown>) {
  const result = await app.graphql<Data>(query, variables, { token });
  if (result.errors?.length) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

/**
 * Through the API, as an administrator would: the hall shows Mongolian, Chinese and English, with
 * the Mongolian names given (the others kept). Returns the hall's services as they are then.
 */
export async function showMongolian(
  app: TestApp,
  adminToken: string,
  hallId: string,
  names: MongolianNames = {},
): Promise<NamedService[]> {
  const read = `query($id: ID!) { hall(id: $id) { names { lang text } services { id code name nameEn prefix names { lang text } } } }`;
  const { hall } = await api<{ hall: { names: NamedService['names']; services: NamedService[] } }>(
    app,
    adminToken,
    read,
    { id: hallId },
  );
  const withMongolian = (current: NamedService['names'], text: string | null) => [
    ...current.filter((name) => name.lang !== 'mn-Mong'),
    ...(text === null ? [] : [{ lang: 'mn-Mong', text }]),
  ];
  await api(
    app,
    adminToken,
    'mutation($id: ID!, $input: HallSettingsInput!) { updateHall(hallId: $id, input: $input) { id } }',
    {
      id: hallId,
      input: {
        languages: ['mn-Mong', 'zh-CN', 'en'],
        ...(names.hall === undefined ? {} : { names: withMongolian(hall.names, names.hall) }),
      },
    },
  );
  for (const [prefix, text] of Object.entries(names.services ?? {})) {
    const {
      id,
      code,
      name,
      nameEn,
      names: current,
    } = hall.services.find((service) => service.prefix === prefix)!;
    await api(
      app,
      adminToken,
      'mutation($id: ID!, $input: ServiceInput!) { updateService(serviceId: $id, input: $input) { id } }',
      {
        id,
        input: { code, name, nameEn, prefix, names: withMongolian(current, text) },
      },
    );
  }
  return (await api<{ hall: { services: NamedService[] } }>(app, adminToken, read, { id: hallId })).hall
    .services;
}
