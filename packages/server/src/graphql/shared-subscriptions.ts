import {
  createSourceEventStream,
  execute,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
} from 'graphql';
import { divertPushes, isDivertible } from '../realtime/push-iterator.js';
import type { RequestContext } from './context.js';

/**
 * Subscriptions shared by their subscribers. Plain graphql-ws executes the subscription document
 * for every subscriber on every event, serialises every result on its own and walks a chain of
 * promises per subscriber per message; a hall of ten thousand displays on `boardUpdated` would
 * execute the same document over the same board ten thousand times. Here a pushed value (the
 * same object for every subscriber of a feed, see `SharedComputation`) is executed once per
 * distinct document, variables and viewer and serialised once, and each subscriber's socket gets
 * the shared bytes behind its own message head, written synchronously as the value is pushed.
 */

type PromiseOrValue<T> = Promise<T> | T;

/** A short name per distinct document text: keys stay small however long the document. */
const documentNames = new WeakMap<DocumentNode, string>();
const namesByText = new Map<string, string>();
/** Beyond this many distinct texts, a document gets a name of its own (shares nothing). */
const maxNamedTexts = 1_000;
let unnamedDocuments = 0;

function documentName(document: DocumentNode): string {
  let name = documentNames.get(document);
  if (name === undefined) {
    const text = print(document);
    name = namesByText.get(text);
    if (name === undefined) {
      name = namesByText.size < maxNamedTexts ? `d${namesByText.size}` : `u${(unnamedDocuments += 1)}`;
      if (namesByText.size < maxNamedTexts) namesByText.set(text, name);
    }
    documentNames.set(document, name);
  }
  return name;
}

/**
 * Who the result is computed for: a few field resolvers show only the halls the caller reaches
 * (`Hall.parent`, `Staff.halls`), so a result is shared only between callers that reach the same.
 * Devices of one hall and citizens share; a staff member's results are their own.
 */
