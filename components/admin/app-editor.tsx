'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import { toFormPath, type SaveAppResult, type VersionStampView } from '@/lib/admin/form-results';
import { formValuesOf, normaliseAppForm } from '@/lib/catalog/app-form';
import { APP_HOSTINGS, appRecordSchema, CATEGORIES, CONFIDENCE_LEVELS, SCIM_OPERATIONS } from '@/lib/catalog/schemas';
import type { AppRecord, AppRecordInput, IdentityProvider } from '@/lib/catalog/types';
import { AppPreview } from './app-preview';
import { CheckboxGroupField, LinesField, SelectField, TextAreaField, TextField, TriStateField } from './form-controls';
import { IdpFields } from './idp-fields';
import { PlanFields } from './plan-fields';
import { SourceFields } from './source-fields';
import { useIsHydrated } from './use-is-hydrated';
import { cardClass, errorAlertClass, primaryButtonClass, secondaryButtonClass, successAlertClass, warningAlertClass } from './styles';

const zod = zodResolver(appRecordSchema);
/** The shared schema, run on what the form means: blank lines dropped, ranks from order, prices stripped to their model. */
const resolver: Resolver<AppRecordInput, unknown, AppRecord> = (values, context, options) =>
  zod(normaliseAppForm(values) as AppRecordInput, context, options);

type SaveAction = (record: AppRecord, version: number) => Promise<SaveAppResult>;

interface AppEditorProps {
  /** Identity providers' reference data, so the preview shows what the public profile will. */
  providers: IdentityProvider[];
  mode: 'create' | 'edit';
  initialValues: AppRecordInput;
  /** The version the editor opened (edit mode). */
  initialVersion: number;
  save: SaveAction;
}

type Status =
  | { kind: 'saved'; version: number; changed: boolean }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string; current: VersionStampView };

