import { z } from 'zod';
import { isStorableText, slugSchema, UNSTORABLE_TEXT_MESSAGE } from '../catalog/schemas';
import { ROLES } from './roles';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const passwordSchema = z
  .string({ message: 'Password is required' })
  .min(PASSWORD_MIN_LENGTH, `At least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `At most ${PASSWORD_MAX_LENGTH} characters`);

export const emailSchema = z
  .string({ message: 'Email is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter an email address like name@example.com' }).max(254));

export const roleSchema = z.enum(ROLES, { message: 'Role is admin or editor' });

export const signInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, 'Password is required').max(PASSWORD_MAX_LENGTH),
});

/** A new account, created by an admin (nobody can sign themselves up). */
export const userCreateSchema = z.strictObject({
  name: z.string().trim().min(1, 'Name is required').max(120, 'Name is at most 120 characters').refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema,
});

/** What an admin may change on an account: its role, and whether it is disabled. */
export const userUpdateSchema = z
  .strictObject({ role: roleSchema, disabled: z.boolean({ message: 'disabled is true or false' }) })
  .partial()
  .refine((update) => update.role !== undefined || update.disabled !== undefined, 'Nothing to change: send role or disabled');

export const passwordChangeSchema = z
  .strictObject({
    currentPassword: z.string().min(1, 'Enter your current password').max(PASSWORD_MAX_LENGTH),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((change) => change.newPassword === change.confirmPassword, { path: ['confirmPassword'], message: 'The two new passwords differ' });

const isoDay = z.iso.date({ message: 'Date must be YYYY-MM-DD' });
const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/** Filters of the history page and `GET /api/v1/admin/history` (all from the query string). */
export const historyQuerySchema = z.object({
  app: optionalFilter(slugSchema),
  user: optionalFilter(z.string().max(100)),
  from: optionalFilter(isoDay),
  to: optionalFilter(isoDay),
  limit: optionalFilter(z.coerce.number().int('limit is a whole number').min(1).max(500)),
});

/** The admin app list's search. */
export const adminAppsQuerySchema = z.object({
  q: optionalFilter(z.string().max(100)),
  status: optionalFilter(z.enum(['live', 'deleted', 'all'])),
});

export const importQuerySchema = z.object({
  dryRun: z.enum(['true', 'false'], { message: 'dryRun is true or false' }).default('true').transform((value) => value === 'true'),
  removeMissing: z.enum(['true', 'false'], { message: 'removeMissing is true or false' }).default('false').transform((value) => value === 'true'),
  /** The uploaded file's name: it settles the format of an empty JSON file, and names the import in the log. */
  fileName: z.string().trim().max(200, 'fileName is at most 200 characters').optional(),
  /** Import from this address instead of the body (open data published on the web). */
  url: z.string().trim().max(2000, 'url is at most 2,000 characters').optional(),
});
