'use client';

import { forwardRef } from 'react';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: string;
  error?: string | null;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'search';
  suffix?: string;
  prefix?: string;
  placeholder?: string;
  width?: string;
}

/** A labelled text input with help under the label and the error under the field, linked for screen readers. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(props, ref) {
  const helpId = `${props.id}-help`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.help ? helpId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label}
      </label>
      {props.help ? (
        <p id={helpId} className="text-xs text-ink-muted">
          {props.help}
        </p>
      ) : null}
      <div className="mt-1 flex items-center gap-2">
        {props.prefix ? <span className="text-sm text-ink-muted">{props.prefix}</span> : null}
        <input
          ref={ref}
          id={props.id}
          type="text"
          inputMode={props.inputMode ?? 'text'}
          value={props.value}
          placeholder={props.placeholder}
          onChange={(event) => props.onChange(event.target.value)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          className={`${props.width ?? 'w-32'} rounded border bg-surface-raised px-2 py-1.5 tabular-nums ${props.error ? 'border-danger' : 'border-line'}`}
        />
        {props.suffix ? <span className="text-sm text-ink-muted">{props.suffix}</span> : null}
      </div>
      {props.error ? (
        <p id={errorId} className="mt-1 text-sm text-danger">
          {props.error}
        </p>
      ) : null}
    </div>
  );
});

/** A set of radio buttons with a visible legend; the error sits under the choices. */
export function ChoiceGroup<T extends string>(props: {
  id: string;
  legend: string;
  help?: string;
  options: readonly { value: T; label: string; description?: string }[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string | null;
}) {
  const errorId = `${props.id}-error`;
  const helpId = `${props.id}-help`;
  return (
    <fieldset id={props.id} aria-describedby={[props.help ? helpId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined}>
      <legend className="text-sm font-medium">{props.legend}</legend>
      {props.help ? (
        <p id={helpId} className="text-xs text-ink-muted">
          {props.help}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {props.options.map((option) => (
          <label
            key={option.value}
            className={`flex cursor-pointer items-start gap-2 rounded border px-3 py-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-surface-sunken has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-focus ${props.error ? 'border-danger' : 'border-line'}`}
          >
            <input type="radio" name={props.id} value={option.value} checked={props.value === option.value} onChange={() => props.onChange(option.value)} className="mt-0.5" />
            <span>
              <span className="font-medium">{option.label}</span>
              {option.description ? <span className="block text-xs text-ink-muted">{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {props.error ? (
        <p id={errorId} className="mt-1 text-sm text-danger">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
