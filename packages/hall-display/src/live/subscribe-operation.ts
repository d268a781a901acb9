import type { Client, CombinedError, TypedDocumentNode } from '@urql/core';
import { onEnd, pipe, subscribe } from 'wonka';

/** What one subscription tells its caller. */
export interface OperationSink<Data> {
  next(data: Data): void;
  /** The server refused or failed the subscription; it is over. */
  error(error: CombinedError): void;
  /** The server ended the subscription. */
  complete(): void;
}

/**
 * Runs a subscription through the urql client, telling apart data, an error and the end of the
 * stream (urql's own `subscribe` says nothing when a stream ends). Each stream ends exactly
 * once: after an error or completion nothing more is delivered. Returns the stop function;
 * stopping does not count as an end.
 */
export function subscribeOperation<Data, Variables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  sink: OperationSink<Data>,
): () => void {
  let over = false;
  const end = (report: () => void): void => {
    if (over) return;
    over = true;
    report();
  };
  const { unsubscribe } = pipe(
    client.subscription(document, variables),
    onEnd(() => end(() => sink.complete())),
    subscribe((result) => {
      if (over) return;
      // urql keeps the previous data beside a later error: the error decides.
      if (result.error) end(() => sink.error(result.error!));
      else if (result.data) sink.next(result.data);
    }),
  );
  return () => {
    over = true;
    unsubscribe();
  };
}
