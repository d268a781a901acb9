// Rendering helpers for the React apps' tests, kept here so that both apps use one copy.
// react, react-dom, react-router-dom and urql are optional peer dependencies of @onestop/shared:
// only this entry point (`@onestop/shared/testing/react`) imports them, the runtime entry
// points stay framework-free, and each app brings its own React to it.
import type { Client } from '@urql/core';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { Provider as GraphqlProvider } from 'urql';

// Tells React that updates are wrapped in act(), so it flushes them before assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A rendered tree and what tests need to inspect and remove it. */
export interface RenderedRoute {
  container: HTMLElement;
  /** The router's current address, as the app last left it. */
  currentPath: () => string;
  unmount: () => void;
}

/** Renders `routes` at `path` with a memory router and the given GraphQL client. */
export async function renderAt(path: string, client: Client, routes: ReactNode): Promise<RenderedRoute> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | undefined;
  let lastPath = path;
  function LocationProbe() {
    const location = useLocation();
    lastPath = `${location.pathname}${location.search}`;
    return null;
  }
  await act(async () => {
    root = createRoot(container);
    root.render(
      <GraphqlProvider value={client}>
        <MemoryRouter initialEntries={[path]}>
          {routes}
          <LocationProbe />
        </MemoryRouter>
      </GraphqlProvider>,
    );
  });
  return {
    container,
    currentPath: () => lastPath,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** A rendered element and what tests need to change and remove it. */
export interface RenderedElement {
  container: HTMLElement;
  rerender: (element: ReactNode) => void;
  unmount: () => void;
}

/** Renders a plain element (a component under test, no router or GraphQL client). */
export function renderElement(element: ReactNode): RenderedElement {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(element));
  return {
    container,
    rerender: (next) => act(() => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Retries `assertion` while React and the fake server settle; fails with its last error after the timeout. */
export async function eventually(assertion: () => void, timeoutMilliseconds = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMilliseconds;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
  }
}

/** Sets an input's value the way a person typing does, so React's onChange fires. */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setValue?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
