import { disposeOneStopClient } from '@onestop/shared/client';
import { createFakeGraphqlServer, errorResponse, type OperationHandler } from '@onestop/shared/testing';
import { eventually, renderAt, type RenderedRoute, typeInto } from '@onestop/shared/testing/react';
import type { Client } from '@urql/core';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppRoutes } from './app';
import { createCounterClient } from './graphql-client';
import { LocaleProvider, localeStorageKey } from './locale/locale';
import { staffTokenStorageKey } from './session/staff-token';

const hall = { id: 'hall-1', name: '朝阳区政务服务中心' };

function staffOfRole(role: 'ADMIN' | 'MANAGER' | 'CLERK') {
  return { id: `staff-${role}`, username: role.toLowerCase(), displayName: '王小明', role, halls: [hall] };
}

function signedInAs(role: 'ADMIN' | 'MANAGER' | 'CLERK'): OperationHandler {
  return () => ({ data: { me: staffOfRole(role) } });
}

const workstationHallsHandler: OperationHandler = () => ({ data: { halls: [{ ...hall, nameEn: null }] } });

const workstationHallHandler: OperationHandler = () => ({
  data: {
    board: { at: '2026-11-24T01:30:00.000Z' },
    hall: {
      ...hall,
      nameEn: null,
      timezone: 'Asia/Shanghai',
      maxRecalls: 2,
      services: [
        { id: 'service-1', name: '社会保障', nameEn: null, prefix: 'A', active: true, waitingCount: 3 },
        { id: 'service-2', name: '不动产登记', nameEn: null, prefix: 'B', active: true, waitingCount: 0 },
      ],
      counters: [
        {
          id: 'counter-1',
          label: '1',
          status: 'OPEN',
          pauseReason: null,
          staff: null,
          currentTicket: null,
          services: [
            { rank: 2, service: { id: 'service-2' } },
            { rank: 1, service: { id: 'service-1' } },
          ],
        },
        {
          id: 'counter-2',
          label: '2',
          status: 'PAUSED',
          pauseReason: '用餐',
          staff: null,
          currentTicket: null,
          services: [],
        },
      ],
    },
  },
});

let client: Client | undefined;
let rendered: RenderedRoute | undefined;

async function open(path: string, handlers: Record<string, OperationHandler>) {
  const server = createFakeGraphqlServer(handlers);
  client = createCounterClient({ url: 'http://hall.test/graphql', fetch: server.fetch });
  rendered = await renderAt(
    path,
    client,
    <LocaleProvider>
      <AppRoutes />
    </LocaleProvider>,
  );
  return { ...rendered, requests: server.requests };
}

function field(container: HTMLElement, name: string): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) throw new Error(`no ${name} field`);
  return input;
}

function text(container: HTMLElement, selector: string): string {
  return container.querySelector(selector)?.textContent ?? '';
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(localeStorageKey, 'zh-CN');
});
afterEach(() => {
  rendered?.unmount();
  if (client) disposeOneStopClient(client);
  rendered = undefined;
  client = undefined;
});

describe('without a session', () => {
  it.each(['/counter', '/manager', '/admin'])('%s shows the login form and asks nothing', async (path) => {
    const { container, requests } = await open(path, {});
    expect(text(container, 'h1')).toBe('工作人员登录');
    expect(container.querySelector('input[name="username"]')).not.toBeNull();
    expect(container.querySelector('input[type="password"]')).not.toBeNull();
    expect(requests).toHaveLength(0);
  });

  it('logs in, keeps the token, shows the staff member and the page that was opened', async () => {
    const { container, requests } = await open('/counter', {
      Login: ({ variables }) =>
        variables['password'] === 'right-password'
          ? {
              data: {
                login: {
                  token: 'session-token',
                  expiresAt: '2026-11-25T00:00:00.000Z',
                  staff: staffOfRole('CLERK'),
                },
              },
            }
          : errorResponse('UNAUTHENTICATED'),
      WorkstationHalls: workstationHallsHandler,
      WorkstationHall: workstationHallHandler,
    });
    typeInto(field(container, 'username'), ' clerk ');
    typeInto(field(container, 'password'), 'wrong');
    await act(async () => container.querySelector('form')?.requestSubmit());
    await eventually(() => expect(text(container, '[role="alert"]')).toBe('用户名或密码错误。'));

    typeInto(field(container, 'password'), 'right-password');
    await act(async () => container.querySelector('form')?.requestSubmit());

    await eventually(() => expect(text(container, 'h1')).toBe('选择窗口'));
    await eventually(() => expect(container.querySelectorAll('.counter-choice')).toHaveLength(2));
    expect(text(container, '.who')).toBe('王小明窗口人员');
    expect(localStorage.getItem(staffTokenStorageKey)).toBe('session-token');
    expect(requests[0]?.variables).toEqual({ username: 'clerk', password: 'wrong' });
    const counterRequest = requests.find((request) => request.operationName === 'WorkstationHall');
    expect(counterRequest?.headers.get('authorization')).toBe('Bearer session-token');
    expect(counterRequest?.variables).toEqual({ hallId: 'hall-1' });
    // Rank 1 first, whatever order the server sent.
    expect(text(container, '.counter-choice-services')).toBe('A 社会保障 · B 不动产登记');
    expect(text(container, 'li:nth-child(2) .counter-choice')).toContain('暂停');
    // A clerk is offered only the counter page.
    expect([...container.querySelectorAll('.app-nav a')].map((link) => link.textContent)).toEqual(['窗口']);
  });
});

