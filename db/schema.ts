import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Price } from '../lib/catalog/types';
import type { ImportedVendor, ImportProvenance } from '../lib/open-data/types';

// Booleans are nullable on purpose: null = not stated by any source, which is not false.

export const identityProviders = sqliteTable('identity_providers', {
  id: text('id').primaryKey(), // slug: okta, entra, google, onelogin, jumpcloud, ping
  name: text('name').notNull(),
  provisioningStyle: text('provisioning_style').notNull().default(''),
  syncIntervalMinutes: integer('sync_interval_minutes'),
  notes: text('notes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  sources: text('sources', { mode: 'json' }).$type<{ url: string; title: string; asOf: string }[]>().notNull().default(sql`'[]'`),
});

export const apps = sqliteTable(
  'apps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    vendor: text('vendor').notNull(),
    category: text('category').notNull(),
    website: text('website').notNull(),
    hosting: text('hosting', { mode: 'json' }).$type<string[]>().notNull(),
    ssoProtocols: text('sso_protocols', { mode: 'json' }).$type<string[] | null>(),
    ssoRequiredForScim: integer('sso_required_for_scim', { mode: 'boolean' }),
    scimVersion: text('scim_version'),
    scimOperations: text('scim_operations', { mode: 'json' }).$type<string[]>().notNull(),
    scimAttributes: text('scim_attributes', { mode: 'json' }).$type<string[] | null>(),
    tokenSource: text('token_source'),
    docsUrl: text('docs_url'),
    limitations: text('limitations', { mode: 'json' }).$type<string[]>().notNull(),
    discrepancies: text('discrepancies', { mode: 'json' }).$type<string[]>().notNull(),
    verifiedAt: text('verified_at').notNull(), // YYYY-MM-DD
    confidence: text('confidence'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    updatedBy: text('updated_by'),
    /** Optimistic concurrency: a save names the version it was based on. */
    version: integer('version').notNull().default(1),
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
    /** curated: researched or edited by an editor; index: made from an open-data row, refreshed by newer releases. */
    origin: text('origin').notNull().default('curated'),
    /** For index profiles: the row the profile is made from (dataset, release, licence, publisher values). */
    provenance: text('provenance', { mode: 'json' }).$type<ImportProvenance | null>(),
    importedAt: integer('imported_at', { mode: 'timestamp_ms' }),
  },
  (table) => [uniqueIndex('apps_slug_unique').on(table.slug), index('apps_name_idx').on(table.name)],
);

export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    appId: integer('app_id')
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    rank: integer('rank').notNull(),
    hosting: text('hosting').notNull(), // cloud | self-hosted | both
    sso: integer('sso', { mode: 'boolean' }),
    scim: integer('scim', { mode: 'boolean' }),
    /** Validated by priceSchema on the way in; null = no source states a price (not a quote, not free). */
    price: text('price', { mode: 'json' }).$type<Price | null>(),
    note: text('note'),
  },
  (table) => [index('plans_app_rank_idx').on(table.appId, table.rank)],
);

export const idpCapabilities = sqliteTable(
  'idp_capabilities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    appId: integer('app_id')
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    idpId: text('idp_id')
      .notNull()
      .references(() => identityProviders.id),
    sso: integer('sso', { mode: 'boolean' }),
    provisioning: text('provisioning'), // scim | jit | none | null (unknown)
    createUsers: integer('create_users', { mode: 'boolean' }),
    updateUsers: integer('update_users', { mode: 'boolean' }),
    deactivateUsers: integer('deactivate_users', { mode: 'boolean' }),
    pushGroups: integer('push_groups', { mode: 'boolean' }),
    integration: text('integration'),
    syncIntervalMinutes: integer('sync_interval_minutes'),
    notes: text('notes'),
  },
  (table) => [uniqueIndex('idp_capabilities_app_idp_unique').on(table.appId, table.idpId), index('idp_capabilities_idp_idx').on(table.idpId)],
);

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    appId: integer('app_id')
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    url: text('url').notNull(),
    title: text('title').notNull(),
    asOf: text('as_of').notNull(), // YYYY-MM-DD
    covers: text('covers', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (table) => [index('sources_app_idx').on(table.appId)],
);

