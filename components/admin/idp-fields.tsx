'use client';

import { useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { IDP_LABELS } from '@/lib/catalog/labels';
import { IDP_IDS } from '@/lib/catalog/vocabulary';
import type { AppRecordInput, IdpId } from '@/lib/catalog/types';
import { NumberField, SelectField, TextAreaField, TextField, TriStateField } from './form-controls';
import { dangerButtonClass, inputClass, labelClass, secondaryButtonClass } from './styles';

const PROVISIONING_OPTIONS = [
  { value: 'scim', label: 'SCIM' },
  { value: 'jit', label: 'Just-in-time only' },
  { value: 'none', label: 'None' },
];

const FEATURES = [
  ['createUsers', 'Creates users'],
  ['updateUsers', 'Updates users'],
  ['deactivateUsers', 'Deactivates users'],
  ['pushGroups', 'Pushes groups'],
] as const;

function blankCapability(idp: IdpId): AppRecordInput['idps'][number] {
  return {
    idp,
    sso: null,
    provisioning: null,
    features: { createUsers: null, updateUsers: null, deactivateUsers: null, pushGroups: null },
    integration: null,
    syncIntervalMinutes: null,
    notes: null,
  };
}

const parseMinutes = (raw: unknown) => (raw === '' || raw === null || raw === undefined ? null : Number(raw));

/** One entry per IdP a source mentions: SSO, provisioning and each lifecycle feature as yes / no / not stated. */
export function IdpFields() {
  const { control } = useFormContext<AppRecordInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'idps' });
  const current = useWatch({ control, name: 'idps' }) ?? [];
  const missing = IDP_IDS.filter((idp) => !current.some((entry) => entry?.idp === idp));
  const [toAdd, setToAdd] = useState<IdpId | ''>('');
  const chosen = toAdd && missing.includes(toAdd) ? toAdd : (missing[0] ?? '');

  return (
    <div className="space-y-3">
      {fields.length === 0 ? <p className="text-sm text-ink-muted">No identity provider recorded: every IdP reads &ldquo;Not stated&rdquo;.</p> : null}
      <ul className="space-y-3">
        {fields.map((field, index) => {
          const label = IDP_LABELS[field.idp as IdpId] ?? field.idp;
          return (
            <li key={field.id} className="rounded-md border border-line p-3">
              <fieldset>
                <legend className="font-medium">{label}</legend>
                <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                  <TriStateField name={`idps.${index}.sso`} label="SSO" />
                  <SelectField name={`idps.${index}.provisioning`} label="Provisioning" options={PROVISIONING_OPTIONS} nullLabel="Not stated" />
                  {FEATURES.map(([key, featureLabel]) => (
                    <TriStateField key={key} name={`idps.${index}.features.${key}`} label={featureLabel} />
                  ))}
                  <TextField name={`idps.${index}.integration`} label="Integration" help="e.g. Okta Integration Network app." />
                  <NumberField name={`idps.${index}.syncIntervalMinutes`} label="Sync interval (minutes)" help="Empty when pushed on change or not stated." step="1" parse={parseMinutes} />
                  <TextAreaField name={`idps.${index}.notes`} label="Notes" className="sm:col-span-2 lg:col-span-3" />
                </div>
                <button type="button" className={`${dangerButtonClass} mt-3`} onClick={() => remove(index)} aria-label={`Remove ${label}`}>
                  Remove {label}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {missing.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="add-idp" className={labelClass}>
              Identity provider to add
            </label>
            <select id="add-idp" className={`${inputClass} mt-1`} value={chosen} onChange={(event) => setToAdd(event.target.value as IdpId)}>
              {missing.map((idp) => (
                <option key={idp} value={idp}>
                  {IDP_LABELS[idp]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className={secondaryButtonClass} onClick={() => chosen && append(blankCapability(chosen))}>
            Add identity provider
          </button>
        </div>
      ) : null}
    </div>
  );
}
