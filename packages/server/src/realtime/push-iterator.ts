/**
 * An AsyncIterable fed by pushes: what a GraphQL subscription returns. `onClose` runs once, when
 * the client unsubscribes or the stream ends, so listeners never outlive their subscriber.
 */
export function pushIterator<T>(onClose: () => void = () => undefined): {
  push: (value: T) => void;
  fail: (error: unknown) => void;
  iterable: AsyncIterableIterator<T>;
} {
  const queued: T[] = [];
  const waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void }[] = [];
  let closed = false;
  let failure: unknown = null;

  const close = (): void => {
    if (closed) return;
    closed = true;
    onClose();
    for (const waiter of waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
  };

  const iterable: AsyncIterableIterator<T> = {
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
  };

  return {
    push(value) {
      if (closed) return;
      const waiter = waiting.shift();
      if (waiter) waiter.resolve({ value, done: false });
      else queued.push(value);
    },
    fail(error) {
      if (closed) return;
      const waiter = waiting.shift();
      if (waiter) {
        waiter.reject(error);
        close();
      } else failure = error;
    },
    iterable,
  };
}
