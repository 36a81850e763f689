'use client';

import { Controller, get, useFormContext, useFormState, type FieldError } from 'react-hook-form';
import { errorClass, helpClass, inputClass, labelClass } from './styles';

/** A stable element id for a form path: "plans.1.price.monthlyBase" → "f-plans-1-price-monthlyBase". */
export function idFor(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

type ErrorNode = FieldError | ErrorNode[] | { root?: FieldError; message?: string } | undefined;

function firstMessage(node: unknown): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const error = node as { message?: unknown; root?: { message?: unknown } };
  if (typeof error.message === 'string') return error.message;
  if (typeof error.root?.message === 'string') return error.root.message;
  const children: unknown[] = Array.isArray(node) ? node : Object.values(node);
  for (const child of children) {
    const message = firstMessage(child);
    if (message) return message;
  }
  return undefined;
}

/** The message to show beside a field: its own, or the first one inside it (lists, groups). */
export function useFieldError(name: string, { deep = false } = {}): string | undefined {
  const { errors } = useFormState({ name });
  const node = get(errors, name) as ErrorNode;
  if (!node) return undefined;
  if (!deep) {
    const own = node as { message?: unknown; root?: { message?: unknown } };
    if (typeof own.message === 'string') return own.message;
    if (typeof own.root?.message === 'string') return own.root.message;
  }
  return firstMessage(node);
}

export function describedBy(name: string, { help, error }: { help?: unknown; error?: unknown }): string | undefined {
  const id = idFor(name);
  return [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

interface ShellProps {
  name: string;
  label: string;
  help?: string;
  error?: string;
  className?: string;
  children: React.ReactNode;
}

/** Label, help under it, the control, and the error under the control, linked by ids. */
export function FieldShell({ name, label, help, error, className, children }: ShellProps) {
  const id = idFor(name);
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {help ? (
        <p id={`${id}-help`} className={helpClass}>
          {help}
        </p>
      ) : null}
      <div className="mt-1">{children}</div>
      {error ? (
        <p id={`${id}-error`} className={errorClass}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  help?: string;
  type?: 'text' | 'url' | 'date' | 'email' | 'password';
  autoComplete?: string;
  className?: string;
  isReadOnly?: boolean;
  isRequired?: boolean;
  placeholder?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
}

export function TextField({ name, label, help, type = 'text', className, isReadOnly, isRequired, placeholder, inputMode, autoComplete }: TextFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} label={label} help={help} error={error} className={className}>
      <input
        id={idFor(name)}
        type={type}
        className={inputClass}
        readOnly={isReadOnly}
        aria-required={isRequired || undefined}
        placeholder={placeholder}
        inputMode={inputMode}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, { help, error })}
        {...register(name)}
      />
    </FieldShell>
  );
}

export function TextAreaField({ name, label, help, className, rows = 2 }: { name: string; label: string; help?: string; className?: string; rows?: number }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} label={label} help={help} error={error} className={className}>
      <textarea
        id={idFor(name)}
        rows={rows}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, { help, error })}
        {...register(name, { setValueAs: (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value) })}
      />
    </FieldShell>
  );
}

interface NumberFieldProps {
  name: string;
  label: string;
  help?: string;
  className?: string;
  step?: string;
  /** Turns the input's text into the form value ("" → null or undefined, as the schema wants). */
  parse: (raw: unknown) => unknown;
}

export function NumberField({ name, label, help, className, step = 'any', parse }: NumberFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} label={label} help={help} error={error} className={className}>
      <input
        id={idFor(name)}
        type="number"
        step={step}
        min={0}
        inputMode="decimal"
        className={`${inputClass} tabular-nums`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, { help, error })}
        {...register(name, { setValueAs: parse })}
      />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  name: string;
  label: string;
  help?: string;
  className?: string;
  options: readonly Option[];
  /** The option for null ("Not stated"), shown first. */
  nullLabel?: string;
  /** A first option that cannot be chosen, for a required choice. */
  placeholder?: string;
}

/** A select whose "" option (if any) means null. */
export function SelectField({ name, label, help, className, options, nullLabel, placeholder }: SelectFieldProps) {
  const { control } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} label={label} help={help} error={error} className={className}>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <select
            id={idFor(name)}
            ref={field.ref}
            name={field.name}
            value={field.value === null || field.value === undefined ? '' : String(field.value)}
            onBlur={field.onBlur}
            onChange={(event) => field.onChange(event.target.value === '' && nullLabel ? null : event.target.value)}
            className={inputClass}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(name, { help, error })}
          >
            {placeholder ? (
              <option value="" disabled>
                {placeholder}
              </option>
            ) : null}
            {nullLabel ? <option value="">{nullLabel}</option> : null}
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      />
    </FieldShell>
  );
}

const TRI_STATE_OPTIONS: readonly Option[] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

/** Yes / No / Not stated: null is what no source settles, which is not "No". */
export function TriStateField({ name, label, help, className }: { name: string; label: string; help?: string; className?: string }) {
  const { control } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldShell name={name} label={label} help={help} error={error} className={className}>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <select
            id={idFor(name)}
            ref={field.ref}
            name={field.name}
            value={field.value === true ? 'true' : field.value === false ? 'false' : ''}
            onBlur={field.onBlur}
            onChange={(event) => field.onChange(event.target.value === 'true' ? true : event.target.value === 'false' ? false : null)}
            className={inputClass}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(name, { help, error })}
          >
            <option value="">Not stated</option>
            {TRI_STATE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      />
    </FieldShell>
  );
}

/** A list edited as one item per line (blank lines are dropped on save). */
export function LinesField({ name, label, help, className, rows = 4 }: { name: string; label: string; help?: string; className?: string; rows?: number }) {
  const { control } = useFormContext();
  const error = useFieldError(name, { deep: true });
  return (
    <FieldShell name={name} label={label} help={help} error={error} className={className}>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <textarea
            id={idFor(name)}
            ref={field.ref}
            name={field.name}
            rows={rows}
            value={Array.isArray(field.value) ? field.value.join('\n') : ''}
            onBlur={field.onBlur}
            onChange={(event) => field.onChange(event.target.value === '' ? [] : event.target.value.split('\n'))}
            className={inputClass}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(name, { help, error })}
          />
        )}
      />
    </FieldShell>
  );
}

/** Checkboxes for a list of values (hosting, SCIM operations, what a source covers). */
export function CheckboxGroupField({ name, legend, options, help, className }: { name: string; legend: string; options: readonly Option[]; help?: string; className?: string }) {
  const { control } = useFormContext();
  const error = useFieldError(name, { deep: true });
  const id = idFor(name);
  return (
    <fieldset className={className} aria-describedby={describedBy(name, { help, error })}>
      <legend className={labelClass}>{legend}</legend>
      {help ? (
        <p id={`${id}-help`} className={helpClass}>
          {help}
        </p>
      ) : null}
      <Controller
        name={name}
        control={control}
        render={({ field }) => {
          const values: string[] = Array.isArray(field.value) ? field.value : [];
          return (
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {options.map((option, index) => (
                <label key={option.value} className="inline-flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    id={index === 0 ? id : undefined}
                    ref={index === 0 ? field.ref : undefined}
                    checked={values.includes(option.value)}
                    onBlur={field.onBlur}
                    onChange={(event) =>
                      field.onChange(event.target.checked ? [...values, option.value] : values.filter((value) => value !== option.value))
                    }
                    aria-invalid={error ? true : undefined}
                    className="size-4 accent-accent"
                  />
                  {option.label}
                </label>
              ))}
            </div>
          );
        }}
      />
      {error ? (
        <p id={`${id}-error`} className={errorClass}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
