import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, USERS, type SeenRequest } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';
import { attributeFromText, attributesText } from './form';

const page = <T,>(results: T[]) => ({ count: results.length, next: null, previous: null, results });
const STAMP = { date_created: '2026-01-01T00:00:00Z', date_modified: '2026-01-01T00:00:00Z' };
const APPLE = { id: 2, name: 'Apple', slug: 'apple', logo: 'http://testserver/media/brands/a1b2.png', is_active: true, ...STAMP };
const ANKER = { id: 3, name: 'Anker', slug: 'anker', logo: null, is_active: true, ...STAMP };
const product = (id: number, name: string) => ({
  id, name, slug: name.toLowerCase().replace(/ /g, '-'), brand: 2, brand_slug: 'apple', brand_name: 'Apple', subcategory: 7, subcategory_slug: 'ios',
  subcategory_name: 'iOS', category: 5, category_slug: 'smartphones', category_name: 'Smartphones', department: 1, department_slug: 'phones',
  department_name: 'Phones', unit: null, unit_slug: null, unit_name: null, sku: null, description: '', price: '100.00', is_active: true, variant_count: 1, ...STAMP,
});
const IPHONE_15 = product(9, 'iPhone 15');
const IPHONE_14 = product(8, 'iPhone 14');
const GALAXY = product(11, 'Galaxy S24');
const VARIANT = {
  id: 21, name: '128GB Black', slug: 'iphone-15-128gb-black', product: 9, product_slug: 'iphone-15', product_name: 'iPhone 15', brand: 2, brand_name: 'Apple',
  unit_slug: null, unit_name: null, sku: 'IP15-128-BK', price: '79900.00', attributes: { color: 'Black', storage: '128GB' }, is_active: true, ...STAMP,
};
const SPARE = {
  id: 3, name: 'iPhone 15 screen', sku: 'SCR-IP15', brand: 2, brand_slug: 'apple', brand_name: 'Apple', quality: 4, quality_slug: 'original', quality_name: 'Original',
  unit: null, unit_slug: null, unit_name: null, compatible_products: [{ id: 9, slug: 'iphone-15', name: 'iPhone 15' }], compatible_variants: [], price: '4500.00',
  is_active: true, ...STAMP,
};

/** Products whose name contains the `search` sent. */
const productSearch = ({ query }: SeenRequest) => {
  const term = (query.get('search') ?? '').toLowerCase();
  return { status: 200, body: page([GALAXY, IPHONE_14, IPHONE_15].filter((row) => row.name.toLowerCase().includes(term))) };
};

function expectFieldError(label: string, message: string) {
  const input = screen.getByLabelText(label);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
}

describe('attribute values', () => {
  it('true/false are booleans, plain numbers are numbers, the rest stays text', () => {
    expect(['true', 'false', '128', '-1.5', '007', '128GB', '', '1e3'].map(attributeFromText)).toEqual([true, false, 128, -1.5, '007', '128GB', '', '1e3']);
    expect(attributesText({ color: 'Black', storage: '128GB', dual_sim: true })).toBe('color: Black · storage: 128GB · dual_sim: true');
  });
});

