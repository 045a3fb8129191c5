import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readRefreshToken } from '../auth/refreshToken';
import { fakeApi, me, USERS } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';

function expectFieldError(label: string, message: string) {
  const input = screen.getByLabelText(label);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
}

describe('account page', () => {
  it('shows the API field error next to the field and moves focus to it', async () => {
    const api = fakeApi({
      'GET /api/auth/me': { status: 200, body: me(USERS.customer) },
      'PATCH /api/auth/me': { status: 400, body: { phone: ['Enter a valid phone number.'] } },
    });
    renderApp('/account', storeFor(USERS.customer));
    const user = userEvent.setup();

    const phone = await screen.findByLabelText('Phone');
    await user.type(phone, '12345');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    await waitFor(() => expectFieldError('Phone', 'Enter a valid phone number.'));
    expect(phone).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the highlighted fields.');
    expect(screen.getByLabelText('First name')).not.toHaveAttribute('aria-invalid');
    expect(api.calls('PATCH', '/api/auth/me')[0].body).toEqual({
      first_name: 'Asha',
      last_name: 'Rao',
      email: 'asha@example.com',
      phone: '12345',
    });
  });

  it('saves the profile and clears earlier errors', async () => {
    let attempts = 0;
    fakeApi({
      'GET /api/auth/me': { status: 200, body: me(USERS.customer) },
      'PATCH /api/auth/me': () =>
        ++attempts === 1
          ? { status: 400, body: { email: ['A user with this e-mail already exists.'] } }
          : { status: 200, body: { ...me(USERS.customer), first_name: 'Asha K' } },
    });
    renderApp('/account', storeFor(USERS.customer));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Save profile' }));
    await waitFor(() => expectFieldError('E-mail', 'A user with this e-mail already exists.'));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail')).not.toHaveAttribute('aria-invalid');
  });

  it('password change: wrong current password is shown on its field; success keeps the new pair', async () => {
    let attempts = 0;
    const api = fakeApi({
      'GET /api/auth/me': { status: 200, body: me(USERS.customer) },
      'POST /api/auth/password': () =>
        ++attempts === 1
          ? { status: 400, body: { current_password: ['Incorrect password.'] } }
          : { status: 200, body: { access: 'access-9', refresh: 'refresh-9' } },
    });
    const store = storeFor(USERS.customer);
    renderApp('/account', store);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Current password'), 'nope');
    await user.type(screen.getByLabelText('New password'), 'a-New-passphrase-1');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expectFieldError('Current password', 'Incorrect password.'));

    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed. Your other sessions were signed out.')).toBeInTheDocument();
    expect(readRefreshToken()).toBe('refresh-9');
    expect(store.getState().auth.access).toBe('access-9');
    expect(api.calls('POST', '/api/auth/password')[1].body).toEqual({
      current_password: 'nope',
      new_password: 'a-New-passphrase-1',
    });
  });

  it('sends an anonymous visitor to sign in first, and back afterwards', async () => {
    fakeApi({
      'POST /api/auth/login': {
        status: 200,
        body: { access: 'access-1', refresh: 'refresh-1', user: USERS.customer, username: 'asha', role: 'customer', store: null },
      },
      'GET /api/auth/me': { status: 200, body: me(USERS.customer) },
    });
    renderApp('/account', storeFor(null));
    const user = userEvent.setup();

    expect(await screen.findByTestId('location')).toHaveTextContent('/login?next=%2Faccount');
    await user.type(screen.getByLabelText('Username or e-mail'), 'asha');
    await user.type(screen.getByLabelText('Password'), 'storeops-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'My account' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/account$/);
    expect(readRefreshToken()).toBe('refresh-1');
  });
});

describe('login and register', () => {
  it('login shows the API refusal as a form message', async () => {
    fakeApi({
      'POST /api/auth/login': { status: 401, body: { detail: 'Invalid username/email or password.', code: 'invalid_credentials' } },
    });
    const store = storeFor(null);
    renderApp('/login', store);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Username or e-mail'), 'asha');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid username/email or password.');
    expect(store.getState().auth.status).toBe('anonymous');
    expect(readRefreshToken()).toBeNull();
  });

  it('login refuses to send the user to another site after signing in', async () => {
    fakeApi({
      'POST /api/auth/login': {
        status: 200,
        body: { access: 'a', refresh: 'r', user: USERS.customer, username: 'asha', role: 'customer', store: null },
      },
      'GET /api/stores': { status: 200, body: { count: 0, next: null, previous: null, results: [] } },
    });
    renderApp('/login?next=//evil.example.com/x', storeFor(null));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username or e-mail'), 'asha');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
  });

  it('register shows every field error next to its field', async () => {
    fakeApi({
      'POST /api/auth/register': {
        status: 400,
        body: {
          username: ['A user with this username already exists.'],
          password: ['This password is too common.', 'This password is entirely numeric.'],
        },
      },
    });
    renderApp('/register', storeFor(null));
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Username'), 'asha');
    await user.type(screen.getByLabelText('E-mail'), 'asha@example.com');
    await user.type(screen.getByLabelText('Password'), '12345678');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expectFieldError('Username', 'A user with this username already exists.'));
    expectFieldError('Password', 'This password is too common. This password is entirely numeric.');
    expect(screen.getByLabelText('E-mail')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Username')).toHaveFocus();
  });
});

