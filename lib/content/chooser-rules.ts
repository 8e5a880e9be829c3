/** A click counts only after the chooser has been visible and unobscured this long (Bitwarden's rule). */
export const VISIBLE_BEFORE_CHOICE_MS = 500;
