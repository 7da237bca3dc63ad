// React.lazy with a `preload()`: the app starts the current route's chunk while the session check and the language
// catalog are still on their way, instead of after them (docs/PERFORMANCE.md, "client list LCP"). A page whose chunk
// has already loaded renders at once: React.lazy suspends on its first render even then (the promise's result is
// read a microtask later), which showed the route's fallback and revealed the page only after Suspense's reveal
// throttle (300 ms) — on a preloaded page's first paint and on every first visit of a page (docs/PERFORMANCE.md,
// "Session 9").
import { createElement, lazy, type ComponentProps, type ComponentType } from 'react';

export type LazyPage<T extends ComponentType> = ComponentType<ComponentProps<T>> & { preload: () => Promise<unknown> };

export function lazyPage<T extends ComponentType>(factory: () => Promise<{ default: T }>): LazyPage<T> {
  let loaded: T | undefined;
  let loading: Promise<{ default: T }> | undefined;
  const load = () =>
    (loading ??= factory().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(load);
  // Once the chunk is there (set before React.lazy hears of it), the page itself; before, React.lazy (suspends).
  const Page = (props: ComponentProps<T>) => createElement((loaded ?? Lazy) as ComponentType<ComponentProps<T>>, props);
  return Object.assign(Page, { preload: load });
}