describe('with a stored token', () => {
  beforeEach(() => localStorage.setItem(staffTokenStorageKey, 'stored-token'));

  it('sends the chosen language and the token, and logs out on request', async () => {
    localStorage.setItem(localeStorageKey, 'en');
    let loggedOut = false;
    const { container, requests } = await open('/manager?tab=ratings', {
      Me: signedInAs('MANAGER'),
      ConsoleHalls: () => ({
        data: {
          halls: [
            {
              id: 'hall-2',
              code: 'CY-01',
              name: '望京街道便民服务中心',
              nameEn: 'Wangjing Service Centre',
              timezone: 'Asia/Shanghai',
              targetWaitMinutes: 15,
              maxRecalls: 2,
            },
          ],
        },
      }),
      ConsoleRatings: () => ({ data: { ratings: [] } }),
      Logout: () => {
        loggedOut = true;
        return { data: { logout: true } };
      },
    });

    await eventually(() => expect(text(container, 'h1')).toBe('Hall management · Wangjing Service Centre'));
    await eventually(() =>
      expect(text(container, '.bad-ratings, .empty')).toBe('No bad ratings in this period.'),
    );
    expect(requests.find((request) => request.operationName === 'ConsoleRatings')?.variables).toMatchObject({
      hallId: 'hall-2',
    });
    expect(text(container, '.who')).toBe('王小明Hall manager');
    expect(requests.every((request) => request.headers.get('authorization') === 'Bearer stored-token')).toBe(
      true,
    );
    expect(requests.every((request) => request.headers.get('accept-language') === 'en')).toBe(true);

    const logoutButton = [...container.querySelectorAll('button')].find(
      (button) => button.textContent === 'Log out',
    );
    await act(async () => logoutButton?.click());
    await eventually(() => expect(text(container, 'h1')).toBe('Staff login'));
    expect(loggedOut).toBe(true);
    expect(localStorage.getItem(staffTokenStorageKey)).toBeNull();
  });

  it('goes back to login with a message when the server refuses the token', async () => {
    const { container } = await open('/counter', { Me: () => errorResponse('UNAUTHENTICATED') });

    await eventually(() => expect(text(container, 'h1')).toBe('工作人员登录'));
    expect(text(container, '[role="alert"]')).toBe('登录已失效，请重新登录。');
    // Forgotten in an effect after the login page is shown.
    await eventually(() => expect(localStorage.getItem(staffTokenStorageKey)).toBeNull());
  });

  it.each(['/manager', '/admin'])('tells a clerk that %s is not allowed', async (path) => {
    const { container, requests } = await open(path, { Me: signedInAs('CLERK') });

    await eventually(() =>
      expect(text(container, '[role="alert"]')).toBe('您的角色（窗口人员）无权访问此页面。'),
    );
    expect(requests.map((request) => request.operationName)).toEqual(['Me']);
  });

  it('shows an administrator the staff and the devices of the first hall', async () => {
    const { container, requests } = await open('/admin?tab=staff', {
      Me: signedInAs('ADMIN'),
      ConsoleHalls: () => ({
        data: {
          halls: [
            {
              ...hall,
              code: 'CY',
              nameEn: null,
              timezone: 'Asia/Shanghai',
              targetWaitMinutes: 15,
              maxRecalls: 2,
            },
          ],
        },
      }),
      ConsoleHallStaff: () => ({
        data: {
          staff: [
            {
              id: 'staff-1',
              username: 'admin',
              displayName: '系统管理员',
              role: 'ADMIN',
              active: true,
              halls: [],
            },
            {
              id: 'staff-2',
              username: 'li.clerk',
              displayName: '李四',
              role: 'CLERK',
              active: false,
              halls: [hall],
            },
          ],
        },
      }),
      ConsoleDevices: () => ({
        data: {
          devices: [
            {
              id: 'device-1',
              name: '大厅主屏',
              role: 'DISPLAY',
              online: true,
              lastSeenAt: '2026-11-24T09:30:00.000Z',
              revoked: false,
            },
          ],
        },
      }),
    });

    await eventually(() => expect(container.querySelectorAll('table')).toHaveLength(1));
    expect(text(container, 'h1')).toBe('系统管理 · 朝阳区政务服务中心');
    expect(text(container, 'table tbody')).toContain('li.clerk');
    expect(text(container, 'table tbody tr:nth-child(2)')).toContain('朝阳区政务服务中心');

    const devicesTab = [...container.querySelectorAll('button')].find(
      (button) => button.textContent === '设备',
    );
    await act(async () => devicesTab?.click());
    await eventually(() => expect(text(container, 'table tbody')).toContain('大厅主屏'));
    const deviceRow = text(container, 'table tbody tr');
    expect(deviceRow).toContain('显示屏');
    expect(deviceRow).toContain('2026/11/24 17:30');
    expect(requests.find((request) => request.operationName === 'ConsoleDevices')?.variables).toEqual({
      hallId: 'hall-1',
    });
  });

  it('explains a refused operation by its code', async () => {
    const { container } = await open('/counter', {
      Me: signedInAs('CLERK'),
      WorkstationHalls: () => errorResponse('FORBIDDEN', 'server text is not shown'),
    });

    await eventually(() => expect(text(container, '[role="alert"] p')).toBe('无权执行此操作'));
  });
});

describe('unknown addresses', () => {
  it('show a not-found page', async () => {
    const { container } = await open('/nowhere', {});
    expect(text(container, 'h1')).toBe('页面不存在');
  });
});