describe('search picker', () => {
  it('a new variant picks its product by searching as the user types, with the keyboard', async () => {
    const api = fakeApi({
      'GET /api/variants': { status: 200, body: page([VARIANT]) },
      'GET /api/products': productSearch,
      'POST /api/variants': { status: 201, body: { ...VARIANT, id: 22, name: '256GB', attributes: {} } },
    });
    renderApp('/manage/catalog/variants', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New variant' }));
    const box = screen.getByRole('combobox', { name: 'Product' });
    await user.type(box, 'iphone');
    const list = await screen.findByRole('listbox', { name: 'Product' });
    await waitFor(() => expect(within(list).getAllByRole('option').map((option) => option.textContent)).toEqual(['iPhone 14', 'iPhone 15']));
    // The search is sent once typing pauses, not per key.
    const searches = api.calls('GET', '/api/products').map((call) => call.query.get('search'));
    expect(searches).toContain('iphone');
    expect(searches).not.toContain('iph');
    expect(box).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', within(list).getByRole('option', { name: 'iPhone 15' }).id);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('iPhone 15');
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.type(screen.getByLabelText('Name'), '256GB');
    await user.type(screen.getByLabelText('Price'), '89900');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/variants')[0].body).toEqual({ product: 9, name: '256GB', sku: null, price: '89900', is_active: true, attributes: {} });
  });
});

describe('variant attributes', () => {
  it('are listed, edited as key/value rows, sent typed, and the API refusal shows by the rows', async () => {
    let attempts = 0;
    const api = fakeApi({
      'GET /api/variants': { status: 200, body: page([VARIANT]) },
      'GET /api/products': productSearch,
      'PATCH /api/variants/iphone-15-128gb-black': () =>
        ++attempts === 1 ? { status: 400, body: { attributes: ['A value must be a string of at most 100 characters, a number or true/false.'] } } : { status: 200, body: VARIANT },
    });
    renderApp('/manage/catalog/variants', storeFor(USERS.admin));
    const user = userEvent.setup();
    const table = await screen.findByRole('region', { name: 'Variants' });
    expect(within(table).getByRole('cell', { name: 'color: Black · storage: 128GB' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit 128GB Black' }));
    // The current product is shown by name, and asked for only when the picker is used.
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveValue('iPhone 15');
    expect(api.calls('GET', '/api/products')).toHaveLength(0);
    expect(screen.getByLabelText('Key 1')).toHaveValue('color');
    expect(screen.getByLabelText('Value 2')).toHaveValue('128GB');

    await user.clear(screen.getByLabelText('Value 1'));
    await user.type(screen.getByLabelText('Value 1'), 'Blue');
    await user.click(screen.getByRole('button', { name: 'Remove row 2' }));
    await user.click(screen.getByRole('button', { name: 'Add an attribute' }));
    await user.type(screen.getByLabelText('Key 2'), 'dual_sim');
    await user.type(screen.getByLabelText('Value 2'), 'true');
    await user.click(screen.getByRole('button', { name: 'Add an attribute' }));
    await user.type(screen.getByLabelText('Key 3'), 'weight_g');
    await user.type(screen.getByLabelText('Value 3'), '171');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expectFieldError('Key 1', 'A value must be a string of at most 100 characters, a number or true/false.'));
    expect(api.calls('PATCH', '/api/variants/iphone-15-128gb-black')[0].body).toMatchObject({
      product: 9,
      attributes: { color: 'Blue', dual_sim: true, weight_g: 171 },
    });

    // Removing every row clears the attributes.
    for (const name of ['Remove row 3', 'Remove row 2', 'Remove row 1']) await user.click(screen.getByRole('button', { name }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/variants/iphone-15-128gb-black')[1].body).toMatchObject({ attributes: {} });
  });
});

describe('spares', () => {
  const taxonomy = {
    'GET /api/brands': { status: 200, body: page([ANKER, APPLE]) },
    'GET /api/qualities': { status: 200, body: page([{ id: 4, name: 'Original', slug: 'original', ...STAMP }]) },
    'GET /api/units': { status: 200, body: page([]) },
    'GET /api/products': productSearch,
    'GET /api/variants': { status: 200, body: page([VARIANT]) },
  } as const;

  it('lists sku, brand, quality, price; creates one compatible with products and a variant picked as chips', async () => {
    let attempts = 0;
    const api = fakeApi({
      ...taxonomy,
      'GET /api/spares': { status: 200, body: page([SPARE, { ...SPARE, id: 4, name: 'Generic cable', sku: 'CBL-1', brand: null, brand_name: null, quality: null, quality_name: null, is_active: false }]) },
      'POST /api/spares': () =>
        ++attempts === 1 ? { status: 400, body: { sku: ['A spare with this SKU already exists.'] } } : { status: 201, body: { ...SPARE, id: 5 } },
    });
    renderApp('/manage/catalog/spares', storeFor(USERS.admin));
    const user = userEvent.setup();
    const table = await screen.findByRole('region', { name: 'Spares' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'SKU', 'Brand', 'Quality', 'Price', 'Active', 'Actions']);
    expect(within(rows[1]).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 4)).toEqual(['iPhone 15 screen', 'SCR-IP15', 'Apple', 'Original']);
    expect(within(rows[2]).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 4)).toEqual(['Generic cable', 'CBL-1', '—', '—']);
    expect(screen.getByLabelText('Name or SKU contains')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New spare' }));
    await user.type(screen.getByLabelText('Name'), 'iPhone battery');
    await user.type(screen.getByLabelText('SKU'), 'SCR-IP15');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Apple' })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Brand'), 'Apple');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Original' })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Quality'), 'Original');
    await user.type(screen.getByLabelText('Price'), '1200');

    const products = screen.getByRole('combobox', { name: 'Compatible products' });
    await user.type(products, 'iphone');
    await user.click(await screen.findByRole('option', { name: 'iPhone 14' }));
    await user.type(products, '15');
    await user.click(await screen.findByRole('option', { name: 'iPhone 15' }));
    const chips = screen.getByRole('list', { name: 'Chosen Compatible products' });
    expect(within(chips).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['iPhone 14×', 'iPhone 15×']);
    await user.click(within(chips).getByRole('button', { name: 'Remove iPhone 14' }));
    expect(within(chips).getAllByRole('listitem')).toHaveLength(1);

    await user.type(screen.getByRole('combobox', { name: 'Compatible variants' }), '128');
    await waitFor(() => expect(api.calls('GET', '/api/variants').at(-1)?.query.get('search')).toBe('128'));
    await user.click(await screen.findByRole('option', { name: 'iPhone 15 › 128GB Black' }));

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expectFieldError('SKU', 'A spare with this SKU already exists.'));
    const sent = { name: 'iPhone battery', sku: 'SCR-IP15', brand: 2, quality: 4, unit: null, price: '1200', compatible_products: [9], compatible_variants: [21], is_active: true };
    expect(api.calls('POST', '/api/spares')[0].body).toEqual(sent);

    await user.clear(screen.getByLabelText('SKU'));
    await user.type(screen.getByLabelText('SKU'), 'BAT-IP15');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/spares')[1].body).toEqual({ ...sent, sku: 'BAT-IP15' });
  });

  it('edits by id with the current compatible products as chips; deactivates; deletes after confirming', async () => {
    const api = fakeApi({
      ...taxonomy,
      'GET /api/spares': { status: 200, body: page([SPARE]) },
      'PATCH /api/spares/3': { status: 200, body: SPARE },
      'DELETE /api/spares/3': { status: 204 },
    });
    renderApp('/manage/catalog/spares', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit iPhone 15 screen' }));
    const chips = screen.getByRole('list', { name: 'Chosen Compatible products' });
    await user.click(within(chips).getByRole('button', { name: 'Remove iPhone 15' }));
    await waitFor(() => expect(screen.getByLabelText('Brand')).toHaveValue('2'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/spares/3')[0].body).toMatchObject({ sku: 'SCR-IP15', brand: 2, quality: 4, compatible_products: [], compatible_variants: [] });

    await user.click(screen.getByRole('button', { name: 'Deactivate iPhone 15 screen' }));
    expect(await screen.findByText('iPhone 15 screen was deactivated.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/spares/3')[1].body).toEqual({ is_active: false });

    await user.click(screen.getByRole('button', { name: 'Delete iPhone 15 screen' }));
    expect(api.calls('DELETE', '/api/spares/3')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Delete iPhone 15 screen for good' }));
    expect(await screen.findByText('iPhone 15 screen was deleted.')).toBeInTheDocument();
  });
});

describe('brand logo', () => {
  const png = () => new File([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])], 'logo.png', { type: 'image/png' });

  it('is shown in the list, uploaded as multipart with the other fields, and a 413 shows by the field', async () => {
    let attempts = 0;
    const api = fakeApi({
      'GET /api/brands': { status: 200, body: page([ANKER, APPLE]) },
      'PATCH /api/brands/3': () =>
        ++attempts === 1
          ? { status: 413, body: { detail: 'The image is larger than 2 MB.', code: 'file_too_large' } }
          : { status: 200, body: { ...ANKER, logo: 'http://testserver/media/brands/x.png' } },
    });
    renderApp('/manage/catalog/brands', storeFor(USERS.admin));
    const user = userEvent.setup();
    expect(await screen.findByRole('img', { name: 'Logo of Apple' })).toHaveAttribute('src', APPLE.logo);
    expect(screen.queryByRole('img', { name: 'Logo of Anker' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit Anker' }));
    expect(screen.queryByLabelText('Remove the logo')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Logo')).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp');
    await user.upload(screen.getByLabelText('Logo'), png());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expectFieldError('Logo', 'The image is larger than 2 MB.'));

    const body = api.calls('PATCH', '/api/brands/3')[0].body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.get('name')).toBe('Anker');
    expect(body.get('is_active')).toBe('true');
    expect((body.get('logo') as File).name).toBe('logo.png');
    expect((body.get('logo') as File).type).toBe('image/png');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/brands/3')[1].body).toBeInstanceOf(FormData);
  });

  it('shows the current logo; "remove" sends logo null as JSON; a new brand with a bad file shows the 400 by the field', async () => {
    const api = fakeApi({
      'GET /api/brands': { status: 200, body: page([APPLE]) },
      'PATCH /api/brands/2': { status: 200, body: { ...APPLE, logo: null } },
      'POST /api/brands': { status: 400, body: { logo: ['Upload a valid image. The file you uploaded was either not an image or a corrupted image.'] } },
    });
    renderApp('/manage/catalog/brands', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Apple' }));
    expect(screen.getByRole('img', { name: 'Current logo' })).toHaveAttribute('src', APPLE.logo);
    await user.click(screen.getByLabelText('Remove the logo'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/brands/2')[0].body).toEqual({ name: 'Apple', logo: null, is_active: true });

    await user.click(screen.getByRole('button', { name: 'New brand' }));
    await user.type(screen.getByLabelText('Name'), 'Nothing');
    await user.upload(screen.getByLabelText('Logo'), new File(['not an image'], 'logo.png', { type: 'image/png' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expectFieldError('Logo', 'Upload a valid image.'));
    const body = api.calls('POST', '/api/brands')[0].body as FormData;
    expect(body.get('name')).toBe('Nothing');
    expect((body.get('logo') as File).name).toBe('logo.png');
  });
});