describe('navigation', () => {
  const emptyPage = { status: 200, body: { count: 0, next: null, previous: null, results: [] } };

  it('shows the admin entries to a system admin only', async () => {
    fakeApi({ 'GET /api/stores': emptyPage });
    renderApp('/', storeFor(USERS.admin));
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Manage' })).toHaveAttribute('href', '/manage');
    expect(within(nav).queryByRole('link', { name: 'Users' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'My account' })).toBeInTheDocument();
  });

  it('groups the admin screens in the admin area menu, open on the dashboard and folded elsewhere', async () => {
    fakeApi({ 'GET /api/stores': emptyPage, 'GET /api/users': emptyPage });
    const user = userEvent.setup();
    renderApp('/manage', storeFor(USERS.admin));
    const sections = screen.getByRole('navigation', { name: 'Admin sections' });
    expect(sections.closest('details')).toHaveAttribute('open');
    expect(within(sections).getByRole('heading', { name: 'People and stores' })).toBeInTheDocument();
    expect(within(sections).getByRole('heading', { name: 'Catalog and stock' })).toBeInTheDocument();
    expect(within(sections).getByRole('link', { name: 'Catalog' })).toHaveAttribute('href', '/manage/catalog');
    await user.click(within(sections).getByRole('link', { name: 'Users' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/manage/users');
    const folded = screen.getByRole('navigation', { name: 'Admin sections', hidden: true }).closest('details');
    expect(folded).not.toHaveAttribute('open');
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Manage' })).toHaveClass('active');
  });

  it('hides account and admin entries from anonymous visitors and refuses admin pages to customers', async () => {
    fakeApi({ 'GET /api/stores': emptyPage });
    renderApp('/manage/users', storeFor(USERS.customer));
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Manage' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Admin sections' })).toBeNull();
  });

  it('anonymous visitors see sign-in links and no account entry', () => {
    fakeApi({ 'GET /api/stores': emptyPage });
    renderApp('/', storeFor(null));
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'My account' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('the menu button tells assistive technology whether the menu is open', async () => {
    fakeApi({ 'GET /api/stores': emptyPage });
    renderApp('/', storeFor(null));
    const toggle = screen.getByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('admin stock', () => {
  it('sends the stock filters under the API names and marks low stock', async () => {
    const api = fakeApi({
      'GET /api/stores': { status: 200, body: { count: 1, next: null, previous: null, results: [
        { id: 3, name: 'MG Road', code: 'MGR', address: '', phone: null, email: null, latitude: null, longitude: null, timezone: 'Asia/Kolkata', store_type: 'BRANCH', is_active: true },
      ] } },
      'GET /api/stock-ledgers': { status: 200, body: { count: 1, next: null, previous: null, results: [
        { id: 1, store: 3, store_code: 'MGR', store_name: 'MG Road', variant: 4, variant_slug: 'v', variant_name: '128GB Black', product: 2, product_slug: 'p', product_name: 'iPhone 15', sku: null, quantity: 1, low_stock: true, last_movement_at: null },
      ] } },
    });
    renderApp('/manage/stock', storeFor(USERS.admin));
    const user = userEvent.setup();

    await screen.findByRole('option', { name: 'MG Road' });
    await user.selectOptions(screen.getByLabelText('Store'), '3');
    await user.click(screen.getByLabelText('Low stock only'));
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(api.calls('GET', '/api/stock-ledgers')).toHaveLength(2));
    const query = Object.fromEntries(api.calls('GET', '/api/stock-ledgers')[1].query);
    expect(query).toMatchObject({ store: '3', low_stock: 'true', ordering: 'variant' });
    expect(await screen.findByText('Low')).toBeInTheDocument();
    expect(api.calls('GET', '/api/stock-ledgers')[1].authorization).toBe('Bearer access-1');
  });
});
