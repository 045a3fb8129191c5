import { expect, test } from '@playwright/test';
import { login, openAdmin, screenshots } from './helpers';

test('the system admin creates a branch head and a store headed by them, edits both', async ({ page }) => {
  const suffix = Date.now().toString(36);
  const username = `head.e2e.${suffix}`;
  await login(page, 'admin');
  await openAdmin(page, 'Users');
  await page.getByRole('button', { name: 'New user' }).click();
  const form = page.getByRole('form', { name: 'New user' });
  await form.getByLabel('Username').fill('advisor1.mgr');
  await form.getByLabel('E-mail').fill(`${suffix}@example.com`);
  await form.getByLabel('Password').fill('123');
  await form.getByLabel('Role').selectOption({ label: 'Branch head' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Username').fill(username);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Username')).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Password').fill('a-long-e2e-passphrase');
  await form.getByLabel('First name').fill('Eva');
  await form.getByLabel('Last name').fill(`Head ${suffix}`);
  await screenshots(page, 'admin-user-form');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await openAdmin(page, 'Stores');
  await page.getByRole('button', { name: 'New store' }).click();
  const storeForm = page.getByRole('form', { name: 'New store' });
  await storeForm.getByLabel('Name').fill(`E2E ${suffix}`);
  await storeForm.getByLabel('Code').fill(`E2E${suffix}`.toUpperCase().slice(0, 20));
  await storeForm.getByLabel('Time zone').fill('Mars/Olympus');
  await storeForm.getByLabel('Branch head').selectOption({ label: `Eva Head ${suffix} (${username})` });
  await storeForm.getByRole('button', { name: 'Save' }).click();
  await expect(storeForm.getByLabel('Time zone')).toHaveAttribute('aria-invalid', 'true');
  await storeForm.getByLabel('Time zone').fill('Asia/Kolkata');
  await storeForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: `E2E ${suffix}` });
  await expect(row).toContainText(`Eva Head ${suffix}`);
  await screenshots(page, 'admin-stores-edit');

  // The store is deactivated and activated again.
  await row.getByRole('button', { name: `Deactivate E2E ${suffix}` }).click();
  await expect(row).toContainText('No');
  await row.getByRole('button', { name: `Activate E2E ${suffix}` }).click();
  await expect(row).toContainText('Yes');
});

test('the system admin sees the booking options, the price history and the inventory settings', async ({ page }) => {
  await login(page, 'admin');
  await openAdmin(page, 'Booking options');
  await expect(page.getByRole('heading', { name: 'Issues', level: 1 })).toBeVisible();
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await screenshots(page, 'admin-booking-options');
  await page.getByRole('navigation', { name: 'Booking option sections' }).getByRole('link', { name: 'Intake questions' }).click();
  await expect(page.getByRole('cell', { name: 'INTAKE_DEFAULT' }).first()).toBeVisible();

  // A price change with a reason lands in the price history.
  await openAdmin(page, 'Catalog');
  await page.getByRole('navigation', { name: 'Catalog sections' }).getByRole('link', { name: 'Variants' }).click();
  const first = page.locator('tbody tr').first();
  const variant = (await first.locator('td').first().textContent())!.trim();
  await first.getByRole('button', { name: `Edit ${variant}`, exact: true }).click();
  const price = page.getByLabel('Price', { exact: true });
  const before = await price.inputValue();
  const next = (Number(before) + 1).toFixed(2);
  await price.fill(next);
  await page.getByLabel('Reason for a price change').fill('End-to-end price check');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await openAdmin(page, 'Price history');
  await expect(page.getByRole('heading', { name: 'Price history', level: 1 })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'End-to-end price check' }).first()).toContainText(variant);
  await screenshots(page, 'admin-price-logs');
  // Put the price back (the catalog scenarios read the demo prices).
  await openAdmin(page, 'Catalog');
  await page.getByRole('navigation', { name: 'Catalog sections' }).getByRole('link', { name: 'Variants' }).click();
  await page.getByRole('button', { name: `Edit ${variant}`, exact: true }).first().click();
  await page.getByLabel('Price', { exact: true }).fill(before);
  await page.getByLabel('Reason for a price change').fill('End-to-end price restored');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await openAdmin(page, 'Inventory settings');
  const threshold = page.getByLabel('Low-stock threshold');
  await expect(threshold).toHaveValue(/\d+/);
  const value = await threshold.inputValue();
  await threshold.fill('-1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await threshold.fill(value);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await screenshots(page, 'admin-inventory-settings');
});
