import { expect, test, type Locator, type Page } from '@playwright/test';
import { login, openAdmin, screenshots } from './helpers';

/** The movement form's variant: the product found by typing, then the variant among that product's. */
async function pickVariant(form: Locator, product: string, variant: string) {
  await form.getByRole('combobox', { name: 'Product' }).fill(product);
  await form.getByRole('listbox', { name: 'Product' }).getByRole('option', { name: product, exact: true }).click();
  const option = form.getByLabel('Variant').locator('option', { hasText: variant });
  await expect(option).toHaveCount(1);
  await form.getByLabel('Variant').selectOption((await option.getAttribute('value')) ?? '');
}

test('the admin records a purchase and finds it among the stock movements', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/manage/stock-entries');
  await expect(page.getByRole('heading', { name: 'Stock movements', level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: 'New movement' });

  // No store chosen: the API's error is shown by the store field.
  await pickVariant(form, 'Airdopes 141', 'Bold Black');
  await form.getByLabel('Quantity').fill('5');
  await form.getByRole('button', { name: 'Record movement' }).click();
  await expect(form.getByLabel('Store')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Store').selectOption({ index: 1 });
  await form.getByLabel('Reference').fill('E2E-PO-1');
  await form.getByRole('button', { name: 'Record movement' }).click();
  await expect(form.getByText(/^Movement \d+ recorded\.$/)).toBeVisible();

  const filters = page.getByRole('form', { name: 'Movement filters' });
  await filters.getByLabel('Type').selectOption('purchase');
  await filters.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/entry_type=purchase/);
  const row = page.getByRole('row', { name: /E2E-PO-1/ });
  await expect(row).toContainText('Airdopes 141');
  await expect(row).toContainText('+5');
  await screenshots(page, 'admin-stock-entries');
});

/** The balance row of the Pure White earbuds at `store` on the stock screen, reached through the admin menu. */
async function pureWhiteBalance(page: Page, store: string) {
  await openAdmin(page, 'Stock');
  await expect(page.getByRole('heading', { name: 'Stock balances', level: 1 })).toBeVisible();
  await page.getByLabel('Product, variant or SKU').fill('Pure White');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/search=Pure\+White/);
  return page.getByRole('row').filter({ hasText: 'Pure White' }).filter({ hasText: store }).getByRole('cell').nth(4);
}
const quantity = (value: number) => new RegExp(`^${value}(Low)?$`);

test('the admin edits a purchase and then reverses it; the balance follows each time', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/manage/stock-entries');
  const form = page.getByRole('form', { name: 'New movement' });
  await form.getByLabel('Store').selectOption({ index: 2 });
  const store = (await form.getByLabel('Store').locator('option:checked').textContent()) ?? '';
  await pickVariant(form, 'Airdopes 141', 'Pure White');
  await form.getByLabel('Quantity').fill('4');
  await form.getByLabel('Reference').fill('E2E-EDIT-1');
  await form.getByRole('button', { name: 'Record movement' }).click();
  const recorded = await form.getByText(/^Movement \d+ recorded\.$/).textContent();
  const id = recorded?.match(/\d+/)?.[0] ?? '';

  const cell = await pureWhiteBalance(page, store);
  await expect(cell).toHaveText(/^\d+(Low)?$/);
  const withPurchase = Number((await cell.textContent())?.match(/^\d+/)?.[0]);
  expect(withPurchase).toBeGreaterThanOrEqual(4);

  // Edit: the same form, pre-filled; the quantity goes from 4 to 7.
  await openAdmin(page, 'Inventory movements');
  const row = page.getByRole('row', { name: /E2E-EDIT-1/ });
  await row.getByRole('button', { name: `Edit movement ${id}` }).click();
  const edit = page.getByRole('form', { name: `Edit movement ${id}` });
  await expect(edit.getByRole('combobox', { name: 'Product' })).toHaveValue('Airdopes 141');
  await expect(edit.getByLabel('Variant').locator('option:checked')).toContainText('Pure White');
  await expect(edit.getByLabel('Quantity')).toHaveValue('4');
  await edit.getByLabel('Quantity').fill('7');
  await screenshots(page, 'admin-stock-entry-edit');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(`Movement ${id} updated; the balances follow the new version.`)).toBeVisible();
  await expect(row).toContainText('+7');
  await expect(await pureWhiteBalance(page, store)).toHaveText(quantity(withPurchase + 3));

  // Reverse: a confirmation says what happens, then the movement is gone and the balance is as before it.
  await openAdmin(page, 'Inventory movements');
  await row.getByRole('button', { name: `Reverse movement ${id}` }).click();
  const confirm = page.getByRole('group', { name: `Confirm reversal of movement ${id}` });
  await expect(confirm).toContainText('The movement is deleted and the balance there goes back');
  await expect(confirm).toContainText('(+7 undone)');
  await screenshots(page, 'admin-stock-entry-reverse');
  await confirm.getByRole('button', { name: `Yes, reverse movement ${id}` }).click();
  await expect(page.getByText(`Movement ${id} reversed; the balance is restored.`)).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(await pureWhiteBalance(page, store)).toHaveText(quantity(withPurchase - 4));
});

test('the admin filters the serial numbers', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/manage/serials');
  await expect(page.getByRole('heading', { name: 'Serial numbers', level: 1 })).toBeVisible();
  await page.getByLabel('Status').selectOption('available');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/status=available/);
  // The demo data holds no serial-tracked stock, so this is the empty state (the list itself is covered by Vitest).
  await expect(page.getByText('Nothing found.').or(page.getByRole('region', { name: 'Serial numbers' }))).toBeVisible();
  await screenshots(page, 'admin-serials');
});
