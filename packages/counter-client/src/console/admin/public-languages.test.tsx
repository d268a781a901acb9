import { describeInputProblem } from '@onestop/shared';
import { errorResponse } from '@onestop/shared/testing';
import { eventually, typeInto } from '@onestop/shared/testing/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { localeStorageKey } from '../../locale/locale';
import { adminAppForEachTest, find, testDistrictHall, testService } from './admin-test-harness';

// Issue 18, item 1, as an administrator uses it: a hall's public languages in order, and the
// names of the hall and of its services in each, with the missing ones shown.

const mongolianHallName = 'ᠴᠢᠩᠰᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ';
const mongolianSocialSecurity = 'ᠨᠡᠢᠭᠡᠮ ᠦᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠯᠲᠠ';

const district = testDistrictHall;

const socialSecurity = testService('social-security', 'A', [
  { lang: 'mn-Mong', text: mongolianSocialSecurity },
  { lang: 'zh-CN', text: '社会保障' },
  { lang: 'en', text: 'Social Security' },
]);
const businessLicence = testService('business-licence', 'B', [
  { lang: 'zh-CN', text: '企业开办' },
  { lang: 'en', text: 'Business Registration' },
]);
const residence = testService('residence', 'C', [{ lang: 'zh-CN', text: '居住证' }]);

