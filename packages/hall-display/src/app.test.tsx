import { disposeOneStopClient } from '@onestop/shared/client';
import { createFakeGraphqlServer, errorResponse, type OperationHandler } from '@onestop/shared/testing';
import { eventually, renderAt, type RenderedRoute, typeInto } from '@onestop/shared/testing/react';
import type { Client } from '@urql/core';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppRoutes } from './app';
import { deviceTokenStorageKey } from './device/device-token';
import { createHallDisplayClient } from './graphql-client';

const demoHall = {
  id: 'hall-1',
  name: '朝阳区政务服务中心',
  nameEn: 'Chaoyang Government Service Centre',
  timezone: 'Asia/Shanghai',
  services: [
    { id: 'service-1', name: '社会保障', nameEn: 'Social security', prefix: 'A', active: true },
    { id: 'service-2', name: '不动产登记', nameEn: 'Real estate', prefix: 'B', active: false },
  ],
  counters: [
    { id: 'counter-1', label: '1', status: 'OPEN' },
    { id: 'counter-3', label: '3', status: 'PAUSED' },
  ],
};

function deviceOfRole(role: 'DISPLAY' | 'KIOSK'): OperationHandler {
  return () => ({ data: { myDevice: { id: 'device-1', hallId: 'hall-1', role, name: '大厅主屏' } } });
}

const hallHandler: OperationHandler = ({ variables }) => ({
  data: { hall: variables['hallId'] === 'hall-1' ? demoHall : null },
});

let client: Client | undefined;
let rendered: RenderedRoute | undefined;

async function open(path: string, handlers: Record<string, OperationHandler>) {
  const server = createFakeGraphqlServer(handlers);
  client = createHallDisplayClient({ url: 'http://hall.test/graphql', fetch: server.fetch });
  rendered = await renderAt(path, client, <AppRoutes />);
  return { ...rendered, requests: server.requests };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  rendered?.unmount();
  if (client) disposeOneStopClient(client);
  rendered = undefined;
  client = undefined;
});

describe('device screens without a token', () => {
  it.each(['/display', '/display/counter/3', '/kiosk'])(
    '%s shows the setup form and asks nothing',
    async (path) => {
      const { container, requests } = await open(path, {});
      expect(container.querySelector('h1')?.textContent).toContain('设备设置');
      expect(container.textContent).toContain('Device setup');
      expect(container.querySelector('input[name="deviceToken"]')).not.toBeNull();
      expect(requests).toHaveLength(0);
    },
  );

  it('keeps a token entered in the form and loads the hall with it', async () => {
    const { container, requests } = await open('/display', {
      MyDevice: deviceOfRole('DISPLAY'),
      DeviceHall: hallHandler,
    });
    const input = container.querySelector<HTMLInputElement>('input[name="deviceToken"]');
    if (!input) throw new Error('no token field');
    typeInto(input, '  typed-token  ');
    await act(async () => container.querySelector('form')?.requestSubmit());

    await eventually(() =>
      expect(container.querySelector('h1')?.textContent).toContain('朝阳区政务服务中心'),
    );
    expect(localStorage.getItem(deviceTokenStorageKey)).toBe('typed-token');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer typed-token');
  });
});

describe('/display', () => {
  it('takes ?token= once, stores it, removes it from the address and shows the hall', async () => {
    const { container, requests, currentPath } = await open('/display?token=abc123', {
      MyDevice: deviceOfRole('DISPLAY'),
      DeviceHall: hallHandler,
    });

    await eventually(() => expect(container.textContent).toContain('Chaoyang Government Service Centre'));
    const heading = container.querySelector('h1')?.textContent ?? '';
    // zh-CN first, English second.
    expect(heading.indexOf('朝阳区')).toBeLessThan(heading.indexOf('Chaoyang'));
    expect(container.textContent).toContain('社会保障');
    expect(container.textContent).toContain('暂停办理');
    expect(container.textContent).toContain('完整的叫号大屏将在后续版本中提供');
    expect(localStorage.getItem(deviceTokenStorageKey)).toBe('abc123');
    expect(currentPath()).toBe('/display');
    expect(requests.map((request) => request.operationName)).toEqual(['MyDevice', 'DeviceHall']);
    expect(requests.every((request) => request.headers.get('authorization') === 'Bearer abc123')).toBe(true);
    expect(requests[1]?.variables).toEqual({ hallId: 'hall-1' });
  });

  it('goes back to setup with a clear message when the server refuses the token', async () => {
    localStorage.setItem(deviceTokenStorageKey, 'revoked-token');
    const { container } = await open('/display', {
      MyDevice: () => errorResponse('UNAUTHENTICATED'),
    });

    await eventually(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain('令牌无效'),
    );
    expect(container.textContent).toContain('The token is invalid, expired or revoked');
    expect(container.querySelector('input[name="deviceToken"]')).not.toBeNull();
    expect(localStorage.getItem(deviceTokenStorageKey)).toBeNull();
  });

  it('refuses a kiosk token on a display', async () => {
    localStorage.setItem(deviceTokenStorageKey, 'kiosk-token');
    const { container, requests } = await open('/display', { MyDevice: deviceOfRole('KIOSK') });

    await eventually(() => expect(container.textContent).toContain('此令牌属于取号机设备'));
    expect(container.textContent).toContain('belongs to a kiosk device');
    expect(requests.map((request) => request.operationName)).toEqual(['MyDevice']);
  });

  it('forgets the token when asked to change it', async () => {
    localStorage.setItem(deviceTokenStorageKey, 'old-token');
    const { container } = await open('/display', {
      MyDevice: deviceOfRole('DISPLAY'),
      DeviceHall: hallHandler,
    });
    await eventually(() => expect(container.textContent).toContain('社会保障'));

    const changeButton = [...container.querySelectorAll('button')].find((button) =>
      button.textContent?.includes('Change token'),
    );
    await act(async () => changeButton?.click());
    expect(container.querySelector('input[name="deviceToken"]')).not.toBeNull();
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(localStorage.getItem(deviceTokenStorageKey)).toBeNull();
  });

  it('explains any other error by its code and offers a retry', async () => {
    localStorage.setItem(deviceTokenStorageKey, 'token');
    const { container } = await open('/display', {
      MyDevice: deviceOfRole('DISPLAY'),
      DeviceHall: () => errorResponse('UNAVAILABLE', 'db down'),
    });

    await eventually(() => expect(container.textContent).toContain('服务暂时不可用'));
    expect(container.textContent).toContain('The service is unavailable');
    expect(container.textContent).toContain('重试');
    expect(localStorage.getItem(deviceTokenStorageKey)).toBe('token');
  });
});

