import { resolveDays, serviceDayOf, type CalendarRules } from '@onestop/shared';
import { errorResponse, labelInNameProblems, type OperationHandler } from '@onestop/shared/testing';
import { eventually, typeInto } from '@onestop/shared/testing/react';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { find, adminAppForEachTest } from './admin-test-harness';

// The administration of issue 17 as an administrator uses it: the set-up path of an empty
// installation, the district tree, the week of hours, the month calendar and the .ics import.

const timezone = 'Asia/Shanghai';
const district = {
  id: 'hall-hx',
  code: 'HX',
  name: '河西区政务服务中心',
  nameEn: 'Hexi District Service Centre',
  languages: ['zh-CN', 'en'],
  names: [
    { lang: 'zh-CN', text: '河西区政务服务中心' },
    { lang: 'en', text: 'Hexi District Service Centre' },
  ],
  timezone,
  targetWaitMinutes: 20,
  maxRecalls: 2,
  active: true,
  parent: null,
};
const street = {
  ...district,
  id: 'hall-dj',
  code: 'HX-DJ',
  name: '东街街道便民服务中心',
  nameEn: null,
  names: [{ lang: 'zh-CN', text: '东街街道便民服务中心' }],
  parent: { id: district.id },
};

const lunchBreak = [
  { opens: '09:00', closes: '12:00' },
  { opens: '13:30', closes: '17:30' },
];
const weekdayHours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periods: lunchBreak }));
const today = serviceDayOf(new Date(), timezone);
const holiday = `${today.slice(0, 8)}15`;

/** The Chinese weekday of `date`, as the calendar's date labels spell it. */
function weekdayOf(date: string): string {
  return ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'][
    new Date(`${date}T12:00:00Z`).getUTCDay()
  ]!;
}

/** The hall's calendar as the server resolves it: working days with a lunch break, a holiday on the 15th. */
const calendarHandler: OperationHandler = ({ variables }) => {
  const rules: CalendarRules = {
    timeZone: timezone,
    hallHours: weekdayHours,
    exceptions: [{ date: holiday, periods: [], note: '建馆纪念日' }],
  };
  return { data: { calendar: resolveDays(rules, variables['from'] as string, variables['to'] as string) } };
};

const hallHours = {
  data: {
    hall: {
      id: district.id,
      timezone,
      weeklyHours: weekdayHours,
      services: [
        {
          id: 'service-a',
          prefix: 'A',
          name: '社会保障',
          nameEn: 'Social Security',
          active: true,
          lastIssueMinutesBeforeClose: 30,
          weeklyHours: [],
        },
      ],
    },
  },
};

