import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Price } from '../lib/catalog/types';

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
