/** A click counts only after the chooser has been visible and unobscured this long (Bitwarden's rule). */
export const VISIBLE_BEFORE_CHOICE_MS = 500;

/** Posted to the chooser frame to move keyboard focus into it (ArrowDown in the field). */
export const FOCUS_MESSAGE = 'cross-instance-sign-in:focus-chooser';
