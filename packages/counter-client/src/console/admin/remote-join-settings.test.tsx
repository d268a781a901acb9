import { defaultRemoteJoinSettings, describeInputProblem, type RemoteJoinSettings } from '@onestop/shared';
import { errorResponse, type OperationHandler } from '@onestop/shared/testing';
import { eventually, typeInto } from '@onestop/shared/testing/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { adminAppForEachTest, find } from './admin-test-harness';
import { input, licences, openAppointments, remoteJoinOf } from './appointment-test-fixtures';

// Issue 20, item 1: an administrator opens a service and sets its remote join (远程取号) beside its
// appointment settings, each setting explained for what it means to citizens.

const { open } = adminAppForEachTest();

/** Opens the service's editor and waits for its remote-join form. */
async function openRemoteJoin(extra: Record<string, OperationHandler>) {
  const rendered = await openAppointments(open, extra);
  const { container } = rendered;
  await eventually(() => expect(container.querySelector('form[data-form="remote-join"]')).not.toBeNull());
  return { ...rendered, form: find<HTMLFormElement>(container, 'form[data-form="remote-join"]') };
}

const hint = (form: ParentNode, setting: string) =>
  find(form, `#remote-join-business-licence-${setting}-hint`).textContent;

describe("a service's remote-join settings", () => {
  it('shows the stored settings, what each means for citizens, and its limits', async () => {
    const { container, form } = await openRemoteJoin({});
    // Beside the appointment settings of the same service.
    expect(container.querySelector('form[data-form="appointments"]')).not.toBeNull();
    expect(find(form, 'h3').textContent).toBe('远程取号设置：企业开办');
    // Never set: the shared defaults, off.
    expect(input(form, 'enabled').checked).toBe(false);
    expect(['maxWaiting', 'checkInAhead', 'holdMinutes'].map((name) => input(form, name).value)).toEqual([
      String(defaultRemoteJoinSettings.maxWaiting),
      String(defaultRemoteJoinSettings.checkInAhead),
      String(defaultRemoteJoinSettings.holdMinutes),
    ]);
    expect(find(form, '#remote-join-business-licence-enabled-help').textContent).toContain(
      '到大厅签到后才会被叫号',
    );
    expect(input(form, 'enabled').getAttribute('aria-describedby')).toBe(
      'remote-join-business-licence-enabled-help',
    );
    expect(hint(form, 'maxWaiting')).toBe(
      '同时有这么多远程号尚未签到时，暂停新的远程取号，现场取号不受影响。（1–500）',
    );
    // The phone page asks at three ahead at the latest (shared reminderOf), whatever the setting.
    expect(hint(form, 'checkInAhead')).toContain('最迟在前面 3 人时提醒。（0–100）');
    expect(hint(form, 'holdMinutes')).toContain('（0–240）');
    expect(input(form, 'holdMinutes').getAttribute('aria-describedby')).toBe(
      'remote-join-business-licence-holdMinutes-hint',
    );
  });

  it('saves what changed alone and shows what the server stored', async () => {
    let stored: RemoteJoinSettings = { ...defaultRemoteJoinSettings };
    const { form, sent } = await openRemoteJoin({
      ConsoleServiceRemoteJoin: () => remoteJoinOf(stored),
      ConsoleSetRemoteJoinSettings: ({ variables }) => {
        stored = { ...stored, ...(variables['input'] as Partial<RemoteJoinSettings>) };
        return { data: { setRemoteJoinSettings: { id: licences.id, remoteJoinSettings: stored } } };
      },
    });
    await act(async () => input(form, 'enabled').click());
    typeInto(input(form, 'maxWaiting'), ' 30 ');
    typeInto(input(form, 'checkInAhead'), '8');
    await act(async () => form.requestSubmit());
    await eventually(() => expect(form.textContent).toContain('已保存'));
    expect(sent('ConsoleSetRemoteJoinSettings')).toEqual([
      { serviceId: licences.id, input: { enabled: true, maxWaiting: 30, checkInAhead: 8 } },
    ]);
    expect(input(form, 'enabled').checked).toBe(true);
    expect(input(form, 'maxWaiting').value).toBe('30');

    // Saving again unchanged asks nothing.
    await act(async () => form.requestSubmit());
    expect(sent('ConsoleSetRemoteJoinSettings')).toHaveLength(1);
  });

  it("shows the server's refusal beside the setting it names", async () => {
    const { form } = await openRemoteJoin({
      ConsoleSetRemoteJoinSettings: () =>
        errorResponse('BAD_USER_INPUT', '字段 holdMinutes 超出范围', {
          field: 'holdMinutes',
          problem: { kind: 'outOfRange', min: 0, max: 240 },
        }),
    });
    typeInto(input(form, 'holdMinutes'), '20');
    await act(async () => form.requestSubmit());
    await eventually(() => expect(form.querySelector('.field-error')).not.toBeNull());
    expect(find(form, '#remote-join-business-licence-holdMinutes-error').textContent).toBe(
      describeInputProblem('zh-CN', { kind: 'outOfRange', min: 0, max: 240 }),
    );
    expect(input(form, 'holdMinutes').getAttribute('aria-invalid')).toBe('true');
    expect(input(form, 'maxWaiting').getAttribute('aria-invalid')).toBe('false');
    expect(form.textContent).not.toContain('已保存');
  });

  it('shows a refusal of no field above the buttons', async () => {
    const { form } = await openRemoteJoin({
      ConsoleSetRemoteJoinSettings: () => errorResponse('FORBIDDEN'),
    });
    await act(async () => input(form, 'enabled').click());
    await act(async () => form.requestSubmit());
    await eventually(() => expect(form.querySelector('.notice-error')).not.toBeNull());
    expect(find(form, '.notice-error').textContent).toBe('无权执行此操作');
  });

  it('refuses a setting out of its limits, or no whole number, without asking the server', async () => {
    const { form, sent } = await openRemoteJoin({});
    typeInto(input(form, 'maxWaiting'), '0');
    await act(async () => form.requestSubmit());
    expect(find(form, '#remote-join-business-licence-maxWaiting-error').textContent).toBe(
      describeInputProblem('zh-CN', { kind: 'outOfRange', min: 1, max: 500 }),
    );
    typeInto(input(form, 'maxWaiting'), '20');
    typeInto(input(form, 'checkInAhead'), '5人');
    await act(async () => form.requestSubmit());
    expect(find(form, '#remote-join-business-licence-checkInAhead-error').textContent).toBe('请输入整数');
    expect(sent('ConsoleSetRemoteJoinSettings')).toEqual([]);
  });
});
