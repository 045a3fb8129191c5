import { expect, test } from '@playwright/test';
import { login, openAdmin, screenshots } from './helpers';

test('the system admin manages the catalog: field errors, a refused delete with its reason, create, edit, deactivate, delete', async ({ page }) => {
  await login(page, 'admin');
  await openAdmin(page, 'Catalog');
  await expect(page.getByRole('heading', { name: 'Departments', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Phones', exact: true })).toBeVisible();
  await screenshots(page, 'admin-catalog-departments');

  // A department that still has categories cannot be deleted: the API's reason names what uses it.
  await page.getByRole('button', { name: 'Delete Phones', exact: true }).click();
  await page.getByRole('button', { name: 'Delete Phones for good' }).click();
  await expect(page.getByRole('alert')).toContainText(/still referenced.*\(categories: 2\)/);

  // A duplicate name is refused next to the field; a new department is created, renamed and deleted.
  await page.getByRole('button', { name: 'New department' }).click();
  await page.getByLabel('Name', { exact: true }).fill('phones');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  const name = `Wearables ${Date.now()}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByLabel('Name contains').fill(name);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/search=Wearables/);
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  await expect(page.getByLabel('Slug')).toHaveAttribute('readonly', '');
  await page.getByLabel('Name', { exact: true }).fill(`${name} and watches`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByLabel('Name contains').fill(`${name} and watches`);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: `Delete ${name} and watches`, exact: true }).click();
  await page.getByRole('button', { name: `Delete ${name} and watches for good` }).click();
  await expect(page.getByText(`${name} and watches was deleted.`)).toBeVisible();

  // Products: a negative price is refused by its field; the variants link filters the variants.
  await page.getByRole('navigation', { name: 'Catalog sections' }).getByRole('link', { name: 'Products' }).click();
  await expect(page.getByRole('heading', { name: 'Products', level: 1 })).toBeVisible();
  await page.getByLabel('Name contains').fill('iPhone 15');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Edit iPhone 15', exact: true }).click();
  await expect(page.getByLabel('Brand')).toHaveValue(/\d+/);
  await page.getByLabel('Price', { exact: true }).fill('-1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Price', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await screenshots(page, 'admin-catalog-product-form');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'Variants of iPhone 15', exact: true }).click();
  await expect(page).toHaveURL(/\/manage\/catalog\/variants\?product=iphone-15$/);
  await expect(page.getByRole('heading', { name: 'Variants', level: 1 })).toBeVisible();
  await expect(page.locator('tbody tr').first()).toContainText('iPhone 15');
  await screenshots(page, 'admin-catalog-variants');

  // Brands deactivate and come back.
  await page.getByRole('navigation', { name: 'Catalog sections' }).getByRole('link', { name: 'Brands' }).click();
  await page.getByRole('button', { name: 'Deactivate Anker' }).click();
  await expect(page.getByText('Anker was deactivated.')).toBeVisible();
  await page.getByRole('button', { name: 'Activate Anker' }).click();
  await expect(page.getByText('Anker is active again.')).toBeVisible();
});
