import { expect, test } from '@playwright/test';
import { login, openAdmin, screenshots } from './helpers';

test('a customer signs in, edits the profile, sees a field error and signs out', async ({ page }) => {
  await page.goto('/account');
  // Anonymous: sent to sign in, and back to the account page afterwards.
  await expect(page).toHaveURL(/\/login\?next=%2Faccount/);
  await screenshots(page, 'login');
  await page.getByLabel('Username or e-mail').fill('customer1');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Invalid username/email or password.');

  await page.getByLabel('Password').fill('storeops-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Manage' })).toHaveCount(0);

  // A valid edit is saved and survives a reload (the session is restored from the refresh token).
  await page.getByLabel('First name').fill('Asha');
  await page.getByLabel('Last name').fill('Rao');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('First name')).toHaveValue('Asha');

  // The API's field error is shown next to the field, and focus moves to it.
  const phone = page.getByLabel('Phone');
  await phone.fill('12345');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Enter a valid phone number.')).toBeVisible();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toBeFocused();
  await screenshots(page, 'account-field-error');

  // Password change: a wrong current password is refused next to its field.
  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByLabel('New password').fill('another-Secret-42');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Incorrect password.')).toBeVisible();

  // Sign out: the refresh token is blacklisted, so the stored one no longer restores a session.
  const stored = await page.evaluate(() => localStorage.getItem('storeops.refresh'));
  expect(stored).toBeTruthy();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('storeops.refresh'))).toBeNull();
  const refresh = await page.request.post('/api/token/refresh', { data: { refresh: stored } });
  expect(refresh.status()).toBe(401);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login/);
});

test('registration shows the API field errors next to the fields', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('Username').fill('customer1');
  await page.getByLabel('E-mail').fill('not-an-email');
  await page.getByLabel('Password').fill('a-Good-passphrase-7');
  await page.getByRole('button', { name: 'Create account' }).click();
  const email = page.getByLabel('E-mail');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await screenshots(page, 'register-errors');

  await email.fill('someone.new@example.com');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('A user with this username already exists.')).toBeVisible();
  await expect(page.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Username').fill('new.customer');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/login\?registered=1/);
  await expect(page.getByText('Your account is ready. Sign in to continue.')).toBeVisible();
});

test('the system admin sees users, stores and stock; a customer is refused', async ({ page }) => {
  await login(page, 'admin');
  await openAdmin(page, 'Users');
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'customer1', exact: true })).toBeVisible();
  await screenshots(page, 'admin-users');
  await openAdmin(page, 'Stores');
  await expect(page.getByRole('heading', { name: 'Stores' })).toBeVisible();
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await screenshots(page, 'admin-stores');
  await openAdmin(page, 'Stock');
  await expect(page.getByRole('heading', { name: 'Stock balances' })).toBeVisible();
  await expect(page.locator('tbody tr').first()).toBeVisible();
  const rows = await page.locator('tbody tr').count();
  await page.getByLabel('Store').selectOption({ label: 'MG Road' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/store=\d+/);
  await expect.poll(async () => (await page.locator('tbody tr td:nth-child(4)').allTextContents()).every((s) => s === 'MG Road')).toBe(true);
  expect(await page.locator('tbody tr').count()).toBeLessThanOrEqual(rows);
  await screenshots(page, 'admin-stock');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await login(page, 'customer2');
  await page.goto('/manage/users');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('a refresh token used twice signs the user out everywhere, with a message', async ({ page }) => {
  await login(page, 'customer2');
  const stolen = await page.evaluate(() => localStorage.getItem('storeops.refresh'));
  // Someone else spends the token first (rotation consumes it)...
  const theft = await page.request.post('/api/token/refresh', { data: { refresh: stolen } });
  expect(theft.status()).toBe(200);
  const thiefPair = await theft.json();
  // ...then this browser starts again and presents the same token: the server reports reuse.
  await page.reload();
  await expect(page.getByText('For your safety, every session of your account was signed out.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('storeops.refresh'))).toBeNull();
  // The thief's rotated token died with every other session.
  const after = await page.request.post('/api/token/refresh', { data: { refresh: thiefPair.refresh } });
  expect(after.status()).toBe(401);
  await screenshots(page, 'signed-out-reuse');
});
