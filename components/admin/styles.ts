// Shared class names of the admin forms: one look for every control, tokens only (app/globals.css).

export const inputClass =
  'block w-full min-w-0 rounded-md border border-line bg-surface-raised px-2.5 py-1.5 text-sm text-ink shadow-xs ' +
  'aria-[invalid=true]:border-danger disabled:opacity-60 read-only:bg-surface-sunken';

export const labelClass = 'block text-sm font-medium text-ink';
export const helpClass = 'mt-0.5 text-xs text-ink-muted';
export const errorClass = 'mt-1 text-sm font-medium text-danger';

const buttonBase =
  'inline-flex min-h-9 items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium no-underline ' +
  'hover:no-underline disabled:cursor-not-allowed disabled:opacity-60';
export const primaryButtonClass = `${buttonBase} bg-accent text-accent-ink hover:opacity-90`;
export const secondaryButtonClass = `${buttonBase} border border-line bg-surface-raised text-ink hover:bg-surface-sunken`;
export const dangerButtonClass = `${buttonBase} border border-danger bg-surface-raised text-danger hover:bg-status-none-bg`;
export const linkButtonClass = 'text-sm text-accent underline underline-offset-2';

export const cardClass = 'rounded-lg border border-line bg-surface-raised p-3 sm:p-4';
export const alertClass = 'rounded-md border px-3 py-2 text-sm';
export const errorAlertClass = `${alertClass} border-danger bg-status-none-bg text-ink`;
export const successAlertClass = `${alertClass} border-status-free bg-status-free-bg text-ink`;
export const warningAlertClass = `${alertClass} border-status-gated bg-status-gated-bg text-ink`;
