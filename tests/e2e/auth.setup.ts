import { mkdirSync } from 'node:fs';
import { expect, test as setup } from '@playwright/test';
import { ADMIN, EDITOR } from './support/accounts';
import { newClientContext, signIn } from './support/admin';

// Signs the admin in once, creates the editor through the admin API, signs the editor in, and
// keeps both sessions for the other tests.
setup('sign in the admin and create the editor', async ({ browser }) => {
  mkdirSync('playwright/.auth', { recursive: true });
  const adminContext = await newClientContext(browser);
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, ADMIN);
  await adminContext.storageState({ path: ADMIN.storageState });

  const created = await adminPage.request.post('/api/v1/admin/users', {
    data: { name: EDITOR.name, email: EDITOR.email, password: EDITOR.password, role: 'editor' },
  });
  expect([201, 409], await created.text()).toContain(created.status());
  await adminContext.close();

  const editorContext = await newClientContext(browser);
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, EDITOR);
  await editorContext.storageState({ path: EDITOR.storageState });
  await editorContext.close();
});
