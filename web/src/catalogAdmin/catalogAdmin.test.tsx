import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, USERS } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';
import { catalogBody, refusalMessage, type FieldSpec } from './form';

const page = <T,>(results: T[]) => ({ count: results.length, next: null, previous: null, results });
const STAMP = { date_created: '2026-01-01T00:00:00Z', date_modified: '2026-01-01T00:00:00Z' };
const PHONES = { id: 1, name: 'Phones', slug: 'phones', ...STAMP };
const SMART = { id: 5, name: 'Smartphones', slug: 'smartphones', department: 1, department_slug: 'phones', department_name: 'Phones', ...STAMP };
const APPLE = { id: 2, name: 'Apple', slug: 'apple', logo: null, is_active: true, ...STAMP };
const IPHONE = {
  id: 9, name: 'iPhone 15', slug: 'iphone-15', brand: 2, brand_slug: 'apple', brand_name: 'Apple', subcategory: 7, subcategory_slug: 'ios',
  subcategory_name: 'iOS', category: 5, category_slug: 'smartphones', category_name: 'Smartphones', department: 1, department_slug: 'phones',
  department_name: 'Phones', unit: null, unit_slug: null, unit_name: null, sku: null, description: '', price: '79900.00', is_active: true, variant_count: 2, ...STAMP,
};

function expectFieldError(label: string, message: string) {
  const input = screen.getByLabelText(label);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
}

describe('catalog form body', () => {
  const fields: FieldSpec[] = [
    { name: 'name', label: 'catalogAdmin.name', kind: 'text' },
    { name: 'unit', label: 'catalogAdmin.unit', kind: 'ref', useOptions: () => [], nullable: true },
    { name: 'brand', label: 'catalogAdmin.brand', kind: 'ref', useOptions: () => [] },
    { name: 'sku', label: 'catalogAdmin.sku', kind: 'optional' },
    { name: 'price_change_reason', label: 'catalogAdmin.priceReason', kind: 'reason' },
    { name: 'slug', label: 'catalogAdmin.slug', kind: 'slug' },
    { name: 'is_active', label: 'catalogAdmin.active', kind: 'active' },
  ];
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) data.set(key, value);
    return data;
  };

  it('sends ids for references, null for a cleared optional one, and leaves out what was not given', () => {
    expect(catalogBody(fields, form({ name: ' Case ', unit: '', brand: '', sku: '', price_change_reason: '', slug: '' }), false)).toEqual({
      name: 'Case',
      unit: null,
      sku: null,
      is_active: false,
    });
    expect(catalogBody(fields, form({ name: 'Case', unit: '3', brand: '2', sku: 'C-1', price_change_reason: 'Offer', slug: 'case', is_active: 'on' }), false)).toEqual({
      name: 'Case',
      unit: 3,
      brand: 2,
      sku: 'C-1',
      price_change_reason: 'Offer',
      slug: 'case',
      is_active: true,
    });
  });

  it('never sends the slug of an existing row (it cannot change)', () => {
    expect(catalogBody(fields, form({ name: 'Case', slug: 'other' }), true)).not.toHaveProperty('slug');
  });

  it('words a refused delete with what still uses the row', () => {
    const error = { status: 409, data: { detail: 'This department is still referenced; deactivate it instead.', code: 'protected', references: { categories: 3, stock_entries: 0 } } };
    expect(refusalMessage(error)).toBe('This department is still referenced; deactivate it instead. (categories: 3)');
    expect(refusalMessage({ status: 'FETCH_ERROR', error: 'x' })).toBeNull();
  });
});

