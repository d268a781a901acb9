import {
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionResult,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { expectEventually } from '../../test/support/eventually.js';
import { pushIterator } from '../realtime/push-iterator.js';
import type { RequestContext } from './context.js';
import { deliverDirectly, sharedSubscribe } from './shared-subscriptions.js';

interface Value {
  count: number;
}

/** A schema whose field resolver counts its runs, over a feed that pushes one object to everyone. */
function countingSchema() {
  const feeds: ReturnType<typeof pushIterator<Value>>[] = [];
  let closed = 0;
  const runs = { count: 0 };
  let held: Promise<void> | null = null;
  const value = new GraphQLObjectType({
    name: 'Value',
    fields: {
      count: {
        type: new GraphQLNonNull(GraphQLInt),
        resolve: async (source: Value) => {
          runs.count += 1;
          const hold = held;
          held = null;
          if (hold) await hold;
          return source.count;
        },
      },
      label: {
        type: new GraphQLNonNull(GraphQLString),
        args: { prefix: { type: GraphQLString } },
        resolve: (source: Value, args: { prefix?: string | null }) => `${args.prefix ?? ''}${source.count}`,
      },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        updated: {
          type: new GraphQLNonNull(value),
          subscribe: () => {
            const feed = pushIterator<Value>(() => {
              closed += 1;
            });
            feeds.push(feed);
            return feed.iterable;
          },
          resolve: (source: Value) => source,
        },
      },
    }),
  });
  return {
    schema,
    runs,
    closedCount: () => closed,
    pushToAll: (pushed: Value) => {
      for (const feed of feeds) feed.push(pushed);
    },
    failAll: (error: Error) => {
      for (const feed of feeds) feed.fail(error);
    },
    /** Holds the next execution until the returned function is called. */
    holdNext: (): (() => void) => {
      let release: () => void = () => undefined;
      held = new Promise((resolveHold) => {
        release = resolveHold;
      });
      return release;
    },
  };
}

function contextFor(principal: RequestContext['actor']['principal'], locale: 'zh-CN' | 'en' = 'zh-CN') {
  return { actor: { principal }, locale } as unknown as RequestContext;
}

const display = { kind: 'device', hallId: 'hall-1', role: 'DISPLAY' } as RequestContext['actor']['principal'];
const manager = {
  kind: 'staff',
  staffId: 'staff-1',
  role: 'MANAGER',
} as RequestContext['actor']['principal'];

