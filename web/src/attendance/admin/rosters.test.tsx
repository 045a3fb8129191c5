import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, USERS } from '../../test/fakeApi';
import { renderApp, storeFor } from '../../test/render';

const page = <T,>(results: T[]) => ({ count: results.length, next: null, previous: null, results });
const DAY = { id: 3, name: 'Day', start_time: '09:00:00', end_time: '18:00:00', is_overnight: false, total_minutes: 540, is_active: true, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' };
const EVENING = { ...DAY, id: 4, name: 'Evening', start_time: '13:00:00', end_time: '22:00:00' };
const ADVISOR = { id: 21, username: 'advisor1', full_name: 'Ravi Kumar', store_name: 'MG Road', role: 'advisor' };

function expectFieldError(label: string, message: string) {
  const input = screen.getByLabelText(label);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
}

describe('roster admin', () => {
  it('shift form: the API field error sits on its field, then the shift is created', async () => {
    let attempts = 0;
    const api = fakeApi({
      'GET /api/attendance/admin/shifts': { status: 200, body: page([DAY]) },
      'POST /api/attendance/admin/shifts': () =>
        ++attempts === 1
          ? { status: 400, body: { name: ['A shift with this name already exists.'] } }
          : { status: 201, body: { ...EVENING, name: 'Late' } },
    });
    renderApp('/manage/attendance/shifts', storeFor(USERS.admin));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'New shift' }));
    await user.type(screen.getByLabelText('Name'), 'day');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expectFieldError('Name', 'A shift with this name already exists.'));
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(api.calls('POST', '/api/attendance/admin/shifts')[0].body).toEqual({ name: 'day', start_time: '09:00', end_time: '18:00', is_active: true });

    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Late');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Name')).not.toBeInTheDocument();
  });

  it('deactivating a shift in use shows the refusal', async () => {
    const api = fakeApi({
      'GET /api/attendance/admin/shifts': { status: 200, body: page([DAY]) },
      'DELETE /api/attendance/admin/shifts/3': {
        status: 409,
        body: { detail: 'The shift is used by 2 active schedules.', code: 'shift_in_use', usage: { schedules: 2, exceptions: 0 } },
      },
    });
    renderApp('/manage/attendance/shifts', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Deactivate Day' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The shift is used by 2 active schedules.');
    expect(api.calls('DELETE', '/api/attendance/admin/shifts/3')).toHaveLength(1);
  });

  it('schedule form: alternate weeks ask for the anchor and both shifts and send only those', async () => {
    const api = fakeApi({
      'GET /api/attendance/admin/schedules': { status: 200, body: page([]) },
      'GET /api/attendance/admin/shifts': { status: 200, body: page([DAY, EVENING]) },
      'GET /api/users': { status: 200, body: page([ADVISOR]) },
      'POST /api/attendance/admin/schedules': { status: 400, body: { anchor_monday: ['Must be a Monday.'] } },
    });
    renderApp('/manage/attendance/schedules', storeFor(USERS.admin));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'New schedule' }));
    expect(screen.getByLabelText('Shift')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Rule'), 'alternate_weekly');
    expect(screen.queryByLabelText('Shift')).not.toBeInTheDocument();
    // Advisors are searched, not listed: a chain can have more than one page of them.
    await user.type(screen.getByRole('combobox', { name: 'Advisor' }), 'ravi');
    const searches = () => api.calls('GET', '/api/users').map(({ query }) => [query.get('role'), query.get('is_active'), query.get('search')]);
    await waitFor(() => expect(searches()).toContainEqual(['advisor', 'true', 'ravi']));
    expect(searches().every(([role, active]) => role === 'advisor' && active === 'true')).toBe(true);
    await user.click(await screen.findByRole('option', { name: 'Ravi Kumar (MG Road)' }));
    await user.type(screen.getByLabelText('First week starts on (a Monday)'), '2026-12-01');
    await user.selectOptions(screen.getByLabelText('Even-week shift'), '3');
    await user.selectOptions(screen.getByLabelText('Odd-week shift'), '4');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expectFieldError('First week starts on (a Monday)', 'Must be a Monday.'));
    expect(api.calls('POST', '/api/attendance/admin/schedules')[0].body).toEqual({
      user: 21,
      rule_type: 'alternate_weekly',
      default_shift: null,
      anchor_monday: '2026-12-01',
      parity_offset: 0,
      week_even_shift: 3,
      week_odd_shift: 4,
      is_active: true,
    });
  });

  it('schedule preview: the range error is shown on its field, then the planned days', async () => {
    const schedule = { id: 9, user: 21, user_name: 'Ravi Kumar', store: 1, rule_type: 'fixed', default_shift: 3, anchor_monday: null, parity_offset: 0, week_even_shift: null, week_odd_shift: null, is_active: true, created_at: '', updated_at: '' };
    const api = fakeApi({
      'GET /api/attendance/admin/schedules': { status: 200, body: page([schedule]) },
      'GET /api/attendance/admin/shifts': { status: 200, body: page([DAY]) },
      'GET /api/attendance/admin/schedules/9/preview': (request) =>
        request.query.get('end')! < request.query.get('start')!
          ? { status: 400, body: { end: ['Must not be before start.'] } }
          : {
              status: 200,
              body: {
                schedule: 9,
                user: 21,
                schedule_active: true,
                days: [
                  { date: '2026-12-05', shift: { id: 3, name: 'Day', start_time: '09:00:00', end_time: '18:00:00' }, source: 'schedule' },
                  { date: '2026-12-06', shift: null, source: 'week_off' },
                ],
              },
            },
    });
    renderApp('/manage/attendance/schedules', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Preview the schedule of Ravi Kumar' }));
    const start = screen.getByLabelText('From');
    const end = screen.getByLabelText('To');
    await user.clear(start);
    await user.type(start, '2026-12-06');
    await user.clear(end);
    await user.type(end, '2026-12-05');
    await user.click(screen.getByRole('button', { name: 'Show days' }));
    await waitFor(() => expectFieldError('To', 'Must not be before start.'));

    await user.clear(start);
    await user.type(start, '2026-12-05');
    await user.clear(end);
    await user.type(end, '2026-12-06');
    await user.click(screen.getByRole('button', { name: 'Show days' }));
    const table = await screen.findByRole('region', { name: 'Preview range' });
    expect(within(table).getByText('Day 09:00–18:00')).toBeInTheDocument();
    expect(within(table).getByText('Day off')).toBeInTheDocument();
    expect(within(table).getByText('the week-off')).toBeInTheDocument();
    expect(api.calls('GET', '/api/attendance/admin/schedules/9/preview')).toHaveLength(2);
  });

  it('exception form: a store holiday is sent with the store and no advisor', async () => {
    const api = fakeApi({
      'GET /api/attendance/admin/exceptions': { status: 200, body: page([]) },
      'GET /api/attendance/admin/shifts': { status: 200, body: page([DAY]) },
      'GET /api/users': { status: 200, body: page([ADVISOR]) },
      'GET /api/stores': { status: 200, body: page([{ id: 1, name: 'MG Road' }]) },
      'POST /api/attendance/admin/exceptions': { status: 400, body: { date: ['This store already has an exception on this date.'] } },
    });
    renderApp('/manage/attendance/exceptions', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New exception' }));
    await user.selectOptions(screen.getByLabelText('Applies to'), 'store');
    await screen.findByRole('option', { name: 'MG Road' });
    await user.selectOptions(screen.getByLabelText('Store'), 'MG Road');
    await user.type(screen.getByLabelText('Date'), '2026-08-15');
    await user.type(screen.getByLabelText('Reason'), 'Independence Day');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expectFieldError('Date', 'This store already has an exception on this date.'));
    expect(api.calls('POST', '/api/attendance/admin/exceptions')[0].body).toEqual({
      user: null,
      store: 1,
      date: '2026-08-15',
      mark_off: true,
      override_shift: null,
      reason: 'Independence Day',
    });
  });

  it('geofence form posts the store circle (upsert) and shows range errors on the fields', async () => {
    const api = fakeApi({
      'GET /api/attendance/admin/geofences': { status: 200, body: page([]) },
      'GET /api/stores': { status: 200, body: page([{ id: 1, name: 'MG Road' }]) },
      'POST /api/attendance/admin/geofences': { status: 400, body: { radius_m: ['Ensure this value is less than or equal to 5000.'] } },
    });
    renderApp('/manage/attendance/geofences', storeFor(USERS.admin));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Set a store geofence' }));
    await screen.findByRole('option', { name: 'MG Road' });
    await user.selectOptions(screen.getByLabelText('Store'), 'MG Road');
    await user.type(screen.getByLabelText('Latitude'), '12.975');
    await user.type(screen.getByLabelText('Longitude'), '77.606');
    await user.type(screen.getByLabelText('Radius (m)'), '9000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expectFieldError('Radius (m)', 'Ensure this value is less than or equal to 5000.'));
    expect(api.calls('POST', '/api/attendance/admin/geofences')[0].body).toEqual({ store: 1, latitude: '12.975', longitude: '77.606', radius_m: 9000, is_active: true });
  });
});
