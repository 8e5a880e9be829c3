import type { ComponentChildren, JSX } from 'preact';

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Shown under the field and tied to it with `aria-describedby`; marks it `aria-invalid`. */
  error?: string | null;
  hint?: string;
  /** More ids describing the field (e.g. a verdict list). */
  describedBy?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'url';
  placeholder?: string;
  isReadOnly?: boolean;
  autoComplete?: string;
}

/** A labelled text input or textarea with its hint and error tied to it for screen readers. */
export function Field(props: FieldProps) {
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errorId = props.error ? `${props.id}-error` : null;
  const describedBy = [hintId, errorId, props.describedBy].filter(Boolean).join(' ') || undefined;
  const shared = {
    id: props.id,
    value: props.value,
    placeholder: props.placeholder,
    readOnly: props.isReadOnly,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    class: 'field__input',
    spellcheck: false,
    autoComplete: props.autoComplete ?? 'off',
    onInput: (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      props.onInput(event.currentTarget.value),
  };
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <p class="field__hint" id={hintId!}>
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea rows={props.rows ?? 4} {...shared} />
      ) : (
        <input type={props.type ?? 'text'} {...shared} />
      )}
      {props.error && (
        <p class="field__error" id={errorId!}>
          {props.error}
        </p>
      )}
    </div>
  );
}

export interface SectionProps {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}

/** A section of the options page; its `id` is the link target (`options.html#request`). */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section id={id} class="section" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`} class="section__title">
        {title}
      </h2>
      {intro && <p class="section__intro">{intro}</p>}
      {children}
    </section>
  );
}

/** A message that appears after an action (saved, copied, failed), announced politely. */
export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'error' | 'warning';
  children: ComponentChildren;
}) {
  return (
    <div class={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
