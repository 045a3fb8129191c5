import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, USERS } from '../../test/fakeApi';
import { renderApp, storeFor } from '../../test/render';

const page = <T,>(results: T[]) => ({ count: results.length, next: null, previous: null, results });
const MG = {
  id: 1, name: 'MG Road', code: 'MGR', address: '1 MG Road', phone: null, email: null, latitude: '12.975300', longitude: '77.606800',
  timezone: 'Asia/Kolkata', store_type: 'BRANCH', is_active: true, branch_head: 31, branch_head_name: 'Head MG', branch_head_email: 'h@example.com',
  created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
};
const HEAD = {
  id: 31, username: 'head.mgr', email: 'h@example.com', email_verified: true, first_name: 'Head', last_name: 'MG', full_name: 'Head MG', phone: null,
  role: 'branch_head', store: 1, store_name: 'MG Road', headed_store: 1, is_active: true, date_joined: '2026-01-01T00:00:00Z', last_login: null,
};
const HEAD2 = { ...HEAD, id: 32, username: 'head.new', first_name: 'New', full_name: 'New Head', store: null, store_name: null, headed_store: null };

function expectFieldError(label: string, message: string) {
  const input = screen.getByLabelText(label);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
}

describe('user administration', () => {
  it('creates a branch head: field errors by the fields, a 409 for a store that has a head, then saved', async () => {
    let attempts = 0;
    const api = fakeApi({
      'GET /api/users': { status: 200, body: page([HEAD]) },
      'GET /api/stores': { status: 200, body: page([MG]) },
      'POST /api/users': () => {
        attempts += 1;
        if (attempts === 1) return { status: 400, body: { password: ['This password is too short. It must contain at least 8 characters.'], email: ['Enter a valid email address.'] } };
        if (attempts === 2) return { status: 409, body: { detail: 'This store already has a branch head.', code: 'store_has_branch_head', store: 1 } };
        return { status: 201, body: { ...HEAD2, id: 40 } };
      },
    });
    renderApp('/manage/users', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New user' }));
    await user.type(screen.getByLabelText('Username'), 'head.two');
    await user.type(screen.getByLabelText('E-mail'), 'nope');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.selectOptions(within(screen.getByRole('form', { name: 'New user' })).getByLabelText('Role'), 'Branch head');
    await waitFor(() => expect(screen.getByRole('option', { name: 'MG Road' })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Store'), 'MG Road');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expectFieldError('Password', 'too short'));
    expectFieldError('E-mail', 'Enter a valid email address.');
    expect(api.calls('POST', '/api/users')[0].body).toEqual({
      username: 'head.two', email: 'nope', password: 'short', first_name: '', last_name: '', phone: null, role: 'branch_head', store: 1, is_active: true,
    });

    await user.clear(screen.getByLabelText('E-mail'));
    await user.type(screen.getByLabelText('E-mail'), 'two@example.com');
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'a-long-passphrase');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This store already has a branch head.');

    await user.selectOptions(screen.getByLabelText('Store'), 'None');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/users')[2].body).toMatchObject({ store: null, password: 'a-long-passphrase' });
  });

  it('an edit without a password keeps it (no password sent), by PATCH', async () => {
    const api = fakeApi({
      'GET /api/users': { status: 200, body: page([HEAD]) },
      'GET /api/stores': { status: 200, body: page([MG]) },
      'PATCH /api/users/31': { status: 200, body: { ...HEAD, phone: '+919876543210' } },
    });
    renderApp('/manage/users', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit head.mgr' }));
    await waitFor(() => expect(screen.getByLabelText('Store')).toHaveValue('1'));
    await user.type(screen.getByLabelText('Phone'), '+919876543210');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    const body = api.calls('PATCH', '/api/users/31')[0].body as Record<string, unknown>;
    expect(body).not.toHaveProperty('password');
    expect(body).toMatchObject({ username: 'head.mgr', role: 'branch_head', store: 1, phone: '+919876543210' });
  });

  it('deactivating oneself shows the refusal', async () => {
    const api = fakeApi({
      'GET /api/users': { status: 200, body: page([{ ...HEAD, id: 1, username: 'admin', role: 'system_admin' }]) },
      'DELETE /api/users/1': { status: 400, body: { detail: 'You cannot delete your own account.', code: 'self_delete' } },
    });
    renderApp('/manage/users', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Deactivate admin' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot delete your own account.');
    expect(api.calls('DELETE', '/api/users/1')).toHaveLength(1);
  });
});

describe('store administration', () => {
  it('shows the head, assigns another one, and the time zone error sits on its field', async () => {
    let attempts = 0;
    const api = fakeApi({
      'GET /api/stores': { status: 200, body: page([MG]) },
      'GET /api/users': { status: 200, body: page([HEAD, HEAD2]) },
      'PATCH /api/stores/1': () => (++attempts === 1 ? { status: 400, body: { timezone: ['Unknown time zone.'] } } : { status: 200, body: { ...MG, branch_head: 32 } }),
    });
    renderApp('/manage/stores', storeFor(USERS.admin));
    const user = userEvent.setup();
    expect(await screen.findByRole('cell', { name: 'Head MG' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit MG Road' }));
    await waitFor(() => expect(screen.getByLabelText('Branch head')).toHaveValue('31'));
    await user.selectOptions(screen.getByLabelText('Branch head'), 'New Head (head.new)');
    await user.clear(screen.getByLabelText('Time zone'));
    await user.type(screen.getByLabelText('Time zone'), 'Mars/Olympus');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expectFieldError('Time zone', 'Unknown time zone.'));
    expect(api.calls('PATCH', '/api/stores/1')[0].body).toEqual({
      name: 'MG Road', code: 'MGR', address: '1 MG Road', phone: null, email: null, latitude: '12.975300', longitude: '77.606800',
      store_type: 'BRANCH', branch_head: 32, is_active: true, timezone: 'Mars/Olympus',
    });
    await user.clear(screen.getByLabelText('Time zone'));
    await user.type(screen.getByLabelText('Time zone'), 'Asia/Kolkata');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
  });

  it('creates a store without a head (branch_head null)', async () => {
    const api = fakeApi({
      'GET /api/stores': { status: 200, body: page([MG]) },
      'GET /api/users': { status: 200, body: page([HEAD2]) },
      'POST /api/stores': { status: 201, body: { ...MG, id: 3, name: 'Indiranagar', code: 'IND', branch_head: null } },
    });
    renderApp('/manage/stores', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New store' }));
    await user.type(screen.getByLabelText('Name'), 'Indiranagar');
    await user.type(screen.getByLabelText('Code'), 'IND');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/stores')[0].body).toEqual({
      name: 'Indiranagar', code: 'IND', address: '', phone: null, email: null, latitude: null, longitude: null, store_type: 'BRANCH', branch_head: null, is_active: true,
    });
  });
});
