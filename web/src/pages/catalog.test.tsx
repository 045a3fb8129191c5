import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';
import { PAGE_SIZE } from './CatalogPage';

function product(n: number) {
  return {
    id: n, name: `Phone ${n}`, slug: `phone-${n}`, brand: 1, brand_slug: 'apple', brand_name: 'Apple',
    subcategory: 1, subcategory_slug: 'iphones', subcategory_name: 'iPhones', category: 1, category_slug: 'smartphones',
    category_name: 'Smartphones', department: 1, department_slug: 'phones', department_name: 'Phones', unit: null,
    unit_slug: null, unit_name: null, sku: null, description: '', price: '79900.00', is_active: true, variant_count: 0,
    in_stock: n % 2 === 0, date_created: '2026-01-01T00:00:00Z', date_modified: '2026-01-01T00:00:00Z',
  };
}

const taxonomy = {
  'GET /api/brands': { status: 200, body: { count: 2, next: null, previous: null, results: [
    { id: 1, name: 'Apple', slug: 'apple', logo: null, is_active: true, date_created: '', date_modified: '' },
    { id: 2, name: 'Samsung', slug: 'samsung', logo: null, is_active: true, date_created: '', date_modified: '' },
  ] } },
  'GET /api/departments': { status: 200, body: { count: 1, next: null, previous: null, results: [
    { id: 1, name: 'Phones', slug: 'phones', date_created: '', date_modified: '' },
  ] } },
};

describe('catalog', () => {
  it('sends the filters under the API names and keeps them in the address', async () => {
    const api = fakeApi({
      ...taxonomy,
      'GET /api/products': { status: 200, body: { count: 1, next: null, previous: null, results: [product(2)] } },
    });
    renderApp('/catalog', storeFor(null));
    const user = userEvent.setup();

    await screen.findByRole('option', { name: 'Samsung' });
    await user.selectOptions(screen.getByLabelText('Brand'), 'samsung');
    await user.selectOptions(screen.getByLabelText('Department'), 'phones');
    await user.type(screen.getByLabelText('Lowest price'), '100');
    await user.type(screen.getByLabelText('Highest price'), '90000');
    await user.selectOptions(screen.getByLabelText('Availability'), 'true');
    await user.selectOptions(screen.getByLabelText('Sort by'), '-price');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(api.calls('GET', '/api/products')).toHaveLength(2));
    const query = Object.fromEntries(api.calls('GET', '/api/products')[1].query);
    expect(query).toEqual({
      brand: 'samsung', department: 'phones', min_price: '100', max_price: '90000', availability: 'true',
      ordering: '-price', page: '1', page_size: String(PAGE_SIZE),
    });
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/catalog?brand=samsung&department=phones&min_price=100&max_price=90000&availability=true&ordering=-price',
    );
    expect(await screen.findByRole('link', { name: 'Phone 2' })).toHaveAttribute('href', '/catalog/phone-2');
    expect(screen.getByText('In stock', { selector: '.badge' })).toBeInTheDocument();
  });

  it('paginates and keeps the filters on the next page', async () => {
    const api = fakeApi({
      ...taxonomy,
      'GET /api/products': (request) => {
        const page = Number(request.query.get('page'));
        const results = Array.from({ length: page === 1 ? PAGE_SIZE : 3 }, (_, i) => product((page - 1) * PAGE_SIZE + i + 1));
        return { status: 200, body: { count: PAGE_SIZE + 3, next: null, previous: null, results } };
      },
    });
    renderApp('/catalog?brand=apple', storeFor(null));
    const user = userEvent.setup();

    expect(await screen.findByText('Page 1 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Next' }));

    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/catalog?brand=apple&page=2');
    // The previous page stays on screen while the next one loads; wait for the new rows.
    await waitFor(() =>
      expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('product-card'))).toHaveLength(3),
    );
    const last = api.calls('GET', '/api/products').at(-1)!;
    expect(last.query.get('brand')).toBe('apple');
    expect(last.query.get('page')).toBe('2');
  });

  it('shows an API refusal of a filter next to that field', async () => {
    fakeApi({
      ...taxonomy,
      'GET /api/products': { status: 400, body: { min_price: ['Enter a number.'] } },
    });
    renderApp('/catalog?min_price=5', storeFor(null));

    await screen.findByRole('option', { name: 'Samsung' });
    await waitFor(() => expect(screen.getByLabelText('Lowest price')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Lowest price')).toHaveAccessibleDescription('Enter a number.');
  });

  it('a product page shows the product and its variants; an unknown one is not found', async () => {
    fakeApi({
      'GET /api/products/phone-2': { status: 200, body: { ...product(2), description: 'A phone.' } },
      'GET /api/variants': { status: 200, body: { count: 1, next: null, previous: null, results: [
        { ...product(2), id: 5, product: 2, product_slug: 'phone-2', product_name: 'Phone 2', name: '128GB Black', slug: 'phone-2-128', price: '79900.00', attributes: {} },
      ] } },
    });
    renderApp('/catalog/phone-2', storeFor(null));
    expect(await screen.findByRole('heading', { level: 1, name: 'Phone 2' })).toBeInTheDocument();
    expect(await screen.findByText('128GB Black')).toBeInTheDocument();
    expect(screen.getByText('A phone.')).toBeInTheDocument();
    expect(screen.getAllByText('₹79,900.00').length).toBeGreaterThan(0);
  });

  it('an unknown product shows the not-found screen', async () => {
    fakeApi({});
    renderApp('/catalog/nothing', storeFor(null));
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
