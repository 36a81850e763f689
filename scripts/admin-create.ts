// npm run admin:create -- --email you@example.org --password '…' [--name 'Your Name']
// Creates an admin account in the configured database. Refuses an email that is already in use.
import { parseArgs } from 'node:util';
import { AdminCredentialsError, createAdmin } from '@/db/bootstrap-admin';
import { createDatabase } from '@/db/create-db';
import { prepareDatabase } from '@/db/prepare';
import { readEnv } from '@/lib/server/env';

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !values.password) {
    console.error("Usage: npm run admin:create -- --email you@example.org --password 'a long passphrase' [--name 'Your Name']");
    process.exit(2);
  }
  const env = readEnv();
  const connection = createDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, busyTimeoutMs: env.DATABASE_BUSY_TIMEOUT_MS });
  try {
    await prepareDatabase(connection);
    const result = await createAdmin(connection.db, { email: values.email, password: values.password, name: values.name }, { id: null, name: 'Command line (admin:create)', email: null });
    if (!result.ok) {
      console.error(`An account with the email ${values.email.toLowerCase()} already exists; nothing was changed.`);
      process.exitCode = 1;
    } else console.log(`Admin account ${result.email} created in ${env.DATABASE_URL}. Sign in at /admin/login.`);
  } finally {
    connection.client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof AdminCredentialsError ? `Cannot create the admin:\n${error.message}` : error);
  process.exit(1);
});
