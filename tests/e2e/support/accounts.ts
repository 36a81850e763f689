// Test accounts. The admin is created by the e2e server from ADMIN_EMAIL / ADMIN_PASSWORD (see
// playwright.config.ts); the editor is created through the admin API in auth.setup.ts.
export interface TestAccount {
  name: string;
  email: string;
  password: string;
  storageState: string;
}

export const ADMIN: TestAccount = {
  name: 'Erin Admin',
  email: 'erin.admin@e2e.test',
  password: 'e2e admin passphrase 1',
  storageState: 'playwright/.auth/admin.json',
};

export const EDITOR: TestAccount = {
  name: 'Eddie Editor',
  email: 'eddie.editor@e2e.test',
  password: 'e2e editor passphrase 1',
  storageState: 'playwright/.auth/editor.json',
};
