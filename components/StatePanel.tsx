import type { ComponentChildren } from 'preact';

export interface Action {
  label: string;
  onClick: () => void;
  isBusy?: boolean;
}

export interface StatePanelProps {
  title: string;
  body?: ComponentChildren;
  action?: Action;
  /** A second, lesser way on (Cancel, Sign out…). */
  secondary?: Action;
  tone?: 'info' | 'warning' | 'error';
  /** Shows a progress bar (a sign-in running). */
  isWorking?: boolean;
}

/** A state the popup explains in plain words, with the one action that helps. */
export function StatePanel({ title, body, action, secondary, tone = 'info', isWorking }: StatePanelProps) {
  return (
    <section class={`state state--${tone}`} aria-live="polite" aria-busy={isWorking || undefined}>
      <h2 class="state__title">{title}</h2>
      {body && <p class="state__body">{body}</p>}
      {isWorking && <div class="progress" role="progressbar" aria-label={title} />}
      {(action || secondary) && (
        <div class="state__actions">
          {action && (
            <button type="button" class="btn btn--primary" onClick={action.onClick} disabled={action.isBusy}>
              {action.label}
            </button>
          )}
          {secondary && (
            <button
              type="button"
              class="btn btn--secondary"
              onClick={secondary.onClick}
              disabled={secondary.isBusy}
            >
              {secondary.label}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