const HOSTING_OPTIONS = APP_HOSTINGS.map((value) => ({ value, label: value === 'cloud' ? 'Cloud' : 'Self-hosted' }));
const OPERATION_OPTIONS = SCIM_OPERATIONS.map((value) => ({ value, label: value[0]?.toUpperCase() + value.slice(1) }));
const CATEGORY_OPTIONS = CATEGORIES.map((value) => ({ value, label: value }));
const CONFIDENCE_OPTIONS = CONFIDENCE_LEVELS.map((value) => ({ value, label: value[0]?.toUpperCase() + value.slice(1) }));

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className={cardClass}>
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      {description ? <p className="mt-0.5 text-sm text-ink-muted">{description}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** The whole app record on one page: validated by the shared schema in the browser and again on the server. */
export function AppEditor({ mode, initialValues, initialVersion, save, providers }: AppEditorProps) {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const form = useForm<AppRecordInput, unknown, AppRecord>({ defaultValues: initialValues, resolver, shouldFocusError: true, mode: 'onSubmit', reValidateMode: 'onChange' });
  const [baseVersion, setBaseVersion] = useState(initialVersion);
  const [status, setStatus] = useState<Status | null>(null);
  const [preview, setPreview] = useState<AppRecord | null>(null);
  const [isSaving, startSaving] = useTransition();
  const statusRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const { isDirty } = form.formState;

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault(); // unsaved edits: the browser asks once
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  useEffect(() => {
    if (status && status.kind !== 'error') statusRef.current?.focus();
  }, [status]);

  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);

  const onSave = form.handleSubmit((record) => {
    setStatus(null);
    startSaving(async () => {
      const result = await save(record, baseVersion);
      if (result.ok) {
        setBaseVersion(result.version);
        form.reset(formValuesOf(record));
        setStatus({ kind: 'saved', version: result.version, changed: result.changed });
        if (mode === 'create') router.push(`/admin/apps/${result.slug}?created=1`);
        else router.refresh();
        return;
      }
      if (result.conflict) {
        setStatus({ kind: 'conflict', message: result.message, current: result.conflict });
        return;
      }
      const entries = Object.entries(result.fieldErrors ?? {});
      entries.forEach(([path, messages], index) => {
        form.setError(toFormPath(path) as never, { type: 'server', message: messages[0] }, { shouldFocus: index === 0 });
      });
      setStatus({ kind: 'error', message: result.message });
    });
  });

  const onPreview = form.handleSubmit((record) => setPreview(record));

  const reapplyOnCurrent = (current: VersionStampView) => {
    setBaseVersion(current.version);
    setStatus(null);
  };

  const slug = useWatch({ control: form.control, name: 'slug' });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSave} method="post" noValidate aria-describedby="editor-help">
        <fieldset disabled={!isHydrated} className="min-w-0 space-y-4">
        <p id="editor-help" className="text-sm text-ink-muted">
          &ldquo;Not stated&rdquo; means no source settles it, which is not &ldquo;No&rdquo;. Nothing is saved until you press Save.
        </p>

        <div ref={statusRef} tabIndex={-1} className="outline-none" aria-live="polite">
          {status?.kind === 'saved' ? (
            <p role="status" className={successAlertClass}>
              {status.changed ? `Saved. This is now version ${status.version}; the public pages show it.` : `Nothing changed since version ${status.version}.`}
            </p>
          ) : null}
          {status?.kind === 'error' ? (
            <p role="alert" className={errorAlertClass}>
              {status.message}
            </p>
          ) : null}
          {status?.kind === 'conflict' ? (
            <div role="alert" className={warningAlertClass}>
              <p className="font-medium">Not saved: {status.message}</p>
              <p className="mt-1">
                Their change is kept. Your edits are still in this form: compare with the current version, then reapply what is still needed.
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                {slug ? (
                  <a className={secondaryButtonClass} href={`/admin/apps/${slug}`} target="_blank" rel="noopener">
                    Open the current version in a new tab
                  </a>
                ) : null}
                {slug ? (
                  <a className={secondaryButtonClass} href={`/admin/history?app=${slug}`} target="_blank" rel="noopener">
                    See what they changed
                  </a>
                ) : null}
                <button type="button" className={secondaryButtonClass} onClick={() => reapplyOnCurrent(status.current)}>
                  Save my edits over version {status.current.version}…
                </button>
              </div>
            </div>
          ) : null}
        </div>

        <Section title="Basics">
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="name" label="Name" isRequired />
            <TextField
              name="slug"
              label="Slug"
              isRequired
              isReadOnly={mode === 'edit'}
              help={mode === 'edit' ? 'The slug names the app in URLs and the history; it cannot change.' : 'Lowercase letters, digits and hyphens, e.g. metabase.'}
            />
            <TextField name="vendor" label="Vendor" isRequired />
            <SelectField name="category" label="Category" options={CATEGORY_OPTIONS} placeholder="Choose a category" />
            <TextField name="website" label="Website" type="url" isRequired placeholder="https://…" />
            <CheckboxGroupField name="hosting" legend="Hosting offered" options={HOSTING_OPTIONS} />
            <TextField name="verifiedAt" label="Verified on" type="date" help="When the record was last checked against its sources." />
            <SelectField name="confidence" label="Confidence" options={CONFIDENCE_OPTIONS} nullLabel="Not stated" help="How firmly the sources settle the plan gating." />
          </div>
        </Section>

        <Section title="SSO and SCIM">
          <div className="grid gap-3 sm:grid-cols-2">
            <LinesField name="sso.protocols" label="SSO protocols" help="One per line, e.g. SAML 2.0. Empty means not stated." rows={2} />
            <TriStateField name="sso.requiredForScim" label="SSO required before SCIM" />
            <TextField name="scim.version" label="SCIM version" help="Empty means not stated." />
            <CheckboxGroupField name="scim.operations" legend="SCIM operations" options={OPERATION_OPTIONS} />
            <LinesField name="scim.attributes" label="SCIM attributes" help="One per line. Empty means not stated." rows={3} />
            <TextAreaField name="scim.tokenSource" label="Where the SCIM token comes from" />
            <TextField name="scim.docsUrl" label="SCIM documentation" type="url" className="sm:col-span-2" placeholder="https://…" />
          </div>
        </Section>

        <Section
          title="Plans"
          description="Cheapest first: the order is the rank. The price fields follow the price model; a price that is “Not stated” has no source (which is neither a quote nor free)."
        >
          <PlanFields />
        </Section>

        <Section title="Identity providers" description="What each IdP does with this app. Leave an IdP out when no source mentions it.">
          <IdpFields />
        </Section>

        <Section title="Limitations and disagreements">
          <div className="grid gap-3 lg:grid-cols-2">
            <LinesField name="limitations" label="Limitations" help="One gotcha per line." rows={6} />
            <LinesField name="discrepancies" label="Where sources disagree" help="One per line: what the other source says." rows={6} />
          </div>
        </Section>

        <Section title="Sources">
          <SourceFields />
        </Section>

        <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-2 border-t border-line bg-surface px-1 py-3">
          <button type="submit" className={primaryButtonClass} disabled={isSaving}>
            {isSaving ? 'Saving…' : mode === 'create' ? 'Create app' : 'Save'}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={onPreview}>
            Preview public profile
          </button>
          {mode === 'edit' ? <span className="text-sm text-ink-muted">Based on version {baseVersion}</span> : null}
          {isDirty ? <span className="text-sm text-ink-muted">Unsaved changes</span> : null}
        </div>

        {preview ? (
          <section aria-labelledby="preview-heading" className={`${cardClass} border-dashed`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="preview-heading" ref={previewRef} tabIndex={-1} className="text-base font-semibold outline-none">
                Preview (not saved)
              </h2>
              <button type="button" className={secondaryButtonClass} onClick={() => setPreview(null)}>
                Close preview
              </button>
            </div>
            <div className="mt-3">
              <AppPreview record={preview} providers={providers} />
            </div>
          </section>
        ) : null}
        </fieldset>
      </form>
    </FormProvider>
  );
}
