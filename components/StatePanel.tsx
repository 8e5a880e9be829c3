import type { ComponentChildren } from 'preact';

export interface StatePanelProps {
  title: string;
  body?: ComponentChildren;
  action?: { label: string; onClick: () => void; isBusy?: boolean };
  tone?: 'info' | 'warning' | 'error';
}

/** A state the popup explains in plain words, with the one action that helps. */
export function StatePanel({ title, body, action, tone = 'info' }: StatePanelProps) {
  return (
    <section class={`state state--${tone}`} aria-live="polite">
      <h2 class="state__title">{title}</h2>
      {body && <p class="state__body">{body}</p>}
      {action && (
        <button
          type="button"
          class="button button--primary"
          onClick={action.onClick}
          disabled={action.isBusy}
        >
          {action.label}
        </button>
      )}
    </section>
  );
}

export interface BannerProps {
  children: ComponentChildren;
  action?: { label: string; onClick: () => void };
  tone?: 'warning' | 'error';
}

/** A one-line notice above the list (a failed refresh, dropped entries, a cache warning). */
export function Banner({ children, action, tone = 'warning' }: BannerProps) {
  return (
    <div class={`banner banner--${tone}`} role="status">
      <span>{children}</span>
      {action && (
        <button type="button" class="link-button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