function buttonNamed(container: ParentNode, label: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((each) => each.textContent === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

async function submit(form: HTMLFormElement): Promise<void> {
  await act(async () => form.requestSubmit());
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const { open } = adminAppForEachTest();

describe('the set-up path of an installation without halls', () => {
  it('creates the district hall at the top, then goes on to its hours and services', async () => {
    let created = false;
    const { container, sent, currentPath } = await open('/admin', {
      ConsoleHalls: () => ({ data: { halls: created ? [district] : [] } }),
      ConsoleCreateHall: () => {
        created = true;
        return { data: { createHall: { id: district.id, code: district.code } } };
      },
      ConsoleHallSetup: () => ({ data: { hall: { ...district, services: [], counters: [] } } }),
      ConsoleHallHours: () => ({
        data: { hall: { id: district.id, timezone, weeklyHours: [], services: [] } },
      }),
      ConsoleCalendar: calendarHandler,
    });
    await eventually(() => expect(container.querySelector('form[data-form="hall"]')).not.toBeNull());
    const form = find<HTMLFormElement>(container, 'form[data-form="hall"]');
    // The district hall has no parent to choose.
    expect(form.querySelector('select[name="parentId"]')).toBeNull();
    expect(find<HTMLInputElement>(form, 'input[name="timezone"]').value).toBe(timezone);
    typeInto(find(form, 'input[name="code"]'), 'HX');
    typeInto(find(form, 'input[name="name"]'), district.name);
    await submit(form);
    // Its hours first: a new hall is open all day until they are set.
    await eventually(() => expect(container.querySelector('form[data-form="week"]')).not.toBeNull());
    expect(find<HTMLInputElement>(container, 'input[value="allDay"]').checked).toBe(true);
    expect(sent('ConsoleCreateHall')).toEqual([
      { input: { code: 'HX', name: district.name, nameEn: null, timezone, parentId: null } },
    ]);
    expect(currentPath()).toBe(`/admin?setup=hours&hall=${district.id}`);
    expect(find(container, '.setup-steps [aria-current="step"]').textContent).toBe('2开放时间');

    // Each step is the tab's own section; the path can be left for the normal tabs at any step.
    await click(buttonNamed(container, '下一步'));
    await eventually(() => expect(container.querySelector('form[data-form="service"]')).not.toBeNull());
    await click(buttonNamed(container, '下一步'));
    await eventually(() => expect(container.querySelector('form[data-form="counter"]')).not.toBeNull());
    await click(buttonNamed(container, '退出向导'));
    await eventually(() => expect(container.querySelector('.console-tabs')).not.toBeNull());
    expect(currentPath()).toBe(`/admin?tab=services&hall=${district.id}`);
  });

  it('tells a manager without halls to wait for one, without a set-up path', async () => {
    const { container } = await open('/admin', {
      Me: () => ({
        data: {
          me: { id: 'manager-1', username: 'wang', displayName: '王经理', role: 'MANAGER', halls: [] },
        },
      }),
      ConsoleHalls: () => ({ data: { halls: [] } }),
    });
    await eventually(() => expect(container.textContent).toContain('您的账号尚未分配大厅。'));
    expect(container.querySelector('form[data-form="hall"]')).toBeNull();
  });
});

describe('the district tree', () => {
  it('shows halls under their parent, and the server’s cycle refusal at the parent field', async () => {
    const { container, sent } = await open(`/admin?tab=district&hall=${district.id}`, {
      ConsoleHalls: () => ({ data: { halls: [district, street] } }),
      ConsoleUpdateHall: () =>
        errorResponse('BAD_USER_INPUT', '字段 parentId 不能是本大厅或其下级大厅', {
          field: 'parentId',
          problem: { kind: 'cycle' },
        }),
    });
    await eventually(() =>
      expect(container.querySelector('li[data-hall="HX"] li[data-hall="HX-DJ"]')).not.toBeNull(),
    );
    await click(buttonNamed(find(container, 'li[data-hall="HX"] > .district-hall'), '改名或移动'));
    const form = find<HTMLFormElement>(container, 'form[data-form="hall-place"]');
    const parent = find<HTMLSelectElement>(form, 'select[name="parentId"]');
    // Every other hall may be chosen (the server decides about cycles), the hall itself not.
    expect([...parent.options].map((option) => option.value)).toEqual(['', street.id]);
    await choose(parent, street.id);
    await submit(form);
    await eventually(() => expect(find(form, '.field-error').textContent).toBe('不能是本大厅或其下级大厅'));
    expect(parent.getAttribute('aria-invalid')).toBe('true');
    expect(sent('ConsoleUpdateHall')).toEqual([
      { hallId: district.id, input: { name: district.name, nameEn: district.nameEn, parentId: street.id } },
    ]);
  });

  it('deactivates a hall only once confirmed, and shows an inactive hall as such', async () => {
    let deactivated = false;
    const { container, sent } = await open(`/admin?tab=district&hall=${district.id}`, {
      ConsoleHalls: () => ({ data: { halls: [district, { ...street, active: !deactivated }] } }),
      ConsoleUpdateHall: () => {
        deactivated = true;
        return { data: { updateHall: { ...street, active: false } } };
      },
    });
    await eventually(() => expect(container.querySelector('li[data-hall="HX-DJ"]')).not.toBeNull());
    const row = () => find(container, 'li[data-hall="HX-DJ"] > .district-hall');
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    await click(buttonNamed(row(), '停用'));
    expect(sent('ConsoleUpdateHall')).toEqual([]);
    await click(buttonNamed(row(), '停用'));
    await eventually(() => expect(row().className).toContain('inactive'));
    expect(confirm.mock.calls[1]?.[0]).toContain('东街街道便民服务中心');
    expect(sent('ConsoleUpdateHall')).toEqual([{ hallId: street.id, input: { active: false } }]);
    expect(find(row(), '.hall-state').textContent).toBe('已停用');
    // The hall picker says so too.
    const picker = find<HTMLSelectElement>(container, 'select[name="hall"]');
    expect([...picker.options].map((option) => option.textContent)).toEqual([
      district.name,
      '\u3000东街街道便民服务中心（已停用）',
    ]);
  });
});

describe("a district's configuration as a file", () => {
  it('exports the hall and the halls below it, and imports a file under a chosen parent', async () => {
    const json = '{"format":"onestop-configuration","halls":[]}';
    const { container, sent } = await open(`/admin?tab=district&hall=${district.id}`, {
      ConsoleHalls: () => ({ data: { halls: [district, street] } }),
      ConsoleExportConfiguration: () => ({ data: { exportConfiguration: json } }),
      ConsoleImportConfiguration: ({ variables }) =>
        variables['parentId'] === district.id
          ? {
              data: {
                importConfiguration: [
                  { id: 'hall-x', code: 'HX-XJ', name: '西街街道便民服务中心', nameEn: null },
                ],
              },
            }
          : errorResponse('BAD_USER_INPUT', 'x', {
              field: 'configuration.halls[0].services[1].prefix',
              problem: { kind: 'taken' },
            }),
    });
    await eventually(() => expect(container.querySelector('.configuration-transfer')).not.toBeNull());
    const saved: { name: string; content: Blob }[] = [];
    let blob: Blob | null = null;
    // The browser's file saving, seen from the page: the link clicked and the file behind its address.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL(made: Blob): string {
          blob = made;
          return 'blob:configuration';
        }
        static override revokeObjectURL(): void {}
      },
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ name: this.download, content: blob! });
    });
    await act(async () => buttonNamed(container, '导出配置').click());
    await eventually(() => expect(saved).toHaveLength(1));
    expect(sent('ConsoleExportConfiguration')).toEqual([{ hallId: district.id }]);
    expect(saved[0]?.name).toBe(`onestop-HX-configuration-${today}.json`);
    await expect(saved[0]?.content.text()).resolves.toBe(json);
    click.mockRestore();

    const form = find<HTMLFormElement>(container, 'form[data-form="configuration-import"]');
    const input = find<HTMLInputElement>(form, 'input[type="file"]');
    await act(async () => {
      Object.defineProperty(input, 'files', { value: [new File([json], 'district.json')] });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // At the top, the file clashes with a hall that exists: the refusal says which part of the file.
    await submit(form);
    await eventually(() =>
      expect(find(form, '.field-error').textContent).toBe(
        '字段 configuration.halls[0].services[1].prefix 已被使用',
      ),
    );
    await choose(find(form, 'select[name="parentId"]'), district.id);
    await submit(form);
    await eventually(() => expect(form.textContent).toContain('已导入 1 个大厅：西街街道便民服务中心'));
    expect(sent('ConsoleImportConfiguration')).toEqual([
      { parentId: null, configuration: json },
      { parentId: district.id, configuration: json },
    ]);
  });
});