function buttonLabelled(container: ParentNode, label: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (each) => (each.getAttribute('aria-label') ?? each.textContent) === label,
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

const listed = (form: ParentNode) =>
  [...form.querySelectorAll<HTMLElement>('.language-list li')].map((item) => item.dataset['lang']);
const missingTags = (container: ParentNode) =>
  [...container.querySelectorAll('.missing-name')].map((tag) => tag.textContent);

async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

async function submit(form: HTMLFormElement): Promise<void> {
  await act(async () => form.requestSubmit());
}

const { open } = adminAppForEachTest();

describe("a hall's public languages and names", () => {
  it('puts Mongolian first, names the hall in it, and sends the whole ordered lists', async () => {
    let saved = district;
    const { container, sent } = await open(`/admin?tab=hall&hall=${district.id}`, {
      ConsoleHalls: () => ({ data: { halls: [saved] } }),
      ConsoleUpdateHall: ({ variables }) => {
        const input = variables['input'] as Pick<typeof district, 'languages' | 'names'>;
        saved = { ...district, ...input };
        return { data: { updateHall: saved } };
      },
    });
    await eventually(() => expect(container.querySelector('form[data-form="hall-settings"]')).not.toBeNull());
    const form = find<HTMLFormElement>(container, 'form[data-form="hall-settings"]');
    expect(listed(form)).toEqual(['zh-CN', 'en']);
    expect(find<HTMLInputElement>(form, 'input[name="names.zh-CN"]').value).toBe(district.name);
    expect(find<HTMLInputElement>(form, 'input[name="names.en"]').value).toBe(district.nameEn);
    expect(missingTags(form)).toEqual([]);

    // Only the language not shown yet can be added; once added, its missing name is tagged.
    const toAdd = find<HTMLSelectElement>(form, 'select[name="languageToAdd"]');
    expect([...toAdd.options].map((option) => option.value)).toEqual(['mn-Mong']);
    await click(buttonLabelled(form, '添加语言'));
    expect(listed(form)).toEqual(['zh-CN', 'en', 'mn-Mong']);
    expect(form.querySelector('select[name="languageToAdd"]')).toBeNull();
    expect(missingTags(form)).toEqual(['缺少蒙古文名称']);
    const mongolian = find<HTMLInputElement>(form, 'input[name="names.mn-Mong"]');
    expect(mongolian.getAttribute('lang')).toBe('mn-Mong');

    // Mongolian comes first on the public signs of Inner Mongolia.
    await click(buttonLabelled(form, '上移：蒙古文'));
    await click(buttonLabelled(form, '上移：蒙古文'));
    expect(listed(form)).toEqual(['mn-Mong', 'zh-CN', 'en']);
    expect(buttonLabelled(form, '上移：蒙古文').disabled).toBe(true);
    expect(buttonLabelled(form, '下移：英文').disabled).toBe(true);
    // The name fields follow the hall's order.
    expect(
      [...form.querySelectorAll<HTMLElement>('.name-field')].map((field) => field.dataset['lang']),
    ).toEqual(['mn-Mong', 'zh-CN', 'en']);

    typeInto(mongolian, mongolianHallName);
    expect(missingTags(form)).toEqual([]);
    await submit(form);
    await eventually(() => expect(form.textContent).toContain('已保存'));
    expect(sent('ConsoleUpdateHall')).toEqual([
      {
        hallId: district.id,
        input: {
          languages: ['mn-Mong', 'zh-CN', 'en'],
          names: [
            { lang: 'mn-Mong', text: mongolianHallName },
            { lang: 'zh-CN', text: district.name },
            { lang: 'en', text: district.nameEn },
          ],
          timezone: district.timezone,
          targetWaitMinutes: 20,
          maxRecalls: 2,
        },
      },
    ]);
  });

  it('keeps one language at least, and drops a removed one from the names it shows on screens', async () => {
    const { container, sent } = await open(`/admin?tab=hall&hall=${district.id}`, {
      ConsoleHalls: () => ({ data: { halls: [district] } }),
      ConsoleUpdateHall: () => ({ data: { updateHall: district } }),
    });
    await eventually(() => expect(container.querySelector('form[data-form="hall-settings"]')).not.toBeNull());
    const form = find<HTMLFormElement>(container, 'form[data-form="hall-settings"]');
    await click(buttonLabelled(form, '移除：英文'));
    expect(listed(form)).toEqual(['zh-CN']);
    expect(buttonLabelled(form, '移除：中文').disabled).toBe(true);
    // The English name stays for the staff apps, said to be off the public screens.
    expect(find(form, '.name-field[data-lang="en"]').textContent).toContain('不在公众屏显示');
    await submit(form);
    await eventually(() => expect(sent('ConsoleUpdateHall')).toHaveLength(1));
    expect(sent('ConsoleUpdateHall')[0]?.['input']).toMatchObject({
      languages: ['zh-CN'],
      names: [
        { lang: 'zh-CN', text: district.name },
        { lang: 'en', text: district.nameEn },
      ],
    });
  });

  it("shows the server's refusal of a name at that language's field", async () => {
    const { container } = await open(`/admin?tab=hall&hall=${district.id}`, {
      ConsoleHalls: () => ({
        data: { halls: [{ ...district, languages: ['mn-Mong', 'zh-CN'] }] },
      }),
      // The names are sent without the empty ones: the second sent is the Chinese one.
      ConsoleUpdateHall: () =>
        errorResponse('BAD_USER_INPUT', '字段 names[1].text 不能为空', {
          field: 'names[1].text',
          problem: { kind: 'required' },
        }),
    });
    await eventually(() => expect(container.querySelector('form[data-form="hall-settings"]')).not.toBeNull());
    const form = find<HTMLFormElement>(container, 'form[data-form="hall-settings"]');
    typeInto(find(form, 'input[name="names.mn-Mong"]'), mongolianHallName);
    typeInto(find(form, 'input[name="names.zh-CN"]'), '');
    await submit(form);
    await eventually(() => expect(form.querySelector('.field-error')).not.toBeNull());
    // Next to the field, only what was wrong: its label says which name.
    expect(find(form, '.field-error').textContent).toBe(describeInputProblem('zh-CN', { kind: 'required' }));
    expect(find(form, 'input[name="names.zh-CN"]').getAttribute('aria-invalid')).toBe('true');
    expect(find(form, 'input[name="names.zh-CN"]').getAttribute('aria-describedby')).toBe(
      'hall-settings-names.zh-CN-error',
    );
    expect(find(form, 'input[name="names.mn-Mong"]').getAttribute('aria-invalid')).toBe('false');
    // An empty Chinese name is refused, not tagged missing: every other language falls back to it.
    expect(missingTags(form)).toEqual([]);
  });
});

describe("the services' names", () => {
  const hallSetup = {
    data: {
      hall: {
        ...district,
        languages: ['mn-Mong', 'zh-CN', 'en'],
        services: [socialSecurity, businessLicence, residence],
        counters: [],
      },
    },
  };

  it('counts and tags the services without a name in a language of the hall', async () => {
    const { container } = await open(`/admin?tab=services&hall=${district.id}`, {
      ConsoleHalls: () => ({ data: { halls: [district] } }),
      ConsoleHallSetup: () => hallSetup,
    });
    await eventually(() => expect(container.querySelector('table tbody tr')).not.toBeNull());
    expect(find(container, '.missing-names-count').textContent).toBe(
      '2 项业务缺少公众屏语言的名称（公众屏以中文名称代替）。',
    );
    const rows = [...container.querySelectorAll('table tbody tr')];
    expect(rows.map((row) => missingTags(row))).toEqual([
      [],
      ['缺少蒙古文名称'],
      ['缺少蒙古文名称', '缺少英文名称'],
    ]);
  });

  it('edits a service’s name in each language and sends them with name and nameEn', async () => {
    const { container, sent } = await open(`/admin?tab=services&hall=${district.id}`, {
      ConsoleHalls: () => ({ data: { halls: [district] } }),
      ConsoleHallSetup: () => hallSetup,
      ConsoleUpdateService: () => ({ data: { updateService: { id: businessLicence.id } } }),
    });
    await eventually(() => expect(container.querySelector('table tbody tr')).not.toBeNull());
    const row = [...container.querySelectorAll('table tbody tr')][1]!;
    await click(buttonLabelled(row, '编辑'));
    const form = find<HTMLFormElement>(container, 'form[data-form="service"]');
    expect(
      [...form.querySelectorAll<HTMLElement>('.name-field')].map((field) => field.dataset['lang']),
    ).toEqual(['mn-Mong', 'zh-CN', 'en']);
    expect(missingTags(form)).toEqual(['缺少蒙古文名称']);
    typeInto(find(form, 'input[name="names.mn-Mong"]'), 'ᠠᠵᠢᠯ ᠠᠬᠤᠢ');
    expect(missingTags(form)).toEqual([]);
    await submit(form);
    await eventually(() => expect(sent('ConsoleUpdateService')).toHaveLength(1));
    expect(sent('ConsoleUpdateService')[0]).toEqual({
      serviceId: businessLicence.id,
      input: {
        code: businessLicence.code,
        prefix: 'B',
        name: '企业开办',
        nameEn: 'Business Registration',
        names: [
          { lang: 'mn-Mong', text: 'ᠠᠵᠢᠯ ᠠᠬᠤᠢ' },
          { lang: 'zh-CN', text: '企业开办' },
          { lang: 'en', text: 'Business Registration' },
        ],
        targetWaitMinutes: 20,
        dailyQuota: null,
        queueAlertThreshold: 30,
        lastIssueMinutesBeforeClose: 0,
        active: true,
      },
    });
  });

  it('says what is missing in English for an English-speaking administrator', async () => {
    localStorage.setItem(localeStorageKey, 'en');
    const { container } = await open(`/admin?tab=services&hall=${district.id}`, {
      ConsoleHalls: () => ({ data: { halls: [district] } }),
      ConsoleHallSetup: () => hallSetup,
    });
    await eventually(() => expect(container.querySelector('table tbody tr')).not.toBeNull());
    expect(missingTags([...container.querySelectorAll('table tbody tr')][1]!)).toEqual([
      'Mongolian name missing',
    ]);
    const form = find<HTMLFormElement>(container, 'form[data-form="service"]');
    expect(find(form, '.name-field[data-lang="mn-Mong"]').textContent).toContain('Name (Mongolian)');
  });
});

describe('the district tree', () => {
  it('tags each hall lacking a name in its own languages, and counts them', async () => {
    const street = {
      ...district,
      id: 'hall-xj',
      code: 'QS-XJ',
      name: '西街街道便民服务中心',
      nameEn: null,
      languages: ['mn-Mong', 'zh-CN'],
      names: [{ lang: 'zh-CN', text: '西街街道便民服务中心' }],
      parent: { id: district.id },
    };
    const { container } = await open(`/admin?tab=district&hall=${district.id}`, {
      ConsoleHalls: () => ({ data: { halls: [district, street] } }),
    });
    await eventually(() => expect(container.querySelector('li[data-hall="QS-XJ"]')).not.toBeNull());
    expect(missingTags(find(container, 'li[data-hall="QS"] > .district-hall'))).toEqual([]);
    // Its English name is no public one: only Mongolian is missing.
    expect(missingTags(find(container, 'li[data-hall="QS-XJ"] > .district-hall'))).toEqual([
      '缺少蒙古文名称',
    ]);
    expect(find(container, '.missing-names-count').textContent).toBe(
      '1 个大厅缺少其公众屏语言的名称（公众屏以中文名称代替）。',
    );
  });
});
