import { asc } from 'drizzle-orm';
import type { IdentityProvider, IdpId } from '@/lib/catalog/types';
import type { Queryable } from '../create-db';
import { identityProviders } from '../schema';

export async function listIdentityProviders(db: Queryable): Promise<IdentityProvider[]> {
  const rows = await db.select().from(identityProviders).orderBy(asc(identityProviders.name));
  return rows.map((row) => ({
    id: row.id as IdpId,
    name: row.name,
    provisioningStyle: row.provisioningStyle,
    notes: row.notes,
    syncIntervalMinutes: row.syncIntervalMinutes,
    sources: row.sources,
  }));
}

/** Inserts or refreshes the identity providers (they are reference data, not edited in the app). */
export async function upsertIdentityProviders(db: Queryable, providers: IdentityProvider[]): Promise<void> {
  for (const provider of providers) {
    const values = {
      id: provider.id,
      name: provider.name,
      provisioningStyle: provider.provisioningStyle,
      syncIntervalMinutes: provider.syncIntervalMinutes,
      notes: provider.notes,
      sources: provider.sources,
    };
    await db.insert(identityProviders).values(values).onConflictDoUpdate({ target: identityProviders.id, set: values });
  }
}
