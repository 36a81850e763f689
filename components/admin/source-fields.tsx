'use client';

import { useFieldArray, useFormContext } from 'react-hook-form';
import { SOURCE_COVERS } from '@/lib/catalog/vocabulary';
import type { AppRecordInput } from '@/lib/catalog/types';
import { CheckboxGroupField, TextField, useFieldError } from './form-controls';
import { dangerButtonClass, secondaryButtonClass } from './styles';

const COVER_OPTIONS = SOURCE_COVERS.map((value) => ({ value, label: value === 'idps' ? 'IdPs' : value === 'sso' || value === 'scim' ? value.toUpperCase() : 'Pricing' }));

/** Where each figure comes from: URL, title, the date it was read, and what it supports. */
export function SourceFields() {
  const { control } = useFormContext<AppRecordInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'sources' });
  const listError = useFieldError('sources');
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="space-y-3">
      {listError ? <p className="text-sm font-medium text-danger">{listError}</p> : null}
      {fields.length === 0 ? <p className="text-sm text-ink-muted">No sources yet.</p> : null}
      <ol className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.id} className="rounded-md border border-line p-3">
            <fieldset>
              <legend className="font-medium">Source {index + 1}</legend>
              <div className="mt-2 grid gap-3 sm:grid-cols-2">
                <TextField name={`sources.${index}.title`} label="Title" isRequired />
                <TextField name={`sources.${index}.url`} label="URL" type="url" isRequired placeholder="https://…" />
                <TextField name={`sources.${index}.asOf`} label="As of" type="date" />
                <CheckboxGroupField name={`sources.${index}.covers`} legend="Supports" options={COVER_OPTIONS} />
              </div>
              <button type="button" className={`${dangerButtonClass} mt-3`} onClick={() => remove(index)} aria-label={`Remove source ${index + 1}`}>
                Remove source
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className={secondaryButtonClass} onClick={() => append({ url: '', title: '', asOf: today, covers: [] })}>
        Add a source
      </button>
    </div>
  );
}
