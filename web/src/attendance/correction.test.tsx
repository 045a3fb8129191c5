import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';
import { adjustBody, localInput } from './Correction';

const ADVISOR = { id: 21, username: 'advisor1.mgr', email: 'a@example.com', first_name: 'Advisor 1', last_name: 'MG Road', phone: null, role: 'advisor', store: 1 } as const;
const TODAY = {
  date: '2026-12-02', store: 1, store_name: 'MG Road', timezone: 'Asia/Kolkata', day_off: false, day_off_reason: null,
  shift: { id: 3, name: 'Day', start_time: '09:00:00', end_time: '18:00:00' },
  shift_window: { start: '2026-12-02T09:00:00+05:30', end: '2026-12-02T18:00:00+05:30' },
  can_check_in_from: '2026-12-02T08:45:00+05:30', early_checkin_window_min: 15, cta_state: 'start', attendance_id: null,
  attendance_status: null, geofence: null, server_time: '2026-12-02T09:20:00+05:30',
};
const DAY = {
  date: '2026-12-01', shift: 'Day', status: 'PRESENT', check_in: '2026-12-01T03:40:00Z', check_out: '2026-12-01T12:30:00Z',
  worked_minutes: 530, late_minutes: 10, ot_minutes: 0, hourly_rate: '100.00', ot_multiplier: '1.50', pay: '883.33',
};
const REPORT = {
  user_id: 21, name: 'Advisor 1 MG Road', username: 'advisor1.mgr', month: '2026-12', range: { start: '2026-12-01', end: '2026-12-31' },
  summary: { total_shifts: 1, present_days: 1, half_days: 0, absent_days: 0, pending_days: 0, worked_minutes: 530, ot_minutes: 0, late_minutes: 10, payable_hours: '8.83', gross_pay: '883.33' },
  by_day: [DAY],
};
const ROW = {
  id: 12, user: 21, user_name: 'Advisor 1 MG Road', store: 1, store_name: 'MG Road', date: '2026-12-01', shift: 3, shift_name: 'Day',
  shift_start: '2026-12-01T03:30:00Z', shift_end: '2026-12-01T12:30:00Z', check_in: '2026-12-01T03:40:00Z', check_out: '2026-12-01T12:30:00Z',
  status: 'PRESENT', requests: [] as { id: number; type: string; status: string }[],
};
const page = <T,>(results: T[]) => ({ count: results.length, next: null, previous: null, results });

describe('correction helpers', () => {
  it('shows an instant in the store zone as a datetime-local value', () => {
    expect(localInput('2026-12-01T03:40:00Z', 'Asia/Kolkata')).toBe('2026-12-01T09:10');
    expect(localInput('2026-12-01T18:40:00Z', 'Asia/Kolkata')).toBe('2026-12-02T00:10');
    expect(localInput(null, 'Asia/Kolkata')).toBe('');
  });

  it('sends only the times that changed', () => {
    const original = { check_in: '2026-12-01T09:10', check_out: '2026-12-01T18:00' };
    expect(adjustBody(12, original, { check_in: '2026-12-01T09:00', check_out: '2026-12-01T18:00', reason: ' Forgot ' })).toEqual({
      attendance: 12, type: 'ADJUST', reason: 'Forgot', set_check_in: '2026-12-01T09:00',
    });
    expect(adjustBody(12, original, { check_in: '2026-12-01T09:10', check_out: '', reason: 'x' })).toEqual({ attendance: 12, type: 'ADJUST', reason: 'x' });
  });
});

describe('advisor correction request', () => {
  it('shows the API errors by their fields, then the day is pending', async () => {
    let pending = false;
    let attempts = 0;
    const keys: unknown[] = [];
    const api = fakeApi({
      'GET /api/attendance/me/today': { status: 200, body: TODAY },
      'GET /api/attendance/reports/me': { status: 200, body: REPORT },
      'GET /api/attendance': () => ({ status: 200, body: page([{ ...ROW, status: pending ? 'PENDING_APPROVAL' : 'PRESENT', requests: pending ? [{ id: 40, type: 'ADJUST', status: 'PENDING' }] : [] }]) }),
      'POST /api/attendance/requests': (request) => {
        keys.push(request.body);
        if (++attempts === 1) return { status: 400, body: { set_check_in: ['The time must be within 12 hours of the shift.'], reason: ['This field may not be blank.'] } };
        pending = true;
        return { status: 201, body: { id: 40, type: 'ADJUST', status: 'PENDING' } };
      },
    });
    renderApp('/attendance', storeFor(ADVISOR));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Request a correction of 2026-12-01' }));
    const checkIn = screen.getByLabelText('Corrected check-in');
    expect(checkIn).toHaveValue('2026-12-01T09:10');
    await user.clear(checkIn);
    await user.type(checkIn, '2026-11-30T09:00');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    await waitFor(() => expect(screen.getByLabelText('Corrected check-in')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Corrected check-in')).toHaveAccessibleDescription(expect.stringContaining('within 12 hours'));
    expect(screen.getByLabelText('Reason')).toHaveAccessibleDescription(expect.stringContaining('may not be blank'));
    // The refusal refetches the report; the form and its messages stay while it reloads.
    await waitFor(() => expect(api.calls('GET', '/api/attendance/reports/me').length).toBeGreaterThan(1));
    await waitFor(() => expect(screen.getByRole('table')).toBeInTheDocument());
    expect(screen.getByLabelText('Reason')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls('POST', '/api/attendance/requests')[0].body).toEqual({ attendance: 12, type: 'ADJUST', reason: '', set_check_in: '2026-11-30T09:00' });

    await user.clear(screen.getByLabelText('Corrected check-in'));
    await user.type(screen.getByLabelText('Corrected check-in'), '2026-12-01T09:00');
    await user.type(screen.getByLabelText('Reason'), 'Phone was off at the door');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByText(/Correction requested/)).toBeInTheDocument();
    const table = screen.getByRole('region', { name: 'My attendance days' });
    expect(await within(table).findByText('Correction pending')).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /Request a correction/ })).not.toBeInTheDocument();
    expect(api.calls('POST', '/api/attendance/requests')[1].body).toEqual({ attendance: 12, type: 'ADJUST', reason: 'Phone was off at the door', set_check_in: '2026-12-01T09:00' });
    expect(api.calls('GET', '/api/attendance')[0].query.get('date_from')).toBe('2026-12-01');
  });

  it('a day that already has a pending correction says so', async () => {
    fakeApi({
      'GET /api/attendance/me/today': { status: 200, body: TODAY },
      'GET /api/attendance/reports/me': { status: 200, body: REPORT },
      'GET /api/attendance': { status: 200, body: page([ROW]) },
      'POST /api/attendance/requests': { status: 409, body: { detail: 'A pending request exists.', code: 'pending_request_exists' } },
    });
    renderApp('/attendance', storeFor(ADVISOR));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Request a correction of 2026-12-01' }));
    await user.type(screen.getByLabelText('Reason'), 'Late bus');
    await user.clear(screen.getByLabelText('Corrected check-in'));
    await user.type(screen.getByLabelText('Corrected check-in'), '2026-12-01T09:05');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A correction of this day is already waiting for a decision.');
  });
});
