import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, USERS } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';
import { entryBody } from './StockEntriesPage';

const page = <T,>(results: T[]) => ({ status: 200, body: { count: results.length, next: null, previous: null, results } });
const store = (id: number, name: string) => ({ id, name, code: `S${id}`, is_active: true });

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe('stock movement body', () => {
  it('sends only the fields of the chosen type; a numeric variant is an id, other text a slug', () => {
    expect(entryBody(form({ entry_type: 'purchase', store: '2', variant: '14', quantity: '3', direction: 'out', counterpart_store: '4' }))).toEqual({
      entry_type: 'purchase', store: 2, variant: 14, quantity: 3,
    });
    expect(entryBody(form({ entry_type: 'transfer_out', store: '2', variant: 'pixel-8', quantity: '1', counterpart_store: '4', note: ' move ' }))).toEqual({
      entry_type: 'transfer_out', store: 2, variant: 'pixel-8', quantity: 1, counterpart_store: 4, note: 'move',
    });
    expect(entryBody(form({ entry_type: 'adjustment', store: '2', variant: 'x', quantity: '2', direction: 'out', serial_numbers: 'A1\nA2, A3' }))).toMatchObject({
      direction: 'out', serial_numbers: ['A1', 'A2', 'A3'],
    });
  });
});

describe('stock movements page', () => {
  it('shows the API field errors by the fields and offers the transfer destination only for transfers', async () => {
    const api = fakeApi({
      'GET /api/stores': page([store(1, 'MG Road'), store(2, 'Indiranagar')]),
      'GET /api/stock-entries': page([]),
      'POST /api/stock-entries': { status: 400, body: { counterpart_store: ['Must differ from store.'], variant: ['Unknown variant.'] } },
    });
    renderApp('/manage/stock-entries', storeFor(USERS.admin));
    const user = userEvent.setup();
    const form = within(screen.getByRole('form', { name: 'New movement' }));
    expect(form.queryByLabelText('To store')).toBeNull();
    await user.selectOptions(form.getByLabelText('Type'), 'transfer_out');
    await screen.findAllByRole('option', { name: 'Indiranagar' });
    await user.selectOptions(screen.getByLabelText('From store'), '1');
    await user.selectOptions(screen.getByLabelText('To store'), '1');
    await user.type(screen.getByLabelText('Variant'), 'nope');
    await user.type(screen.getByLabelText('Quantity'), '2');
    await user.click(screen.getByRole('button', { name: 'Record movement' }));

    await waitFor(() => expect(screen.getByLabelText('To store')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Variant')).toHaveAccessibleDescription(expect.stringContaining('Unknown variant.'));
    expect(api.calls('POST', '/api/stock-entries')[0].body).toEqual({
      entry_type: 'transfer_out', store: 1, variant: 'nope', quantity: 2, counterpart_store: 1,
    });
  });
});

describe('serial numbers', () => {
  it('lets a unit in stock change between the manual statuses and shows a refusal', async () => {
    const serial = (id: number, status: string) => ({
      id, serial_no: `SN-${id}`, variant: 1, variant_slug: 'pixel-8', variant_name: '128GB', product: 1, product_slug: 'pixel-8',
      product_name: 'Pixel 8', store: 1, store_code: 'S1', status, note: '', last_entry: null, created_at: '2026-12-01T00:00:00Z',
      updated_at: '2026-12-01T00:00:00Z',
    });
    let attempts = 0;
    const api = fakeApi({
      'GET /api/stores': page([store(1, 'MG Road')]),
      'GET /api/serials': page([serial(1, 'available'), serial(2, 'sold')]),
      'PATCH /api/serials/1': () =>
        ++attempts === 1
          ? { status: 200, body: serial(1, 'defective') }
          : { status: 400, body: { status: ['Only available, defective or in_transit can be set, and only for a unit in stock.'] } },
    });
    renderApp('/manage/serials', storeFor(USERS.admin));
    const user = userEvent.setup();
    const select = await screen.findByLabelText('Status of SN-1');
    expect(screen.queryByLabelText('Status of SN-2')).toBeNull();
    expect(screen.getByRole('row', { name: /SN-2/ })).toHaveTextContent('Sold');

    await user.selectOptions(select, 'defective');
    expect(await screen.findByText('SN-1 is now Defective.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/serials/1')[0].body).toEqual({ status: 'defective' });
    await user.selectOptions(select, 'in_transit');
    expect(await screen.findByRole('alert')).toHaveTextContent('Only available, defective or in_transit can be set');
  });
});