describe('catalog administration', () => {
  it('creates a category: the duplicate name error sits on its field, then it is saved', async () => {
    let attempts = 0;
    const api = fakeApi({
      'GET /api/categories': { status: 200, body: page([SMART]) },
      'GET /api/departments': { status: 200, body: page([PHONES]) },
      'POST /api/categories': () =>
        ++attempts === 1
          ? { status: 400, body: { name: ['A category with this name already exists in this department.'] } }
          : { status: 201, body: { ...SMART, id: 6, name: 'Tablets', slug: 'tablets' } },
    });
    renderApp('/manage/catalog/categories', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New category' }));
    await user.type(screen.getByLabelText('Name'), 'smartphones');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Phones' })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Department'), 'Phones');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expectFieldError('Name', 'A category with this name already exists in this department.'));
    expect(api.calls('POST', '/api/categories')[0].body).toEqual({ name: 'smartphones', department: 1 });

    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Tablets');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/categories')[1].body).toEqual({ name: 'Tablets', department: 1 });
  });

  it('edits a department by its slug and never sends the slug', async () => {
    const api = fakeApi({
      'GET /api/departments': { status: 200, body: page([PHONES]) },
      'PATCH /api/departments/phones': { status: 200, body: { ...PHONES, name: 'Mobiles' } },
    });
    renderApp('/manage/catalog/departments', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Phones' }));
    expect(screen.getByLabelText('Slug')).toHaveAttribute('readonly');
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Mobiles');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/departments/phones')[0].body).toEqual({ name: 'Mobiles' });
  });

  it('a delete asks for confirmation and a referenced row shows the 409 reason with its references', async () => {
    const api = fakeApi({
      'GET /api/departments': { status: 200, body: page([PHONES]) },
      'DELETE /api/departments/phones': {
        status: 409,
        body: { detail: 'This department is still referenced; deactivate it instead.', code: 'protected', references: { categories: 1 } },
      },
    });
    renderApp('/manage/catalog/departments', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Phones' }));
    expect(api.calls('DELETE', '/api/departments/phones')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Delete Phones for good' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This department is still referenced; deactivate it instead. (categories: 1)');
    expect(api.calls('DELETE', '/api/departments/phones')).toHaveLength(1);
  });

  it('deactivates a brand by id with a PATCH', async () => {
    const api = fakeApi({
      'GET /api/brands': { status: 200, body: page([APPLE]) },
      'PATCH /api/brands/2': { status: 200, body: { ...APPLE, is_active: false } },
    });
    renderApp('/manage/catalog/brands', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Deactivate Apple' }));
    expect(await screen.findByText('Apple was deactivated.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/brands/2')[0].body).toEqual({ is_active: false });
  });

  it('product price change sends the reason; the variants link filters variants by the product', async () => {
    const api = fakeApi({
      'GET /api/products': { status: 200, body: page([IPHONE]) },
      'GET /api/brands': { status: 200, body: page([APPLE]) },
      'GET /api/subcategories': { status: 200, body: page([{ id: 7, name: 'iOS', slug: 'ios', category: 5, category_slug: 'smartphones', category_name: 'Smartphones', department: 1, department_slug: 'phones', department_name: 'Phones', ...STAMP }]) },
      'GET /api/units': { status: 200, body: page([]) },
      'PATCH /api/products/iphone-15': { status: 400, body: { price: ['Ensure this value is greater than or equal to 0.'] } },
      'GET /api/variants': { status: 200, body: page([]) },
    });
    renderApp('/manage/catalog/products', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit iPhone 15' }));
    await waitFor(() => expect(screen.getByLabelText('Brand')).toHaveValue('2'));
    await waitFor(() => expect(screen.getByLabelText('Subcategory')).toHaveValue('7'));
    await user.clear(screen.getByLabelText('Price'));
    await user.type(screen.getByLabelText('Price'), '-1');
    await user.type(screen.getByLabelText('Reason for a price change'), 'Typo');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expectFieldError('Price', 'Ensure this value is greater than or equal to 0.'));
    expect(api.calls('PATCH', '/api/products/iphone-15')[0].body).toMatchObject({ price: '-1', price_change_reason: 'Typo', brand: 2, subcategory: 7, unit: null });

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const table = screen.getByRole('region', { name: 'Products' });
    await user.click(within(table).getByRole('link', { name: 'Variants of iPhone 15' }));
    await waitFor(() => expect(api.calls('GET', '/api/variants').at(-1)?.query.get('product')).toBe('iphone-15'));
    expect(screen.getByTestId('location')).toHaveTextContent('/manage/catalog/variants?product=iphone-15');
  });
});

describe('booking options', () => {
  it('an issue used by bookings cannot be deleted; a question is created with its set and position', async () => {
    const api = fakeApi({
      'GET /api/issues': { status: 200, body: page([{ id: 4, name: 'Cracked screen', is_active: true, created_at: STAMP.date_created, updated_at: STAMP.date_created }]) },
      'DELETE /api/issues/4': { status: 409, body: { detail: 'This issue is still referenced; deactivate it instead.', code: 'protected', references: { bookings: 2 } } },
      'GET /api/questions': { status: 200, body: page([{ id: 1, question_set_name: 'INTAKE_DEFAULT', question: 'Is the phone locked?', position: 1, is_active: true, created_at: '', updated_at: '' }]) },
      'POST /api/questions': { status: 201, body: { id: 2, question_set_name: 'INTAKE_DEFAULT', question: 'Any water damage?', position: 2, is_active: true, created_at: '', updated_at: '' } },
    });
    renderApp('/manage/booking-options/issues', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Cracked screen' }));
    await user.click(screen.getByRole('button', { name: 'Delete Cracked screen for good' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This issue is still referenced; deactivate it instead. (bookings: 2)');

    await user.click(within(screen.getByRole('navigation', { name: 'Booking option sections' })).getByRole('link', { name: 'Intake questions' }));
    expect(await screen.findByRole('columnheader', { name: 'Question' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Is the phone locked?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New question' }));
    await user.type(screen.getByLabelText('Question set'), 'INTAKE_DEFAULT');
    await user.type(screen.getByLabelText('Question'), 'Any water damage?');
    await user.type(screen.getByLabelText('Position'), '2');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/questions')[0].body).toEqual({ question_set_name: 'INTAKE_DEFAULT', question: 'Any water damage?', position: 2, is_active: true });
  });
});
