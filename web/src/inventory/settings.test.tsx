import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, USERS } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';

const page = <T,>(results: T[]) => ({ count: results.length, next: null, previous: null, results });
const STAMP = { date_created: '2026-01-01T00:00:00Z', date_modified: '2026-01-01T00:00:00Z' };
const CONFIG = {
  low_stock_threshold: 5,
  allow_negative_stock: false,
  serial_tracked_categories: [{ id: 5, slug: 'smartphones', name: 'Smartphones' }],
  updated_at: '2026-12-01T10:00:00Z',
  updated_by: 1,
};
const CATEGORIES = [
  { id: 5, name: 'Smartphones', slug: 'smartphones', department: 1, department_slug: 'phones', department_name: 'Phones', ...STAMP },
  { id: 8, name: 'Power', slug: 'power', department: 2, department_slug: 'accessories', department_name: 'Accessories', ...STAMP },
];

describe('inventory settings', () => {
  it('shows the settings, sends the threshold and the tracked categories, and shows a refusal', async () => {
    let attempts = 0;
    const api = fakeApi({
      'GET /api/inventory-config': { status: 200, body: CONFIG },
      'GET /api/categories': { status: 200, body: page(CATEGORIES) },
      'PATCH /api/inventory-config': () => {
        attempts += 1;
        if (attempts === 1) return { status: 400, body: { low_stock_threshold: ['Ensure this value is greater than or equal to 0.'] } };
        if (attempts === 2) return { status: 409, body: { detail: 'Some variants of these categories have stock without serial numbers.', code: 'untracked_stock', variants: [3] } };
        return { status: 200, body: { ...CONFIG, low_stock_threshold: 3, updated_at: '2026-12-02T10:00:00Z' } };
      },
    });
    renderApp('/manage/inventory-settings', storeFor(USERS.admin));
    const user = userEvent.setup();
    const threshold = await screen.findByLabelText('Low-stock threshold');
    expect(threshold).toHaveValue(5);
    await waitFor(() => expect(screen.getByLabelText('Phones › Smartphones')).toBeChecked());
    expect(screen.getByLabelText('Accessories › Power')).not.toBeChecked();

    await user.clear(threshold);
    await user.type(threshold, '-1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Low-stock threshold')).toHaveAttribute('aria-invalid', 'true'));
    expect(api.calls('PATCH', '/api/inventory-config')[0].body).toEqual({ low_stock_threshold: -1, allow_negative_stock: false, serial_tracked_categories: [5] });

    await user.clear(screen.getByLabelText('Low-stock threshold'));
    await user.type(screen.getByLabelText('Low-stock threshold'), '3');
    await user.click(screen.getByLabelText('Accessories › Power'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Some variants of these categories have stock without serial numbers.');
    expect(api.calls('PATCH', '/api/inventory-config')[1].body).toEqual({ low_stock_threshold: 3, allow_negative_stock: false, serial_tracked_categories: [5, 8] });

    await user.click(screen.getByLabelText('Accessories › Power'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/inventory-config')[2].body).toEqual({ low_stock_threshold: 3, allow_negative_stock: false, serial_tracked_categories: [5] });
  });
});

describe('price history', () => {
  it('lists the price changes with the filters under the API names, kept in the address', async () => {
    const api = fakeApi({
      'GET /api/price-logs': {
        status: 200,
        body: page([
          {
            id: 1, changed_at: '2026-12-01T10:00:00Z', product: 9, product_slug: 'iphone-15', product_name: 'iPhone 15', variant: null, variant_slug: null,
            variant_name: null, old_price: '79900.00', new_price: '74900.00', changed_by: 1, changed_by_name: 'Ada Min', reason: 'Festive offer',
          },
        ]),
      },
    });
    renderApp('/manage/price-logs', storeFor(USERS.admin));
    const user = userEvent.setup();
    expect(await screen.findByRole('cell', { name: 'Festive offer' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Ada Min' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Product'), 'iphone-15');
    await user.type(screen.getByLabelText('From'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(api.calls('GET', '/api/price-logs').at(-1)?.query.get('product')).toBe('iphone-15'));
    expect(api.calls('GET', '/api/price-logs').at(-1)?.query.get('date_from')).toBe('2026-12-01');
    expect(screen.getByTestId('location')).toHaveTextContent('/manage/price-logs?product=iphone-15&date_from=2026-12-01');
  });
});
