import { expect, test } from '@playwright/test';
import { screenshots, shotPath } from './helpers';

test('an anonymous visitor finds a store, filters the catalog and opens a product', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Phones, accessories and repairs');
  await expect(page.getByRole('heading', { name: 'Our stores' })).toBeVisible();
  await expect(page.locator('.card-grid > li').first()).toBeVisible();
  await screenshots(page, 'home');

  // On a phone the navigation folds behind the menu button.
  await page.setViewportSize({ width: 360, height: 800 });
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' })).toBeVisible();
  await page.screenshot({ path: shotPath('menu-open-360.png') });
  await menu.click();
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('link', { name: 'Browse the catalog' }).click();
  await expect(page).toHaveURL(/\/catalog$/);
  await expect(page.getByRole('heading', { name: /\d+ products/ })).toBeVisible();
  const total = Number((await page.getByRole('heading', { name: /\d+ products/ }).textContent())!.split(' ')[0]);

  await page.getByLabel('Brand').selectOption({ label: 'Apple' });
  await page.getByLabel('Sort by').selectOption({ label: 'Price, high to low' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/brand=apple/);
  await expect(page).toHaveURL(/ordering=-price/);
  // The previous page stays on screen until the filtered one arrives.
  await expect(page.getByRole('heading', { name: /\d+ products?$/ })).not.toHaveText(`${total} products`);
  await expect(page.locator('section[aria-busy="false"]')).toBeVisible();
  const cards = page.locator('.product-card');
  await expect(cards.first()).toContainText('Apple');
  const filtered = await cards.count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(total);
  for (const text of await cards.allTextContents()) expect(text).toContain('Apple');
  // Highest price first.
  const prices = (await page.locator('.product-card .price').allTextContents()).map((p) => Number(p.replace(/[^\d.]/g, '')));
  expect([...prices].sort((a, b) => b - a)).toEqual(prices);
  await screenshots(page, 'catalog');

  // The filters live in the address: a reload keeps them.
  await page.reload();
  await expect(page.getByLabel('Brand')).toHaveValue('apple');

  await page.getByRole('link', { name: 'iPhone 15' }).click();
  await expect(page).toHaveURL(/\/catalog\/iphone-15/);
  await expect(page.getByRole('heading', { level: 1, name: 'iPhone 15' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Variants' })).toBeVisible();
  await expect(page.getByText('128GB Black')).toBeVisible();
  await screenshots(page, 'product');

  // An unknown product answers the not-found screen, an unknown address too; the API keeps its JSON 404.
  await page.goto('/catalog/no-such-product');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const api = await page.request.get('/api/no-such-endpoint');
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ detail: 'Not found.', code: 'not_found' });
});

test('a price range narrows the catalog and a malformed one in the address is ignored', async ({ page }) => {
  await page.goto('/catalog?min_price=abc');
  // The address carries a malformed value: the page sends nothing malformed, so it is dropped and all products show.
  await expect(page.getByRole('heading', { name: /\d+ products/ })).toBeVisible();
  await page.goto('/catalog');
  await page.getByLabel('Lowest price').fill('50000');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/min_price=50000/);
  const prices = async () =>
    (await page.locator('.product-card .price').allTextContents()).map((p) => Number(p.replace(/[^\d.]/g, '')));
  await expect.poll(async () => (await prices()).length).toBeGreaterThan(0);
  await expect.poll(async () => (await prices()).every((price) => price >= 50000)).toBe(true);
});