function viewerKey(context: RequestContext): string {
  const principal = context.actor.principal;
  const viewer =
    principal === null
      ? 'anonymous'
      : principal.kind === 'device'
        ? `device:${principal.hallId}:${principal.role}`
        : `staff:${principal.staffId}`;
  return `${viewer}|${context.locale}`;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** One execution of one pushed value for one key, and its serialised payload once it is done. */
class SharedResult {
  result: ExecutionResult | null = null;
  /** The result as JSON bytes; null while running, and for a result with errors (formatted per subscriber). */
  payload: Buffer | null = null;
  private readonly whenDone: (() => void)[] = [];

  constructor(run: () => PromiseOrValue<ExecutionResult>) {
    void Promise.resolve()
      .then(run)
      .catch((error: unknown): ExecutionResult => ({
        errors: [error instanceof Error ? (error as never) : (new Error(String(error)) as never)],
      }))
      .then((result) => {
        this.result = result;
        if (!result.errors) this.payload = Buffer.from(JSON.stringify(result));
        for (const callback of this.whenDone.splice(0)) callback();
      });
  }

  get done(): boolean {
    return this.result !== null;
  }

  onDone(callback: () => void): void {
    if (this.done) callback();
    else this.whenDone.push(callback);
  }
}

/** Where a subscriber's messages go: its socket, under its subscription id. */
export interface DirectTarget {
  id: string;
  /** Writes one whole message to the subscriber's socket. */
  send(message: Buffer): void;
  /** A result with errors, formatted for this subscriber (its language, production or not). */
  formatResult(result: ExecutionResult): FormattedExecutionResult;
}

const directDelivery = Symbol('directDelivery');

/** A shared subscription; `deliverDirectly` switches it from the iterator to direct writes. */
export type SharedSubscription = AsyncGenerator<ExecutionResult, void, void> & {
  [directDelivery]?: (target: DirectTarget) => AsyncGenerator<never, void, void>;
};

/**
 * If `result` is a shared subscription whose feed can be diverted, delivers every later value
 * straight to `target` and returns the iterator graphql-ws should hold instead: it yields nothing,
 * ends when the subscriber goes (graphql-ws calls `return()`), and fails when the feed fails.
 */
export function deliverDirectly(
  result: unknown,
  target: DirectTarget,
): AsyncGenerator<never, void, void> | undefined {
  const deliver = (result as SharedSubscription | null)?.[directDelivery];
  return deliver ? deliver(target) : undefined;
}

const messageEnd = Buffer.from('}');

/**
 * A `subscribe` for graphql-ws: the subscription's own `subscribe` resolver (authorization, the
 * feed) runs per subscriber as before; the execution of each pushed value is shared.
 */
export function sharedSubscribe(
  options: {
    keyOf?: (context: RequestContext) => string;
    /** Called with the context after each execution: what it loaded is not kept for the next. */
    afterExecution?: (context: unknown) => void;
  } = {},
): (args: ExecutionArgs) => Promise<SharedSubscription | ExecutionResult> {
  const { keyOf = viewerKey, afterExecution = () => undefined } = options;
  // Weak by the pushed value: a board no feed holds any more takes its results with it.
  const resultsByValue = new WeakMap<object, Map<string, SharedResult>>();
  return async (args) => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const key = [
      documentName(args.document),
      args.operationName ?? '',
      JSON.stringify(args.variableValues ?? {}),
      keyOf(args.contextValue as RequestContext),
    ].join('\u0000');
    const resultFor = (value: unknown): SharedResult => {
      const run = async (): Promise<ExecutionResult> => {
        try {
          return await execute({ ...args, rootValue: value });
        } finally {
          afterExecution(args.contextValue);
        }
      };
      if (typeof value !== 'object' || value === null) return new SharedResult(run);
      let results = resultsByValue.get(value);
      if (!results) {
        results = new Map();
        resultsByValue.set(value, results);
      }
      let shared = results.get(key);
      if (!shared) {
        shared = new SharedResult(run);
        results.set(key, shared);
      }
      return shared;
    };
    const subscription: SharedSubscription = mapAsyncIterator(
      source,
      (value) =>
        new Promise<ExecutionResult>((resolveResult) => {
          const shared = resultFor(value);
          shared.onDone(() => resolveResult(shared.result!));
        }),
    );
    if (isDivertible(source)) {
      subscription[directDelivery] = (target) => {
        const head = Buffer.from(`{"id":${JSON.stringify(target.id)},"type":"next","payload":`);
        // In push order: a value whose execution is still running holds back the ones after it.
        const pending: SharedResult[] = [];
        let ended = false;
        const flush = (): void => {
          while (!ended && pending[0]?.done) {
            const shared = pending.shift()!;
            target.send(
              shared.payload
                ? Buffer.concat([head, shared.payload, messageEnd])
                : Buffer.from(
                    JSON.stringify({
                      id: target.id,
                      type: 'next',
                      payload: target.formatResult(shared.result!),
                    }),
                  ),
            );
          }
        };
        let finish: (result: IteratorResult<never, void>) => void = () => undefined;
        let fail: (error: unknown) => void = () => undefined;
        const finished = new Promise<IteratorResult<never, void>>((resolveFinished, rejectFinished) => {
          finish = resolveFinished;
          fail = rejectFinished;
        });
        // A feed may fail before graphql-ws awaits: the rejection is handled where it is awaited.
        finished.catch(() => undefined);
        const end = async (): Promise<IteratorResult<never, void>> => {
          ended = true;
          pending.length = 0;
          await source.return?.();
          finish({ value: undefined, done: true });
          return { value: undefined, done: true };
        };
        source[divertPushes]({
          value: (value) => {
            if (ended) return;
            const shared = resultFor(value);
            pending.push(shared);
            if (pending.length === 1 && shared.done) flush();
            else shared.onDone(flush);
          },
          fail: (error) => {
            ended = true;
            fail(error);
          },
        });
        const parked: AsyncGenerator<never, void, void> = {
          next: () => finished,
          return: end,
          throw: async (error: unknown) => {
            await end();
            throw error;
          },
          [Symbol.asyncIterator]() {
            return parked;
          },
        };
        return parked;
      };
    }
    return subscription;
  };
}

/**
 * Maps an async iterator like graphql-js does: `return()` reaches the source at once, even while
 * a `next()` waits for a quiet hall's next event (an async generator would wait for it first).
 */
function mapAsyncIterator<Source, Mapped>(
  iterable: AsyncIterable<Source>,
  map: (value: Source) => PromiseOrValue<Mapped>,
): AsyncGenerator<Mapped, void, void> {
  const iterator = iterable[Symbol.asyncIterator]();
  const closeSource = async (): Promise<void> => {
    await iterator.return?.().catch(() => undefined);
  };
  const mapResult = async (result: IteratorResult<Source>): Promise<IteratorResult<Mapped, void>> => {
    if (result.done) return { value: undefined, done: true };
    try {
      return { value: await map(result.value), done: false };
    } catch (error) {
      await closeSource();
      throw error;
    }
  };
  const mapped: AsyncGenerator<Mapped, void, void> = {
    next: async () => await mapResult(await iterator.next()),
    return: async () => {
      await closeSource();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      await closeSource();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}
