import type { ComponentChildren } from 'preact';

export interface BannerProps {
  children: ComponentChildren;
  action?: { label: string; onClick: () => void };
  tone?: 'info' | 'warning' | 'error';
}

/** A one-line notice above the list (a failed refresh, dropped entries, a cache warning). */
export function Banner({ children, action, tone = 'warning' }: BannerProps) {
  return (
    <div class={`banner banner--${tone}`} role="status">
      <span>{children}</span>
      {action && (
        <button type="button" class="btn btn--link" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
