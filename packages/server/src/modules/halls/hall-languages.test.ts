import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectBadUserInput,
  startAdministrationApp,
  tooLong,
  type AdministrationFixture,
} from '../../../test/support/administration-fixture.js';
import type { TestApp } from '../../../test/support/test-app.js';

/**
 * A hall's public languages and the names of halls and services per language: bad input is
 * BAD_USER_INPUT naming the field with nothing written; name / nameEn stay the zh-CN / en entries.
 */

let testApp: TestApp;
let adminToken: string;
let fixture: AdministrationFixture;
beforeAll(async () => {
  ({ testApp, adminToken, fixture } = await startAdministrationApp());
});
afterAll(async () => {
  await testApp?.close();
});

const updateHall = `mutation($hallId: ID!, $input: HallSettingsInput!) {
  updateHall(hallId: $hallId, input: $input) { name nameEn languages names { lang text } } }`;
const updateService = `mutation($serviceId: ID!, $input: ServiceInput!) {
  updateService(serviceId: $serviceId, input: $input) { name nameEn names { lang text } } }`;

describe('languages and names refuse bad input', () => {
  it.each([
    ['an unknown language tag', 'languages[1]', { languages: ['zh-CN', 'mn'] }],
    ['a language twice', 'languages[2]', { languages: ['mn-Mong', 'zh-CN', 'mn-Mong'] }],
    ['no language', 'languages', { languages: [] }],
    [
      'a name in an unknown language',
      'names[1].lang',
      {
        names: [
          { lang: 'zh-CN', text: '大厅' },
          { lang: 'fr', text: 'Salle' },
        ],
      },
    ],
    ['an empty name', 'names[0].text', { names: [{ lang: 'mn-Mong', text: '  ' }] }],
    ['a name over 100 characters', 'names[0].text', { names: [{ lang: 'en', text: tooLong(101) }] }],
    [
      'a language named twice',
      'names[1].lang',
      {
        names: [
          { lang: 'en', text: 'A' },
          { lang: 'en', text: 'B' },
        ],
      },
    ],
  ])('updateHall with %s → BAD_USER_INPUT on %s, nothing written', async (_label, field, input) => {
    await expectBadUserInput(testApp, adminToken, updateHall, { hallId: fixture.hallId, input }, field);
  });

  it('updateService with an empty Mongolian name → BAD_USER_INPUT on names[0].text', async () => {
    await expectBadUserInput(
      testApp,
      adminToken,
      updateService,
      {
        serviceId: fixture.passportServiceId,
        input: { code: 'passport', name: 'Passport', prefix: 'P', names: [{ lang: 'mn-Mong', text: '' }] },
      },
      'names[0].text',
    );
  });
});

describe('names per language', () => {
  it('a hall made before languages shows zh-CN and en, its names taken from name and nameEn', async () => {
    const result = await testApp.graphql<{ hall: { languages: string[]; names: unknown[] } }>(
      'query($id: ID!) { hall(id: $id) { languages names { lang text } } }',
      { id: fixture.otherHallId },
      { token: adminToken },
    );
    expect(result.data?.hall).toEqual({
      languages: ['zh-CN', 'en'],
      names: [{ lang: 'zh-CN', text: 'Other hall' }],
    });
  });

  it('sets the languages in order and a name per language; zh-CN and en stay name and nameEn', async () => {
    const result = await testApp.graphql(
      updateHall,
      {
        hallId: fixture.hallId,
        input: {
          languages: ['mn-Mong', 'zh-CN', 'en'],
          names: [
            { lang: 'mn-Mong', text: 'ᠴᠢᠩ ᠱᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ' },
            { lang: 'zh-CN', text: '青山区政务服务中心' },
            { lang: 'en', text: 'Qingshan Centre' },
          ],
        },
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateHall).toEqual({
      name: '青山区政务服务中心',
      nameEn: 'Qingshan Centre',
      languages: ['mn-Mong', 'zh-CN', 'en'],
      names: [
        { lang: 'zh-CN', text: '青山区政务服务中心' },
        { lang: 'en', text: 'Qingshan Centre' },
        { lang: 'mn-Mong', text: 'ᠴᠢᠩ ᠱᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ' },
      ],
    });
    // Renaming by `name` alone keeps the Mongolian name; names without zh-CN keep the Chinese one.
    const renamed = await testApp.graphql<{ updateHall: { names: { lang: string; text: string }[] } }>(
      updateHall,
      { hallId: fixture.hallId, input: { name: '青山区中心' } },
      { token: adminToken },
    );
    expect(renamed.data?.updateHall.names.map((name) => name.lang)).toEqual(['zh-CN', 'en', 'mn-Mong']);
    const withoutEnglish = await testApp.graphql<{ updateHall: { name: string; nameEn: string | null } }>(
      updateHall,
      { hallId: fixture.hallId, input: { names: [{ lang: 'mn-Mong', text: 'ᠲᠥᠪ' }] } },
      { token: adminToken },
    );
    expect(withoutEnglish.data?.updateHall).toMatchObject({ name: '青山区中心', nameEn: null });
  });

  it('a service keeps its Mongolian name when a form that knows no names saves it', async () => {
    const input = { code: 'visa', name: '签证', nameEn: 'Visa', prefix: 'V' };
    await testApp.graphql(
      updateService,
      {
        serviceId: fixture.visaServiceId,
        input: {
          ...input,
          names: [
            { lang: 'zh-CN', text: '签证' },
            { lang: 'mn-Mong', text: 'ᠸᠢᠽᠠ' },
          ],
        },
      },
      { token: adminToken },
    );
    const saved = await testApp.graphql<{ updateService: unknown }>(
      updateService,
      { serviceId: fixture.visaServiceId, input },
      { token: adminToken },
    );
    expect(saved.data?.updateService).toEqual({
      name: '签证',
      nameEn: 'Visa',
      names: [
        { lang: 'zh-CN', text: '签证' },
        { lang: 'en', text: 'Visa' },
        { lang: 'mn-Mong', text: 'ᠸᠢᠽᠠ' },
      ],
    });
  });
});
