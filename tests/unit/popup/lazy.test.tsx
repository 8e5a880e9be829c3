// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent, lazyModule } from '../../../entrypoints/popup/lazy';

const Panel = ({ word }: { word: string }) => <p>{word}</p>;

/** A module load the test settles by hand. */
function deferredModule() {
  let settle!: (ok: boolean) => void;
  let loads = 0;
  const start = () => {
    loads += 1;
    return new Promise<typeof Panel>((resolve, reject) => {
      settle = (ok) => (ok ? resolve(Panel) : reject(new Error('chunk failed')));
    });
  };
  let current: Promise<unknown> = Promise.resolve();
  return {
    load: () => {
      const promise = start();
      current = promise.catch(() => undefined);
      return promise;
    },
    settle: (ok: boolean) => settle(ok),
    loads: () => loads,
    loaded: () => current,
  };
}

const root = () => document.body.appendChild(document.createElement('div'));
const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('lazyComponent (the popup’s on-demand panels)', () => {
  it('renders nothing until its module is there, then the component with its props', async () => {
    const module = deferredModule();
    const Lazy = lazyComponent(module.load);
    const at = root();
    act(() => render(<Lazy word="Signed out" />, at));
    expect(at.textContent).toBe('');
    module.settle(true);
    await flush();
    expect(at.textContent).toBe('Signed out');
  });

  it('shows the component when the module arrives between the first render and its effect', async () => {
    const module = deferredModule();
    const Lazy = lazyComponent(module.load);
    const at = root();
    // Rendered without act(): the effect is still pending when the module settles.
    render(<Lazy word="Sign in" />, at);
    module.settle(true);
    await module.loaded();
    // Preact runs effects after the next frame.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await flush();
    expect(at.textContent).toBe('Sign in');
  });

  it('loads once for every use, and renders at once when already loaded', async () => {
    const module = deferredModule();
    const Lazy = lazyComponent(module.load);
    act(() => render(<Lazy word="one" />, root()));
    module.settle(true);
    await flush();
    const again = root();
    act(() => render(<Lazy word="two" />, again));
    expect(again.textContent).toBe('two');
    expect(module.loads()).toBe(1);
  });

  it('tries a failed load again on the next use', async () => {
    const module = deferredModule();
    const Lazy = lazyComponent(module.load);
    act(() => render(<Lazy word="first" />, root()));
    module.settle(false);
    await flush();
    const at = root();
    act(() => render(<Lazy word="retried" />, at));
    module.settle(true);
    await flush();
    expect(module.loads()).toBe(2);
    expect(at.textContent).toBe('retried');
  });
});

describe('lazyModule (one chunk, several parts)', () => {
  it('loads the module once for all its parts, and a part first used after it arrived renders at once', async () => {
    let loads = 0;
    let arrive!: () => void;
    const Word = ({ word }: { word: string }) => <p>{word}</p>;
    const Shout = ({ word }: { word: string }) => <strong>{word.toUpperCase()}</strong>;
    const chunk = lazyModule(() => {
      loads += 1;
      return new Promise<{ Word: typeof Word; Shout: typeof Shout }>(
        (resolve) => (arrive = () => resolve({ Word, Shout })),
      );
    });
    const LazyWord = chunk.part((module) => module.Word);
    const LazyShout = chunk.part((module) => module.Shout);
    const first = root();
    act(() => render(<LazyWord word="banner" />, first));
    expect(first.textContent).toBe('');
    arrive();
    await flush();
    expect(first.textContent).toBe('banner');
    const second = root();
    act(() => render(<LazyShout word="menu" />, second));
    expect(second.textContent).toBe('MENU');
    expect(loads).toBe(1);
  });
});