describe('/display/counter/:label', () => {
  it('shows the counter and its status', async () => {
    localStorage.setItem(deviceTokenStorageKey, 'token');
    const { container } = await open('/display/counter/3', {
      MyDevice: deviceOfRole('DISPLAY'),
      DeviceHall: hallHandler,
    });

    await eventually(() => expect(container.querySelector('h1')?.textContent).toContain('3 号窗口'));
    expect(container.querySelector('h1')?.textContent).toContain('Counter 3');
    expect(container.querySelector('.counter-status-large')?.textContent).toBe('暂停Paused');
  });

  it('says so when the hall has no such counter', async () => {
    localStorage.setItem(deviceTokenStorageKey, 'token');
    const { container } = await open('/display/counter/99', {
      MyDevice: deviceOfRole('DISPLAY'),
      DeviceHall: hallHandler,
    });

    await eventually(() => expect(container.textContent).toContain('本大厅没有标为 99 的窗口'));
  });
});

describe('/kiosk', () => {
  it('lists the active services', async () => {
    localStorage.setItem(deviceTokenStorageKey, 'token');
    const { container } = await open('/kiosk', {
      MyDevice: deviceOfRole('KIOSK'),
      DeviceHall: hallHandler,
    });

    await eventually(() => expect(container.querySelectorAll('.kiosk-service')).toHaveLength(1));
    expect(container.querySelector('.kiosk-service')?.textContent).toContain('社会保障');
    expect(container.textContent).not.toContain('不动产登记');
  });
});

describe('/t/:accessCode', () => {
  it('shows the ticket number, status and wait range', async () => {
    const { container, requests } = await open('/t/secret-code', {
      MyTicket: () => ({
        data: {
          myTicket: {
            id: 'ticket-1',
            number: 'A007',
            status: 'WAITING',
            position: 4,
            estimate: { p50Minutes: 5, p90Minutes: 12 },
            service: { id: 'service-1', name: '社会保障', nameEn: 'Social security' },
            counter: null,
            hall: { id: 'hall-1', name: demoHall.name, nameEn: demoHall.nameEn },
          },
        },
      }),
    });

    await eventually(() => expect(container.querySelector('.ticket-number')?.textContent).toBe('A007'));
    expect(container.textContent).toContain('等待中');
    expect(container.textContent).toContain('前面还有 4 人 · 约 5–12 分钟');
    expect(container.textContent).toContain('4 ahead of you · about 5–12 min');
    expect(requests[0]?.variables).toEqual({ accessCode: 'secret-code' });
    expect(requests[0]?.headers.get('authorization')).toBeNull();
  });

  it('tells a called citizen which counter to go to', async () => {
    const { container } = await open('/t/secret-code', {
      MyTicket: () => ({
        data: {
          myTicket: {
            id: 'ticket-1',
            number: 'A007',
            status: 'CALLED',
            position: null,
            estimate: null,
            service: { id: 'service-1', name: '社会保障', nameEn: 'Social security' },
            counter: { id: 'counter-3', label: '3' },
            hall: { id: 'hall-1', name: demoHall.name, nameEn: demoHall.nameEn },
          },
        },
      }),
    });

    await eventually(() =>
      expect(container.querySelector('.notice-call')?.textContent).toContain('请到 3 号窗口'),
    );
    expect(container.querySelector('.notice-call')?.textContent).toContain('Please go to counter 3');
    expect(container.textContent).not.toContain('ahead of you');
  });

  it('shows the server refusing gracefully (NOT_IMPLEMENTED for now)', async () => {
    const { container } = await open('/t/secret-code', {
      MyTicket: () =>
        errorResponse('NOT_IMPLEMENTED', 'myTicket is not implemented', { operation: 'myTicket' }),
    });

    await eventually(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain('myTicket 尚未实现'),
    );
    expect(container.textContent).toContain('myTicket is not implemented yet');
  });

  it('says so when no ticket matches the code', async () => {
    const { container } = await open('/t/unknown', { MyTicket: () => ({ data: { myTicket: null } }) });

    await eventually(() => expect(container.textContent).toContain('未找到此号码'));
  });
});

describe('unknown addresses', () => {
  it('show a not-found page', async () => {
    const { container } = await open('/nowhere', {});
    expect(container.querySelector('h1')?.textContent).toContain('页面不存在');
  });
});
