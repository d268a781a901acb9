import { disposeOneStopClient } from '@onestop/shared/client';
import {
  createFakeGraphqlServer,
  createFakeGraphqlWebSocket,
  type OperationHandler,
} from '@onestop/shared/testing';
import { renderAt, type RenderedRoute } from '@onestop/shared/testing/react';
import type { Client } from '@urql/core';
import { afterEach, beforeEach } from 'vitest';
import { AppRoutes } from '../../app';
import { createCounterClient } from '../../graphql-client';
import { LocaleProvider, localeStorageKey } from '../../locale/locale';
import { staffTokenStorageKey } from '../../session/staff-token';

/**
 * Test support for the administration's component tests: the whole app, signed in as an
 * administrator, against a fake GraphQL server whose handlers each test gives.
 */

export const signedInAdmin: OperationHandler = () => ({
  data: { me: { id: 'admin-1', username: 'admin', displayName: '系统管理员', role: 'ADMIN', halls: [] } },
});

/** A top hall as the console's hall queries answer it: Chinese and English, no parent. */
export const testDistrictHall = {
  id: 'hall-qs',
  code: 'QS',
  name: '青山区政务服务中心',
  nameEn: 'Qingshan District Service Centre',
  languages: ['zh-CN', 'en'],
  names: [
    { lang: 'zh-CN', text: '青山区政务服务中心' },
    { lang: 'en', text: 'Qingshan District Service Centre' },
  ],
  timezone: 'Asia/Shanghai',
  targetWaitMinutes: 20,
  maxRecalls: 2,
  active: true,
  parent: null,
};

/** A service as the console's hall set-up answers it, named in `names` (zh-CN first among them). */
export function testService(id: string, prefix: string, names: { lang: string; text: string }[]) {
  return {
    id,
    code: id,
    prefix,
    name: names.find(({ lang }) => lang === 'zh-CN')!.text,
    nameEn: names.find(({ lang }) => lang === 'en')?.text ?? null,
    names,
    targetWaitMinutes: 20,
    dailyQuota: null,
    queueAlertThreshold: 30,
    lastIssueMinutesBeforeClose: 0,
    active: true,
  };
}

/** Registers the set-up and clean-up of each test; returns `open`, which renders a route. */
export function adminAppForEachTest() {
  let client: Client | undefined;
  let rendered: RenderedRoute | undefined;
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(localeStorageKey, 'zh-CN');
    localStorage.setItem(staffTokenStorageKey, 'admin-token');
  });
  afterEach(() => {
    rendered?.unmount();
    if (client) disposeOneStopClient(client);
    rendered = undefined;
    client = undefined;
  });
  return {
    async open(path: string, handlers: Record<string, OperationHandler>) {
      const server = createFakeGraphqlServer({ Me: signedInAdmin, ...handlers });
      client = createCounterClient({
        url: 'http://hall.test/graphql',
        fetch: server.fetch,
        webSocketImpl: createFakeGraphqlWebSocket().WebSocket,
      });
      rendered = await renderAt(
        path,
        client,
        <LocaleProvider>
          <AppRoutes />
        </LocaleProvider>,
      );
      const sent = (operationName: string) =>
        server.requests
          .filter((request) => request.operationName === operationName)
          .map((request) => request.variables);
      return { ...rendered, sent };
    },
  };
}

/** The element `selector` finds, or a failure naming it. */
export function find<Element extends globalThis.Element>(container: ParentNode, selector: string): Element {
  const found = container.querySelector<Element>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}
