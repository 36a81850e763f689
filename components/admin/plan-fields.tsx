'use client';

import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { PRICE_MODEL_LABELS } from '@/lib/catalog/labels';
import { emptyPrice, parseFieldInput, PRICE_FIELDS, PRICE_MODELS } from '@/lib/catalog/price-fields';
import { PLAN_HOSTINGS } from '@/lib/catalog/vocabulary';
import type { AppRecordInput, PriceModel } from '@/lib/catalog/types';
import { describedBy, FieldShell, idFor, NumberField, SelectField, TextAreaField, TextField, TriStateField, useFieldError } from './form-controls';
import { dangerButtonClass, inputClass, secondaryButtonClass } from './styles';

const HOSTING_OPTIONS = PLAN_HOSTINGS.map((value) => ({ value, label: value === 'both' ? 'Cloud and self-hosted' : value === 'cloud' ? 'Cloud' : 'Self-hosted' }));

function PriceModelField({ index }: { index: number }) {
  const { control } = useFormContext<AppRecordInput>();
  const name = `plans.${index}.price` as const;
  const error = useFieldError(`${name}.model`);
  return (
    <FieldShell name={`${name}.model`} label="Price model" error={error}>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <select
            id={idFor(`${name}.model`)}
            ref={field.ref}
            value={field.value?.model ?? ''}
            onBlur={field.onBlur}
            onChange={(event) => {
              const model = event.target.value as PriceModel | '';
              field.onChange(model === '' ? null : emptyPrice(model, field.value as Record<string, unknown> | null));
            }}
            className={inputClass}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(`${name}.model`, { error })}
          >
            <option value="">Not stated</option>
            {PRICE_MODELS.map((model) => (
              <option key={model} value={model}>
                {PRICE_MODEL_LABELS[model]}
              </option>
            ))}
          </select>
        )}
      />
    </FieldShell>
  );
}

function PriceFields({ index }: { index: number }) {
  const model = useWatch<AppRecordInput>({ name: `plans.${index}.price.model` }) as PriceModel | undefined;
  if (!model || !PRICE_FIELDS[model]) return null;
  return (
    <>
      {PRICE_FIELDS[model].map((field) => (
        <NumberField
          key={`${model}-${field.key}`}
          name={`plans.${index}.price.${field.key}`}
          label={field.label}
          help={field.help ?? (field.isRequired ? undefined : 'Optional.')}
          step={field.kind === 'seats' ? '1' : '0.01'}
          parse={(raw) => parseFieldInput(field, raw)}
        />
      ))}
      <TextField name={`plans.${index}.price.currency`} label="Currency" help="Three letters, e.g. USD." />
      <TextAreaField name={`plans.${index}.price.note`} label="Price note" help="Billing basis, source and date of the figure." className="sm:col-span-2" />
    </>
  );
}

function newPlan(rank: number): AppRecordInput['plans'][number] {
  return { name: '', rank, hosting: 'cloud', sso: null, scim: null, price: null };
}

/** The plan ladder: add, remove and reorder plans (their rank is their position), each with its price. */
export function PlanFields() {
  const { control } = useFormContext<AppRecordInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'plans' });
  const planNames = useWatch({ control, name: 'plans' });
  const listError = useFieldError('plans');
  return (
    <div className="space-y-3">
      {listError ? <p className="text-sm font-medium text-danger">{listError}</p> : null}
      {fields.length === 0 ? <p className="text-sm text-ink-muted">No plans yet.</p> : null}
      <ol className="space-y-3">
        {fields.map((field, index) => {
          const label = planNames?.[index]?.name || `Plan ${index + 1}`;
          return (
            <li key={field.id} className="rounded-md border border-line p-3">
              <fieldset>
                <legend className="flex w-full flex-wrap items-center justify-between gap-2 font-medium">
                  <span>
                    {index + 1}. {label}
                  </span>
                </legend>
                <div className="mb-3 flex flex-wrap gap-2">
                  <button type="button" className={secondaryButtonClass} onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`Move ${label} up`}>
                    Move up
                  </button>
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    onClick={() => move(index, index + 1)}
                    disabled={index === fields.length - 1}
                    aria-label={`Move ${label} down`}
                  >
                    Move down
                  </button>
                  <button type="button" className={dangerButtonClass} onClick={() => remove(index)} aria-label={`Remove ${label}`}>
                    Remove
                  </button>
                </div>
                <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                  <TextField name={`plans.${index}.name`} label="Plan name" isRequired />
                  <SelectField name={`plans.${index}.hosting`} label="Hosting" options={HOSTING_OPTIONS} />
                  <TriStateField name={`plans.${index}.sso`} label="SSO on this plan" />
                  <TriStateField name={`plans.${index}.scim`} label="SCIM on this plan" />
                </div>
                <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                  <PriceModelField index={index} />
                  <PriceFields index={index} />
                </div>
                <TextAreaField name={`plans.${index}.note`} label="Plan note" help="Optional: a remark on the plan itself." className="mt-3" />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className={secondaryButtonClass} onClick={() => append(newPlan(fields.length))}>
        Add a plan
      </button>
    </div>
  );
}