describe('the opening hours', () => {
  const calendarPage = (handlers: Record<string, OperationHandler> = {}) =>
    open(`/admin?tab=calendar&hall=${district.id}`, {
      ConsoleHalls: () => ({ data: { halls: [district] } }),
      ConsoleHallHours: () => hallHours,
      ConsoleCalendar: calendarHandler,
      ...handlers,
    });

  it('refuses a period that closes before it opens at its input, then saves every weekday', async () => {
    const { container, sent } = await calendarPage({
      ConsoleSetWeeklyHours: ({ variables }) => ({ data: { setWeeklyHours: variables['hours'] } }),
    });
    await eventually(() => expect(container.querySelector('form[data-form="week"]')).not.toBeNull());
    const week = find<HTMLFormElement>(container, 'form[data-form="week"]');
    const closes = find<HTMLInputElement>(week, 'input[name="hours[1].periods[1].closes"]');
    typeInto(closes, '12:00');
    await submit(week);
    expect(find(week, '.field-error').textContent).toBe('结束时间须晚于开始时间');
    expect(closes.getAttribute('aria-invalid')).toBe('true');
    expect(sent('ConsoleSetWeeklyHours')).toEqual([]);

    typeInto(closes, '17:00');
    await click(find(week, 'input[name="open-6"]'));
    await submit(week);
    await eventually(() => expect(week.textContent).toContain('已保存'));
    const hours = sent('ConsoleSetWeeklyHours')[0]?.['hours'] as { weekday: number; periods: unknown[] }[];
    expect(hours.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(hours[1]?.periods).toEqual([lunchBreak[0], { opens: '13:30', closes: '17:00' }]);
    expect(hours[5]?.periods).toEqual(lunchBreak);
    expect(hours[6]?.periods).toEqual([]);
  });

  it("gives a service the hall's hours again with an empty list", async () => {
    const { container, sent } = await calendarPage({
      ConsoleSetWeeklyHours: () => ({ data: { setWeeklyHours: [] } }),
    });
    await eventually(() => expect(container.querySelector('select[name="calendarSubject"]')).not.toBeNull());
    await choose(find(container, 'select[name="calendarSubject"]'), 'service-a');
    const week = find<HTMLFormElement>(container, 'form[data-form="week"]');
    expect(week.textContent).toContain('业务每周时间：社会保障');
    expect(container.textContent).toContain('停止取号：关闭前 30 分钟');
    expect(find<HTMLInputElement>(week, 'input[value="hallHours"]').checked).toBe(true);
    await submit(week);
    await eventually(() => expect(sent('ConsoleSetWeeklyHours')).toHaveLength(1));
    expect(sent('ConsoleSetWeeklyHours')[0]).toEqual({
      hallId: district.id,
      serviceId: 'service-a',
      hours: [],
    });
  });

  it('marks the exceptions on the month, and makes a clicked day a holiday', async () => {
    const { container, sent } = await calendarPage({
      ConsoleSetCalendarExceptions: ({ variables }) => ({
        data: {
          setCalendarExceptions: [
            { date: '', open: false, periods: [], note: null, ...(variables['exceptions'] as object[])[0] },
          ],
        },
      }),
    });
    await eventually(() =>
      expect(container.querySelector(`td[data-day="${holiday}"] .day-note`)).not.toBeNull(),
    );
    const holidayButton = find<HTMLButtonElement>(container, `td[data-day="${holiday}"] button`);
    expect(holidayButton.dataset['exception']).toBe('holiday');
    expect(holidayButton.textContent).toContain('休息');
    expect(holidayButton.textContent).toContain('建馆纪念日');
    // Named by what it shows (WCAG 2.5.3): the full date for the screen reader, then hours and note.
    expect(holidayButton.hasAttribute('aria-label')).toBe(false);
    expect(holidayButton.querySelector('.visually-hidden')?.textContent).toBe(
      `${Number(holiday.slice(0, 4))}年${Number(holiday.slice(5, 7))}月15日 ${weekdayOf(holiday)}`,
    );
    expect(labelInNameProblems(container)).toEqual([]);

    const tenth = `${today.slice(0, 8)}10`;
    await click(find(container, `td[data-day="${tenth}"] button`));
    const form = find<HTMLFormElement>(container, `form[data-form="exception"][data-date="${tenth}"]`);
    const [closed] = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    await click(closed!);
    typeInto(find(form, 'input[name="exceptions[0].note"]'), '临时闭厅');
    await submit(form);
    await eventually(() => expect(form.textContent).toContain('已保存'));
    expect(sent('ConsoleSetCalendarExceptions')).toEqual([
      { hallId: district.id, exceptions: [{ date: tenth, periods: [], note: '临时闭厅' }] },
    ]);
  });

  it('imports an .ics file the administrator picks and lists the days it made', async () => {
    const { container, sent } = await calendarPage({
      ConsoleImportCalendar: () => ({
        data: {
          importCalendar: [
            { date: '2027-10-01', open: false, periods: [], note: '国庆节' },
            { date: '2027-10-09', open: true, periods: lunchBreak, note: '国庆节调休上班' },
          ],
        },
      }),
    });
    await eventually(() =>
      expect(container.querySelector('form[data-form="calendar-import"]')).not.toBeNull(),
    );
    const form = find<HTMLFormElement>(container, 'form[data-form="calendar-import"]');
    await submit(form);
    expect(find(form, '.field-error').textContent).toBe('请选择一个 .ics 文件');

    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    const input = find<HTMLInputElement>(form, 'input[type="file"]');
    await act(async () => {
      Object.defineProperty(input, 'files', {
        value: [new File([ics], 'holidays.ics', { type: 'text/calendar' })],
      });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await submit(form);
    await eventually(() => expect(form.textContent).toContain('已导入 2 天：'));
    expect(sent('ConsoleImportCalendar')).toEqual([{ hallId: district.id, ics }]);
    expect(find(form, 'table').textContent).toContain('国庆节调休上班');
    expect(find(form, 'table').textContent).toContain('09:00–12:00 13:30–17:30');
  });
});
