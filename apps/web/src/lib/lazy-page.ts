// React.lazy with a `preload()`: the app starts the current route's chunk while the session check and the language
// catalog are still on their way, instead of after them (docs/PERFORMANCE.md, "client list LCP").
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyPage<T extends ComponentType> = LazyExoticComponent<T> & { preload: () => Promise<unknown> };

export function lazyPage<T extends ComponentType>(factory: () => Promise<{ default: T }>): LazyPage<T> {
  let loading: Promise<{ default: T }> | undefined;
  const load = () => (loading ??= factory());
  return Object.assign(lazy(load), { preload: load });
}
