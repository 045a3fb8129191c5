import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, USERS } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';
import { storeopsApi } from '../api/generated';
import { entryBody } from './StockEntriesPage';

const page = <T,>(results: T[]) => ({ status: 200, body: { count: results.length, next: null, previous: null, results } });
const store = (id: number, name: string) => ({ id, name, code: `S${id}`, is_active: true });
// The movement form finds the product by search, then lists that product's variants.
const CATALOG = {
  'GET /api/products': page([{ id: 3, name: 'Airdopes 141', slug: 'airdopes' }]),
  'GET /api/variants': page([
    { id: 14, name: 'Black', slug: 'airdopes-black', sku: 'AD-141', product: 3, product_name: 'Airdopes 141' },
    { id: 15, name: 'White', slug: 'airdopes-white', sku: null, product: 3, product_name: 'Airdopes 141' },
  ]),
};

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
      ...CATALOG,
      'POST /api/stock-entries': { status: 400, body: { counterpart_store: ['Must differ from store.'], variant: ['Not an active variant.'] } },
    });
    renderApp('/manage/stock-entries', storeFor(USERS.admin));
    const user = userEvent.setup();
    const form = within(await screen.findByRole('form', { name: 'New movement' }));
    expect(form.queryByLabelText('To store')).toBeNull();
    await user.selectOptions(form.getByLabelText('Type'), 'transfer_out');
    await screen.findAllByRole('option', { name: 'Indiranagar' });
    await user.selectOptions(screen.getByLabelText('From store'), '1');
    await user.selectOptions(screen.getByLabelText('To store'), '1');
    expect(form.getByLabelText('Variant')).toHaveDisplayValue('Pick the product first');
    await user.type(form.getByRole('combobox', { name: 'Product' }), 'airdopes');
    await waitFor(() => expect(api.calls('GET', '/api/products').some(({ query }) => query.get('search') === 'airdopes')).toBe(true));
    await user.click(await form.findByRole('option', { name: 'Airdopes 141' }));
    await form.findByRole('option', { name: 'Black (AD-141)' });
    expect(api.calls('GET', '/api/variants').at(-1)!.query.get('product')).toBe('3');
    await user.selectOptions(form.getByLabelText('Variant'), 'Black (AD-141)');
    await user.type(screen.getByLabelText('Quantity'), '2');
    await user.click(screen.getByRole('button', { name: 'Record movement' }));

    await waitFor(() => expect(screen.getByLabelText('To store')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Variant')).toHaveAccessibleDescription(expect.stringContaining('Not an active variant.'));
    expect(api.calls('POST', '/api/stock-entries')[0].body).toEqual({
      entry_type: 'transfer_out', store: 1, variant: 14, quantity: 2, counterpart_store: 1,
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

const entry = (over: Record<string, unknown> = {}) => ({
  id: 5, entry_type: 'purchase', direction: 'in', store: 1, store_code: 'S1', store_name: 'MG Road', variant: 14,
  variant_slug: 'airdopes-black', variant_name: 'Black', product: 3, product_slug: 'airdopes', product_name: 'Airdopes 141',
  sku: 'AD-141', quantity: 5, delta: 5, unit_price: '10.00', amount: '50.00', counterpart_store: null, booking: null,
  booking_reference: null, entry_date: '2026-12-01', reference: 'PO-1', note: '', serial_numbers: [] as string[],
  transfer_id: null, counterpart_entry: null, entered_by: 1, entered_by_name: 'Ada Min', created_at: '2026-12-01T09:00:00Z',
  updated_at: '2026-12-01T09:00:00Z', ...over,
});

describe('editing and reversing a movement', () => {
  it('opens the movement pre-filled, sends a PATCH of the form, and shows field errors and refusals', async () => {
    const replies = [
      { status: 400, body: { quantity: ['Ensure this value is greater than or equal to 1.'] } },
      { status: 409, body: { detail: 'Not enough stock.', code: 'insufficient_stock', store: 1, variant: 14, available: 2, requested: 3 } },
      { status: 200, body: entry({ quantity: 2, delta: 2, reference: '' }) },
    ];
    const api = fakeApi({
      'GET /api/stores': page([store(1, 'MG Road'), store(2, 'Indiranagar')]),
      'GET /api/stock-entries': page([entry()]),
      'GET /api/stock-entries/5': { status: 200, body: entry() },
      ...CATALOG,
      'PATCH /api/stock-entries/5': () => replies.shift()!,
      'POST /api/stock-entries': { status: 201, body: entry({ id: 6 }) },
    });
    renderApp('/manage/stock-entries', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit movement 5' }));
    const form = within(await screen.findByRole('form', { name: 'Edit movement 5' }));
    expect(screen.queryByRole('form', { name: 'New movement' })).toBeNull();
    await waitFor(() => expect(form.getByLabelText('Store')).toHaveValue('1'));
    expect(form.getByLabelText('Type')).toHaveValue('purchase');
    expect(form.getByRole('combobox', { name: 'Product' })).toHaveValue('Airdopes 141');
    await waitFor(() => expect(form.getByLabelText('Variant')).toHaveDisplayValue('Black (AD-141)'));
    expect(form.getByLabelText('Quantity')).toHaveValue(5);
    expect(form.getByLabelText('Reference')).toHaveValue('PO-1');
    // A movement that is not a transfer may change type, but never into a transfer.
    expect(form.queryByRole('option', { name: 'Transfer to another store' })).toBeNull();

    await user.clear(form.getByLabelText('Quantity'));
    await user.type(form.getByLabelText('Quantity'), '0');
    await user.click(form.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(form.getByLabelText('Quantity')).toHaveAttribute('aria-invalid', 'true'));
    expect(form.getByLabelText('Quantity')).toHaveAccessibleDescription('Ensure this value is greater than or equal to 1.');

    await user.clear(form.getByLabelText('Quantity'));
    await user.type(form.getByLabelText('Quantity'), '2');
    await user.clear(form.getByLabelText('Reference'));
    await user.click(form.getByRole('button', { name: 'Save changes' }));
    expect(await form.findByRole('alert')).toHaveTextContent('Not enough stock. In stock: 2; needed: 3.');

    const listed = api.calls('GET', '/api/stock-entries').length;
    await user.click(form.getByRole('button', { name: 'Save changes' }));
    // The edit form is gone: keyboard users land on the outcome instead of the top of the page.
    expect(await screen.findByText('Movement 5 updated; the balances follow the new version.')).toHaveFocus();
    expect(screen.queryByRole('form', { name: 'Edit movement 5' })).toBeNull();
    expect(screen.getByRole('form', { name: 'New movement' })).toBeInTheDocument();
    const patches = api.calls('PATCH', '/api/stock-entries/5');
    expect(patches).toHaveLength(3);
    expect(patches[2].body).toEqual({
      entry_type: 'purchase', store: 1, variant: 14, quantity: 2, unit_price: '10.00', entry_date: '2026-12-01',
      reference: '', note: '', serial_numbers: [],
    });
    await waitFor(() => expect(api.calls('GET', '/api/stock-entries').length).toBeGreaterThan(listed));

    // A new movement replaces that outcome with its own.
    const fresh = within(screen.getByRole('form', { name: 'New movement' }));
    await user.selectOptions(fresh.getByLabelText('Store'), '1');
    await user.type(fresh.getByRole('combobox', { name: 'Product' }), 'air');
    await user.click(await fresh.findByRole('option', { name: 'Airdopes 141' }));
    await user.selectOptions(await fresh.findByLabelText('Variant'), 'White');
    await user.type(fresh.getByLabelText('Quantity'), '1');
    await user.click(fresh.getByRole('button', { name: 'Record movement' }));
    expect(await fresh.findByText('Movement 6 recorded.')).toBeInTheDocument();
    expect(screen.queryByText('Movement 5 updated; the balances follow the new version.')).toBeNull();
  });

  it('says what a reversal does before sending the DELETE, and shows a refusal by the row', async () => {
    const replies = [
      { status: 409, body: { detail: 'Some serial numbers of this entry have moved since; reverse their later movements first.', code: 'serials_moved', serials: ['SN1'] } },
      { status: 204 },
    ];
    const api = fakeApi({
      'GET /api/stores': page([store(1, 'MG Road')]),
      'GET /api/stock-entries': page([entry({ quantity: 1, delta: 1, serial_numbers: ['SN1'] })]),
      'DELETE /api/stock-entries/5': () => replies.shift()!,
    });
    renderApp('/manage/stock-entries', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Reverse movement 5' }));
    const confirm = screen.getByRole('group', { name: 'Confirm reversal of movement 5' });
    expect(confirm).toHaveTextContent(
      'Reverse movement 5 (Purchase, 1 × Airdopes 141 · Black at MG Road)? The movement is deleted and the balance there goes back as if it had never been recorded (+1 undone).',
    );
    expect(confirm).toHaveTextContent('Its serial numbers return to where they were before it');
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group', { name: 'Confirm reversal of movement 5' })).toBeNull();
    expect(api.calls('DELETE', '/api/stock-entries/5')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Reverse movement 5' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reverse movement 5' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Some serial numbers of this entry have moved since; reverse their later movements first. Moved since: SN1.',
    );
    await user.click(screen.getByRole('button', { name: 'Reverse movement 5' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reverse movement 5' }));
    expect(await screen.findByText('Movement 5 reversed; the balance is restored.')).toBeInTheDocument();
    expect(api.calls('DELETE', '/api/stock-entries/5')).toHaveLength(2);
  });

  it('edits and reverses the received leg of a transfer through its sending leg', async () => {
    const out = entry({ id: 8, entry_type: 'transfer_out', direction: 'out', delta: -2, quantity: 2, counterpart_store: 2, counterpart_entry: 9, transfer_id: 'b1' });
    const received = entry({
      id: 9, entry_type: 'transfer_in', direction: 'in', store: 2, store_name: 'Indiranagar', delta: 2, quantity: 2, counterpart_store: 1,
      counterpart_entry: 8, transfer_id: 'b1',
    });
    const api = fakeApi({
      'GET /api/stores': page([store(1, 'MG Road'), store(2, 'Indiranagar')]),
      'GET /api/stock-entries': page([received]),
      'GET /api/stock-entries/8': { status: 200, body: out },
      'PATCH /api/stock-entries/8': { status: 200, body: out },
      'DELETE /api/stock-entries/8': { status: 204 },
    });
    renderApp('/manage/stock-entries', storeFor(USERS.admin));
    const user = userEvent.setup();
    expect(await screen.findByText('Received leg: edited and reversed through transfer 8.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit transfer 8 (both legs)' }));
    const form = within(await screen.findByRole('form', { name: 'Edit movement 8' }));
    expect(form.getByText(/^Movement 9 is the received leg of transfer 8/)).toBeInTheDocument();
    expect(form.getByLabelText('Type')).toHaveValue('Transfer to another store');
    expect(form.getByLabelText('Type')).toHaveAttribute('readonly');
    await waitFor(() => expect(form.getByLabelText('From store')).toHaveValue('1'));
    expect(form.getByLabelText('To store')).toHaveValue('2');
    await user.click(form.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Transfer 8 updated (both legs); the balances follow the new version.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/stock-entries/8')[0].body).toMatchObject({ entry_type: 'transfer_out', store: 1, counterpart_store: 2, quantity: 2 });

    await user.click(screen.getByRole('button', { name: 'Reverse transfer 8 (both legs)' }));
    expect(screen.getByRole('group', { name: 'Confirm reversal of movement 8' })).toHaveTextContent(
      'Reverse transfer 8 (2 × Airdopes 141 · Black from MG Road to Indiranagar)? Both legs (8 sent and 9 received) are deleted and both stores’ balances go back.',
    );
    await user.click(screen.getByRole('button', { name: 'Yes, reverse movement 8' }));
    expect(await screen.findByText('Transfer 8 reversed (both legs); both balances are restored.')).toBeInTheDocument();
    expect(api.calls('DELETE', '/api/stock-entries/8')).toHaveLength(1);
    expect(api.calls('DELETE', '/api/stock-entries/9')).toHaveLength(0);
  });
});

describe('cache after a movement', () => {
  it('fetches the balances again after a movement is posted, edited or reversed', async () => {
    const api = fakeApi({ 'GET /api/stock-ledgers': page([]), 'DELETE /api/stock-entries/5': { status: 204 } });
    const session = storeFor(USERS.admin);
    const balances = session.dispatch(storeopsApi.endpoints.stockLedgersList.initiate({}));
    await balances;
    await session.dispatch(storeopsApi.endpoints.stockEntriesDestroy.initiate({ id: 5 }));
    await waitFor(() => expect(api.calls('GET', '/api/stock-ledgers')).toHaveLength(2));
    balances.unsubscribe();
  });
});
