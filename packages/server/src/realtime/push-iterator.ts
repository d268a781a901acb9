/** Where a diverted push iterator sends its values, synchronously, instead of queueing them. */
export interface PushSink<T> {
  value(value: T): void;
  fail(error: unknown): void;
}

/**
 * Present on a push iterator: hands every value, the queued ones first, straight to a sink.
 * Fan-out to thousands of subscribers (graphql/shared-subscriptions.ts) then costs no promise per
 * value per subscriber. `return()` still ends it.
 */
export const divertPushes = Symbol('divertPushes');

export type DivertibleIterator<T> = AsyncIterableIterator<T> & { [divertPushes](sink: PushSink<T>): void };

/** Whether an iterable is a push iterator that can be diverted. */
export function isDivertible<T>(iterable: AsyncIterable<T>): iterable is DivertibleIterator<T> {
  return divertPushes in iterable;
}

/**
 * An AsyncIterable fed by pushes: what a GraphQL subscription returns. `onClose` runs once, when
 * the client unsubscribes or the stream ends, so listeners never outlive their subscriber.
 */
export function pushIterator<T>(onClose: () => void = () => undefined): {
  push: (value: T) => void;
  fail: (error: unknown) => void;
  iterable: DivertibleIterator<T>;
} {
  const queued: T[] = [];
  const waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void }[] = [];
  let closed = false;
  let failure: unknown = null;
  let sink: PushSink<T> | null = null;

  const close = (): void => {
    if (closed) return;
    closed = true;
    onClose();
    for (const waiter of waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
  };

  const iterable: DivertibleIterator<T> = {
    next() {
      if (failure !== null) {
        const error = failure;
        failure = null;
        close();
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      const value = queued.shift();
      if (value !== undefined) return Promise.resolve({ value, done: false });
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      close();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return iterable;
    },
    [divertPushes](newSink) {
      sink = newSink;
      for (const value of queued.splice(0)) newSink.value(value);
      if (failure !== null) {
        const error = failure;
        failure = null;
        close();
        newSink.fail(error);
      }
    },
  };

  return {
    push(value) {
      if (closed) return;
      if (sink) {
        sink.value(value);
        return;
      }
      const waiter = waiting.shift();
      if (waiter) waiter.resolve({ value, done: false });
      else queued.push(value);
    },
    fail(error) {
      if (closed) return;
      if (sink) {
        close();
        sink.fail(error);
        return;
      }
      const waiter = waiting.shift();
      if (waiter) {
        waiter.reject(error);
        close();
      } else failure = error;
    },
    iterable,
  };
}
