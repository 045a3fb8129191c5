import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, USERS } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';
import { lastWeeks } from './bookingWeeks';

const page = <T,>(results: T[], count = results.length) => ({ count, next: null, previous: null, results });

describe('admin dashboard', () => {
  it('weeks run Monday to Sunday, oldest first, ending with the current one', () => {
    const weeks = lastWeeks(2, new Date(2026, 11, 2, 15, 0)); // a Wednesday
    expect(weeks.map((week) => week.start.getDate())).toEqual([23, 30]);
    expect(weeks[1].end).toEqual(new Date(2026, 11, 7, 0, 0, 0, -1));
  });

  it('draws bookings per week and status from list counts, and the low-stock balances per store', async () => {
    const api = fakeApi({
      'GET /api/stores': { status: 200, body: page([{ id: 1, name: 'MG Road' }]) },
      'GET /api/attendance/reports/store/1': {
        status: 200,
        body: {
          store_id: 1,
          store_name: 'MG Road',
          month: '2026-12',
          advisors: [
            { user_id: 21, present_days: 3, half_days: 1, pending_days: 1, absent_days: 0 },
            { user_id: 22, present_days: 2, half_days: 0, pending_days: 0, absent_days: 2 },
          ],
          totals: {},
        },
      },
      'GET /api/bookings': (request) => ({ status: 200, body: page([], request.query.get('status') === 'pending' ? 3 : 1) }),
      'GET /api/stock-ledgers': {
        status: 200,
        body: page(
          [
            { id: 1, product_name: 'Cable', variant_name: 'USB-C', store_name: 'MG Road', quantity: 0, low_stock: true },
            { id: 2, product_name: 'Case', variant_name: 'Black', store_name: 'MG Road', quantity: 1, low_stock: true },
            { id: 3, product_name: 'Glass', variant_name: 'Clear', store_name: 'Koramangala', quantity: 2, low_stock: true },
          ],
          3,
        ),
      },
    });
    renderApp('/manage', storeFor(USERS.admin));

    const table = await screen.findByRole('region', { name: 'Bookings per week and status' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5); // header + 4 weeks
    expect(within(rows[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '1', '1', '1', '1', '1']);
    const bookingCalls = api.calls('GET', '/api/bookings');
    expect(bookingCalls).toHaveLength(24);
    expect(bookingCalls.every((call) => call.query.get('page_size') === '1' && call.query.get('created_after') && call.query.get('created_before'))).toBe(true);
    expect(screen.getAllByRole('listitem', { name: /^Week of .*: 8$/ })).toHaveLength(4);

    expect(await screen.findByText('3 balances at or below their threshold')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'MG Road: 2' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Koramangala: 1' })).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'MG Road: 9' })).toBeInTheDocument();
    expect(api.calls('GET', '/api/attendance/reports/store/1')[0].query.get('month')).toMatch(/^\d{4}-\d{2}$/);
    const stock = api.calls('GET', '/api/stock-ledgers')[0].query;
    expect([stock.get('low_stock'), stock.get('ordering')]).toEqual(['true', 'quantity']);
  });
});
