import { deflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { login, openAdmin, screenshots } from './helpers';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A real PNG (8-bit RGB): a blue square with a white diagonal band, so the thumbnail is recognisable. */
function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0);
    for (let x = 0; x < size; x++) rows.push(...(Math.abs(x - y) < size / 6 ? [255, 255, 255] : [11, 92, 173]));
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}

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

test('the system admin uploads a brand logo, creates a spare compatible with a product found by search, edits variant attributes', async ({ page }) => {
  const logo = png(64);
  await login(page, 'admin');
  await openAdmin(page, 'Catalog');
  const sections = page.getByRole('navigation', { name: 'Catalog sections' });

  // Brand logo: a file that is too large is refused by the field (413); a real PNG is stored and shown.
  await sections.getByRole('link', { name: 'Brands' }).click();
  await page.getByRole('button', { name: 'Edit Anker' }).click();
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(3 * 1024 * 1024) });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Logo', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Logo', { exact: true })).toHaveAccessibleDescription(/larger than 2 MB/);
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'anker.png', mimeType: 'image/png', buffer: logo });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  const thumb = page.getByRole('img', { name: 'Logo of Anker' });
  await expect(thumb).toHaveAttribute('src', /^http:\/\/127\.0\.0\.1:\d+\/media\/.+/);
  // The server itself serves the stored file: the browser decodes it at the uploaded size.
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(64);
  await page.getByRole('button', { name: 'Edit Anker' }).click();
  await expect(page.getByRole('img', { name: 'Current logo' })).toBeVisible();
  await expect(page.getByLabel('Remove the logo')).not.toBeChecked();
  await screenshots(page, 'admin-catalog-brand-logo');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A spare fitting the Galaxy S24, its product and variant found by typing in the pickers.
  await openAdmin(page, 'Spares');
  await expect(page.getByRole('heading', { name: 'Spares', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'SP-IP15-DSP-OR' })).toBeVisible();
  await page.getByRole('button', { name: 'New spare' }).click();
  const stamp = Date.now();
  const sku = `SP-S24-PORT-${stamp}`;
  const spare = `Galaxy S24 Charging Port ${stamp}`;
  await page.getByLabel('Name', { exact: true }).fill(spare);
  await page.getByLabel('SKU', { exact: true }).fill(sku);
  await page.getByLabel('Brand').selectOption({ label: 'Samsung' });
  await page.getByLabel('Quality').selectOption({ label: 'Premium' });
  await page.getByLabel('Price', { exact: true }).fill('2900');
  const products = page.getByRole('combobox', { name: 'Compatible products' });
  const searched = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/products' && new URL(request.url()).searchParams.get('search') === 'galaxy');
  await products.fill('galaxy');
  await searched;
  await page.getByRole('option', { name: 'Galaxy S24', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Chosen Compatible products' })).toContainText('Galaxy S24');
  const variants = page.getByRole('combobox', { name: 'Compatible variants' });
  await variants.fill('Onyx');
  await expect(page.getByRole('option', { name: 'Galaxy S24 › 8GB 256GB Onyx Black' })).toBeVisible();
  await screenshots(page, 'admin-catalog-spare-picker');
  await variants.press('ArrowDown');
  await variants.press('Enter');
  await expect(page.getByRole('list', { name: 'Chosen Compatible variants' })).toContainText('8GB 256GB Onyx Black');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByLabel('Name or SKU contains').fill(sku);
  await page.getByRole('button', { name: 'Search' }).click();
  const row = page.getByRole('row', { name: new RegExp(spare) });
  await expect(row).toContainText(sku);
  await expect(row).toContainText('Samsung');
  await expect(row).toContainText('Premium');
  await page.getByRole('button', { name: `Edit ${spare}`, exact: true }).click();
  await expect(page.getByRole('list', { name: 'Chosen Compatible products' })).toContainText('Galaxy S24');
  await expect(page.getByRole('list', { name: 'Chosen Compatible variants' })).toContainText('8GB 256GB Onyx Black');
  await screenshots(page, 'admin-catalog-spare-form');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await screenshots(page, 'admin-catalog-spares');

  // A variant's attributes: shown in the list, one added and one changed as key/value rows.
  await page.goto('/manage/catalog/variants?product=iphone-15');
  await expect(page.getByRole('row', { name: /128GB Black/ })).toContainText(/color: Black/);
  await page.getByRole('button', { name: 'Edit 128GB Black', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Product' })).toHaveValue('iPhone 15');
  const keys = page.getByLabel(/^Key \d+$/);
  await expect(keys).toHaveCount(2);
  const colorRow = (await keys.nth(0).inputValue()) === 'color' ? 1 : 2;
  await page.getByLabel(`Value ${colorRow}`, { exact: true }).fill('Midnight');
  await page.getByRole('button', { name: 'Add an attribute' }).click();
  await page.getByLabel('Key 3', { exact: true }).fill('warranty_months');
  await page.getByLabel('Value 3', { exact: true }).fill('12');
  await screenshots(page, 'admin-catalog-variant-attributes');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  const variant = page.getByRole('row', { name: /128GB Black/ });
  await expect(variant).toContainText('color: Midnight');
  await expect(variant).toContainText('warranty_months: 12');
  await screenshots(page, 'admin-catalog-variants-attributes');
});