// ---------------------------------------------------------------------------------------------
// Open data: rows of other datasets about a profile, kept beside it rather than merged into it, so a
// curated field is never overwritten and conflicts are worked out against the profile as it is now.
// ---------------------------------------------------------------------------------------------

export const openDataRows = sqliteTable(
  'open_data_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    appId: integer('app_id')
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    dataset: text('dataset').notNull(), // scim-tax-index | sso-tax
    release: text('release').notNull(),
    /** How the row was matched to the profile: slug, name, alias, company, name-prefix (or origin when it made the profile). */
    matchedBy: text('matched_by').notNull(),
    /** The row mapped into our model plus the publisher's values, validated on the way in. */
    vendor: text('vendor', { mode: 'json' }).$type<ImportedVendor>().notNull(),
    importedAt: integer('imported_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('open_data_rows_app_dataset_unique').on(table.appId, table.dataset)],
);

/** One row per applied open-data import: what came in, when, from whom. */
export const openDataImports = sqliteTable('open_data_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: integer('at', { mode: 'timestamp_ms' }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
  dataset: text('dataset').notNull(),
  release: text('release').notNull(),
  format: text('format').notNull(),
  /** File name or URL the data came from. */
  origin: text('origin').notNull(),
  actorName: text('actor_name').notNull(),
  rows: integer('rows').notNull(),
  added: integer('added').notNull(),
  updated: integer('updated').notNull(),
  attached: integer('attached').notNull(),
  conflicts: integer('conflicts').notNull(),
});

// ---------------------------------------------------------------------------------------------
// Accounts: the tables Better Auth's Drizzle adapter manages (generated from its schema for the
// sqlite provider with the admin plugin, which adds role/banned to users and impersonatedBy to
// sessions). Column names are Better Auth's defaults in snake case; do not rename them.
// ---------------------------------------------------------------------------------------------

const nowMs = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const users = sqliteTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).default(false).notNull(),
  image: text('image'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
    .default(nowMs)
    .$onUpdate(() => new Date())
    .notNull(),
  /** admin | editor (see lib/auth/roles.ts). */
  role: text('role'),
  /** A disabled account: it cannot sign in and its sessions are gone. */
  banned: integer('banned', { mode: 'boolean' }).default(false),
  banReason: text('ban_reason'),
  banExpires: integer('ban_expires', { mode: 'timestamp_ms' }),
});

export const sessions = sqliteTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .$onUpdate(() => new Date())
      .notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    impersonatedBy: text('impersonated_by'),
  },
  (table) => [index('session_userId_idx').on(table.userId)],
);

export const accounts = sqliteTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp_ms' }),
    refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp_ms' }),
    scope: text('scope'),
    /** Scrypt hash written by Better Auth; never leaves the server. */
    password: text('password'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .$onUpdate(() => new Date())
      .notNull(),
  },
  (table) => [index('account_userId_idx').on(table.userId)],
);

export const verifications = sqliteTable(
  'verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .default(nowMs)
      .$onUpdate(() => new Date())
      .notNull(),
  },
  (table) => [index('verification_identifier_idx').on(table.identifier)],
);

/** What Better Auth's Drizzle adapter looks up by model name. */
export const authSchema = { user: users, session: sessions, account: accounts, verification: verifications };

// ---------------------------------------------------------------------------------------------
// Audit history: one row per catalog or account change, written in the same transaction as the
// change. Actor name and email are snapshots so the history survives renamed or removed users.
// ---------------------------------------------------------------------------------------------

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
    actorId: text('actor_id'), // null for the command line and the seed
    actorName: text('actor_name').notNull(),
    actorEmail: text('actor_email'),
    /** app.create | app.update | app.delete | app.restore | app.import | app.open-data | user.create | user.update */
    action: text('action').notNull(),
    appId: integer('app_id'), // no foreign key: the history outlives the row
    appSlug: text('app_slug'),
    /** Subject of an account change (user id); null for catalog changes. */
    subjectUserId: text('subject_user_id'),
    before: text('before', { mode: 'json' }).$type<unknown>(),
    after: text('after', { mode: 'json' }).$type<unknown>(),
  },
  (table) => [
    index('audit_log_at_idx').on(table.at),
    index('audit_log_app_idx').on(table.appSlug, table.at),
    index('audit_log_actor_idx').on(table.actorId, table.at),
  ],
);
