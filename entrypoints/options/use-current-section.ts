import { useEffect, useState } from 'preact/hooks';

/**
 * The id of the section the reader is in (the last one whose top has passed the top 100 px (at most a third) of
 * the window), for the navigation's `aria-current`. Follows scrolling and `#hash` jumps.
 */
export function useCurrentSection(ids: readonly string[]): [string, (id: string) => void] {
  const [current, setCurrent] = useState(ids[0] ?? '');
  useEffect(() => {
    const update = () => {
      const line = Math.min(window.innerHeight / 3, 100);
      let found = ids[0] ?? '';
      for (const id of ids) {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) found = id;
      }
      setCurrent(found);
    };
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    update();
    // Capture: whichever element scrolls (the window, or a scrolling body), its scroll is seen.
    document.addEventListener('scroll', onScroll, { passive: true, capture: true });
    window.addEventListener('hashchange', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('hashchange', onScroll);
    };
  }, [ids]);
  return [current, setCurrent];
}