describe('shared subscriptions', () => {
  it('execute a pushed value once per distinct document, variables and viewer', async () => {
    const { schema, runs, pushToAll } = countingSchema();
    const subscribe = sharedSubscribe();
    const document = parse('subscription($prefix: String) { updated { count label(prefix: $prefix) } }');
    const subscribeAs = async (contextValue: RequestContext, prefix: string) =>
      (await subscribe({ schema, document, contextValue, variableValues: { prefix } })) as AsyncGenerator<
        ExecutionResult,
        void,
        void
      >;
    const displays = await Promise.all(
      Array.from({ length: 5 }, () => subscribeAs(contextFor(display), 'A')),
    );
    // A second parse of the same text is the same document.
    const sameTextOtherParse = (await subscribe({
      schema,
      document: parse('subscription($prefix: String) { updated { count label(prefix: $prefix) } }'),
      contextValue: contextFor(display),
      variableValues: { prefix: 'A' },
    })) as AsyncGenerator<ExecutionResult, void, void>;
    const otherVariables = await subscribeAs(contextFor(display), 'B');
    const staffMember = await subscribeAs(contextFor(manager), 'A');

    const firstResults = [...displays, sameTextOtherParse, otherVariables, staffMember].map((iterator) =>
      iterator.next(),
    );
    pushToAll({ count: 7 });
    const results = await Promise.all(firstResults);

    // One run for the six display subscribers, one for the other variables, one for the manager.
    expect(runs.count).toBe(3);
    const sharedDisplayResult = results[0]!.value;
    for (const result of results.slice(0, 6)) expect(result.value).toBe(sharedDisplayResult);
    expect(sharedDisplayResult).toEqual({ data: { updated: { count: 7, label: 'A7' } } });
    expect(results[6]!.value).toEqual({ data: { updated: { count: 7, label: 'B7' } } });
    expect(results[7]!.value).not.toBe(sharedDisplayResult);

    // A new value is a new execution.
    const secondResults = displays.map((iterator) => iterator.next());
    pushToAll({ count: 8 });
    expect((await Promise.all(secondResults)).map((result) => result.value)).toEqual(
      Array.from({ length: 5 }, () => ({ data: { updated: { count: 8, label: 'A8' } } })),
    );
    expect(runs.count).toBe(4);
  });

  it('stop the feed at once when a subscriber leaves while waiting for a value', async () => {
    const { schema, closedCount } = countingSchema();
    const iterator = (await sharedSubscribe()({
      schema,
      document: parse('subscription { updated { count } }'),
      contextValue: contextFor(null),
    })) as AsyncGenerator<ExecutionResult, void, void>;
    const waiting = iterator.next();
    await iterator.return();
    expect(closedCount()).toBe(1);
    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
  });

  it('write each value straight to the sockets, in push order, executed once for all of them', async () => {
    const { schema, runs, pushToAll, closedCount, holdNext } = countingSchema();
    const subscribe = sharedSubscribe();
    const document = parse('subscription { updated { count label } }');
    const sockets = await Promise.all(
      ['a', 'b', 'c'].map(async (id) => {
        const sent: string[] = [];
        const subscription = await subscribe({ schema, document, contextValue: contextFor(display) });
        const parked = deliverDirectly(subscription, {
          id,
          send: (message) => sent.push(message.toString('utf8')),
          formatResult: (result) => ({ errors: result.errors?.map((error) => ({ message: error.message })) }),
        })!;
        return { id, sent, parked };
      }),
    );
    // The first value's execution is held back: the second must still arrive after it.
    const release = holdNext();
    pushToAll({ count: 1 });
    pushToAll({ count: 2 });
    // The second value's execution has run (and, being all promise callbacks, ended before this
    // check runs): it is done, yet nothing may be sent while the first is held.
    await expectEventually(() => expect(runs.count).toBe(2));
    for (const socket of sockets) expect(socket.sent).toEqual([]);
    release();
    await eventuallySent(sockets, 2);
    for (const socket of sockets) {
      expect(socket.sent.map((message) => JSON.parse(message) as unknown)).toEqual([
        { id: socket.id, type: 'next', payload: { data: { updated: { count: 1, label: '1' } } } },
        { id: socket.id, type: 'next', payload: { data: { updated: { count: 2, label: '2' } } } },
      ]);
    }
    expect(runs.count).toBe(2);

    // A subscriber that goes stops its feed and gets nothing more; the others go on.
    await sockets[0]!.parked.return();
    expect(closedCount()).toBe(1);
    pushToAll({ count: 3 });
    await eventuallySent(sockets.slice(1), 3);
    expect(sockets[0]!.sent).toHaveLength(2);
  });

  it('fail the parked iterator when the feed fails, and send the error formatted', async () => {
    const { schema, failAll } = countingSchema();
    const subscription = await sharedSubscribe()({
      schema,
      document: parse('subscription { updated { count } }'),
      contextValue: contextFor(null),
    });
    const parked = deliverDirectly(subscription, {
      id: 'x',
      send: () => undefined,
      formatResult: (result) => result as never,
    })!;
    failAll(new Error('feed lost'));
    await expect(parked.next()).rejects.toThrow('feed lost');
  });
});

async function eventuallySent(sockets: { sent: string[] }[], count: number): Promise<void> {
  await expectEventually(() => {
    for (const socket of sockets) expect(socket.sent.length).toBeGreaterThanOrEqual(count);
  });
}
