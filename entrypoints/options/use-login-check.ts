import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import { createLoginChecker, splitLines } from '../../lib/options/login-check-view';
import type { ViewLimits } from '../../lib/options/login-check-view';
import { moveToList, setLine } from '../../lib/options/login-box';
import type { LoginBox } from '../../lib/options/login-box';

/** Time a keystroke may spend checking lines before the page paints (the rest follows next frame). */
const CHECK_BUDGET_MS = 6;

/**
 * The checker's state: the box's text and the lines moved out of it (a large paste), their view
 * re-checked only where they changed, a large paste checked a slice per task.
 */
export function useLoginCheck(rootEmail: string, limits: ViewLimits) {
  const checker = useRef(createLoginChecker(t));
  const [box, setBox] = useState<LoginBox>({ listed: [], text: '', moved: 0 });
  // Pending lines (a large paste) are checked a slice per task: a busy machine runs frames
  // rarely, and keys typed meanwhile go in between.
  const [slice, nextSlice] = useState(0);
  // In the render, not an effect: the key's verdict is painted in the key's own frame.
  const view = useMemo(() => {
    const boxLines = box.text === '' ? [] : splitLines(box.text);
    checker.current.update(rootEmail, box.listed.length === 0 ? boxLines : [...box.listed, ...boxLines]);
    return checker.current.run(CHECK_BUDGET_MS, limits);
  }, [rootEmail, box, limits.rows, limits.orgs, slice]);
  useEffect(() => {
    if (view.pending === 0) return;
    const timer = setTimeout(() => nextSlice((count) => count + 1), 0);
    return () => clearTimeout(timer);
  }, [view]);
  return {
    view,
    box,
    setText: (text: string) => setBox((old) => moveToList(old, text)),
    setLine: (line: number, value: string) => setBox((old) => setLine(old, line, value)),
    clearList: () => setBox((old) => ({ ...old, listed: [], moved: 0 })),
  };
}
