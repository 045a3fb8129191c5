import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, USERS } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';

const page = <T,>(results: T[]) => ({ status: 200, body: { count: results.length, next: null, previous: null, results } });

function booking(overrides: Record<string, unknown> = {}) {
  return {
    id: 41, reference: 'BK-7K3QX9MD', name: 'John', email: 'j@example.com', phone: null, address: '', message: '',
    store: null, store_name: null, date: '2026-12-05', time: '11:30:00', status: 'pending', reason: '', attendant: null,
    attendant_name: null, user: null, details: { issues: [{ id: 1, name: 'Screen' }], other_issues: [], brand: 'Apple', product: 'iPhone' },
    responses: [], status_history: [], created_at: '2026-12-02T10:00:00Z', updated_at: '2026-12-02T10:00:00Z',
    status_changed_at: '2026-12-02T10:00:00Z', ...overrides,
  };
}

const form = {
  status: 200,
  body: {
    issues: [{ id: 1, name: 'Screen' }, { id: 2, name: 'Battery' }],
    other_issues: [{ id: 5, name: 'Screen guard', estimated_price: '499.00' }],
    questions: [{ id: 9, question_set_name: 'INTAKE_DEFAULT', question: 'Does it power on?', position: 0 }],
  },
};

describe('book a repair', () => {
  it('builds the form from the API, sends details and answers, shows nested errors by their fields, then the reference', async () => {
    let attempts = 0;
    const api = fakeApi({
      'GET /api/bookings/form': form,
      'GET /api/stores': page([]),
      'POST /api/bookings': () =>
        ++attempts === 1
          ? { status: 400, body: { email: ['Give an e-mail address or a phone number.'], details: { issues: ['Unknown issue: 2.'] } } }
          : { status: 201, body: booking() },
    });
    renderApp('/book', storeFor(null));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('checkbox', { name: 'Battery' }));
    await user.click(screen.getByRole('checkbox', { name: /Screen guard/ }));
    await user.type(screen.getByLabelText('Brand'), 'Apple');
    await user.type(screen.getByLabelText('Does it power on?'), 'No');
    await user.type(screen.getByLabelText('Preferred day'), '2026-12-05');
    await user.type(screen.getByLabelText('Preferred time'), '11:30');
    await user.type(screen.getByLabelText('Name'), 'John');
    await user.click(screen.getByRole('button', { name: 'Book the repair' }));

    const email = screen.getByLabelText('E-mail');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveFocus();
    expect(screen.getByRole('group', { name: 'What is wrong?' })).toHaveAccessibleDescription('Unknown issue: 2.');
    expect(api.calls('POST', '/api/bookings')[0].body).toEqual({
      name: 'John', email: null, phone: null, address: '', message: '', store: null, date: '2026-12-05', time: '11:30',
      details: { issues: [2], other_issues: [5], brand: 'Apple', product: '' },
      responses: [{ question_set_name: 'INTAKE_DEFAULT', question: 'Does it power on?', response: 'No' }],
    });

    await user.type(email, 'j@example.com');
    await user.click(screen.getByRole('button', { name: 'Book the repair' }));
    expect(await screen.findByRole('heading', { name: 'Booking received' })).toBeInTheDocument();
    expect(screen.getByLabelText('Booking reference')).toHaveTextContent('BK-7K3QX9MD');
    expect(screen.getByRole('link', { name: 'Check the status' })).toHaveAttribute('href', '/booking-status?reference=BK-7K3QX9MD');
  });
});

describe('booking status', () => {
  it('says the same thing for any mismatch, and shows the booking with its history on a match', async () => {
    let attempts = 0;
    const api = fakeApi({
      'POST /api/bookings/lookup': () =>
        ++attempts === 1
          ? { status: 404, body: { detail: 'Not found.', code: 'not_found' } }
          : { status: 200, body: booking({ status: 'approved', status_history: [{ from_status: 'pending', to_status: 'approved', reason: '', changed_at: '2026-12-02T11:00:00Z', changed_by: null }] }) },
    });
    renderApp('/booking-status?reference=BK-7K3QX9MD', storeFor(null));
    const user = userEvent.setup();
    expect(screen.getByLabelText('Booking reference')).toHaveValue('BK-7K3QX9MD');
    await user.type(screen.getByLabelText('E-mail'), 'x@example.com');
    await user.click(screen.getByRole('button', { name: 'Show my booking' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No booking matches this reference and e-mail address.');

    await user.click(screen.getByRole('button', { name: 'Show my booking' }));
    const card = await screen.findByRole('article', { name: /BK-7K3QX9MD/ });
    expect(within(card).getByText('Pending → Approved')).toBeInTheDocument();
    expect(api.calls('POST', '/api/bookings/lookup')[1].body).toEqual({ reference: 'BK-7K3QX9MD', email: 'x@example.com' });
  });
});

describe('my bookings', () => {
  it('cancels with a reason and offers cancel only while pending or approved', async () => {
    const api = fakeApi({
      'GET /api/bookings': page([booking(), booking({ id: 42, reference: 'BK-22222222', status: 'in_progress' })]),
      'PATCH /api/bookings/41': ({ body }) =>
        (body as { reason?: string }).reason
          ? { status: 200, body: booking({ status: 'cancelled' }) }
          : { status: 400, body: { reason: ['A reason is required to cancel or reject a booking.'] } },
    });
    renderApp('/orders', storeFor(USERS.customer));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Cancel booking BK-7K3QX9MD' }));
    expect(screen.queryByRole('button', { name: 'Cancel booking BK-22222222' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Cancel the booking' }));
    const reason = screen.getByLabelText('Why are you cancelling?');
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    await user.type(reason, 'Fixed it');
    await user.click(screen.getByRole('button', { name: 'Cancel the booking' }));
    await waitFor(() => expect(api.calls('PATCH', '/api/bookings/41')).toHaveLength(2));
    expect(api.calls('PATCH', '/api/bookings/41')[1].body).toEqual({ status: 'cancelled', reason: 'Fixed it' });
  });
});

describe('admin booking', () => {
  it('offers the workflow moves of the current status and sends the reason with them', async () => {
    let current = booking();
    const api = fakeApi({
      'GET /api/bookings/41': () => ({ status: 200, body: current }),
      'GET /api/stores': page([]),
      'GET /api/users': page([]),
      'PATCH /api/bookings/41': ({ body }) => {
        current = booking({ ...(body as object), status_history: [{ from_status: 'pending', to_status: 'rejected', reason: 'Parts unavailable', changed_at: '2026-12-02T11:00:00Z', changed_by: 1 }] });
        return { status: 200, body: current };
      },
    });
    renderApp('/manage/bookings/41', storeFor(USERS.admin));
    const user = userEvent.setup();
    const select = await screen.findByLabelText('New status');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose…', 'Approved', 'Rejected', 'Cancelled']);
    await user.selectOptions(select, 'rejected');
    expect(screen.getByLabelText('Reason (required)')).toBeRequired();
    await user.type(screen.getByLabelText('Reason (required)'), 'Parts unavailable');
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    expect(await screen.findByText('This booking is closed.')).toBeInTheDocument();
    expect(api.calls('PATCH', '/api/bookings/41')[0].body).toEqual({ status: 'rejected', reason: 'Parts unavailable' });
    expect(api.calls('GET', '/api/users')[0].query.get('role')).toBe('advisor');
  });
});
