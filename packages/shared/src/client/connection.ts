/** The HTTP path of the API, the same on every OneStop server. */
export const defaultGraphqlPath = '/graphql';

/** The first wait before reconnecting; each further attempt doubles it. */
export const baseRetryDelayMilliseconds = 1_000;

/** No wait between reconnection attempts is longer than this, so a hall screen is back within seconds of the server. */
export const maxRetryDelayMilliseconds = 10_000;

/**
 * The absolute HTTP URL of the API: `url` (default `/graphql`) resolved against `base`
 * (default the page's own address), so an app served by the API server needs no setting.
 *
 * @throws TypeError when `url` is relative and there is no base to resolve it against.
 */
export function resolveHttpUrl(
  url: string = defaultGraphqlPath,
  base: string | undefined = pageAddress(),
): string {
  return new URL(url, base).toString();
}

/**
 * The WebSocket URL that belongs to an HTTP API URL: `http:` becomes `ws:` and `https:`
 * becomes `wss:`, host, path and query unchanged (the server speaks both on one path).
 *
 * @throws TypeError when the URL is neither HTTP(S) nor already WS(S).
 */
export function deriveWebSocketUrl(httpUrl: string): string {
  const address = new URL(httpUrl);
  switch (address.protocol) {
    case 'http:':
      address.protocol = 'ws:';
      break;
    case 'https:':
      address.protocol = 'wss:';
      break;
    case 'ws:':
    case 'wss:':
      break;
    default:
      throw new TypeError(`Cannot derive a WebSocket URL from ${httpUrl}`);
  }
  return address.toString();
}

/**
 * How long to wait before reconnection attempt number `retries` (0 for the first retry):
 * exponential backoff, capped at {@link maxRetryDelayMilliseconds}, with "equal jitter" — a
 * random point in the upper half of the window — so the displays of a hall that all lost the
 * server at once do not all knock again in the same instant.
 *
 * @param random - a source of numbers in [0, 1); tests pass a fixed one.
 */
export function retryDelayMilliseconds(retries: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, retries);
  const ceiling = Math.min(maxRetryDelayMilliseconds, baseRetryDelayMilliseconds * 2 ** exponent);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function pageAddress(): string | undefined {
  // Outside a browser (Node tests, tools) there is no page to resolve against.
  return typeof location === 'undefined' ? undefined : location.href;
}
