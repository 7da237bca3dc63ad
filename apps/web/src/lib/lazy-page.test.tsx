// A page whose chunk is already there (preloaded at start-up) renders in the same commit, without the route's fallback.
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazy-page.ts';

function Greeting() {
  return <p>Hello</p>;
}

describe('lazyPage', () => {
  it('renders a preloaded page at once, without its Suspense fallback', async () => {
    const Page = lazyPage(() => Promise.resolve({ default: Greeting }));
    await Page.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByText('Hello')).toBeTruthy();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('shows the fallback while the chunk loads, then the page', async () => {
    let resolve: (module: { default: typeof Greeting }) => void = () => undefined;
    const Page = lazyPage(() => new Promise<{ default: typeof Greeting }>((r) => (resolve = r)));
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    resolve({ default: Greeting });
    expect(await screen.findByText('Hello')).toBeTruthy();
  });
});
