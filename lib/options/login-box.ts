/**
 * Where the checker's lines live. A browser textarea relays out its whole text on every key
 * (about 4 µs a line in Chromium, 45 ms at 10,000 lines), so a paste past {@link BOX_MAX_LINES}
 * moves into a list whose lines are edited one by one, and the box is free for more.
 */
export interface LoginBox {
  /** Lines moved out of the box, in order; they come first (line 1 is `listed[0]`). */
  listed: string[];
  /** The box's text: lines after the listed ones. */
  text: string;
  /** How many lines the last move took (for the notice; 0 when none). */
  moved: number;
}

/** Checked rows shown at first, and how many more each "Show more" adds. */
export const FIRST_ROWS = 100;
export const MORE_ROWS = 500;

/** Past this many lines the box's content moves into the list. */
export const BOX_MAX_LINES = 500;

const split = (text: string) => text.split(/\r\n|\r|\n/);

/** The box after the person typed or pasted `text` into it. */
export function moveToList(box: LoginBox, text: string): LoginBox {
  const lines = split(text);
  if (lines.length <= BOX_MAX_LINES) return { ...box, text };
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return { listed: [...box.listed, ...lines], text: '', moved: lines.length };
}

/** The box after line `line` (1-based, counting the listed lines first) was edited in place. */
export function setLine(box: LoginBox, line: number, value: string): LoginBox {
  const at = line - 1;
  if (at < box.listed.length) {
    const listed = box.listed.slice();
    listed[at] = value;
    return { ...box, listed };
  }
  const lines = split(box.text);
  lines[at - box.listed.length] = value;
  return { ...box, text: lines.join('\n') };
}
