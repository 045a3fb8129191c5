import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { renderApp, storeFor } from '../test/render';

const ADVISOR = { id: 21, username: 'advisor1.mgr', email: 'a@example.com', first_name: 'Advisor 1', last_name: 'MG Road', phone: null, role: 'advisor', store: 1 } as const;
const HEAD = { ...ADVISOR, id: 31, username: 'head.mgr', first_name: 'Head', role: 'branch_head' } as const;

const TODAY = {
  date: '2026-12-02',
  store: 1,
  store_name: 'MG Road',
  timezone: 'Asia/Kolkata',
  day_off: false,
  day_off_reason: null,
  shift: { id: 3, name: 'Day', start_time: '09:00:00', end_time: '18:00:00' },
  shift_window: { start: '2026-12-02T09:00:00+05:30', end: '2026-12-02T18:00:00+05:30' },
  can_check_in_from: '2026-12-02T08:45:00+05:30',
  early_checkin_window_min: 15,
  cta_state: 'start',
  attendance_id: null,
  attendance_status: null,
  geofence: { latitude: '12.975300', longitude: '77.606800', radius_m: 200 },
  server_time: '2026-12-02T09:20:00+05:30',
};
const REPORT = {
  user_id: 21,
  name: 'Advisor 1 MG Road',
  username: 'advisor1.mgr',
  month: '2026-12',
  range: { start: '2026-12-01', end: '2026-12-31' },
  summary: { total_shifts: 0, present_days: 0, half_days: 0, absent_days: 0, pending_days: 0, worked_minutes: 0, ot_minutes: 0, late_minutes: 0, payable_hours: '0.00', gross_pay: '0.00' },
  by_day: [],
};
const ATTENDANCE = {
  id: 12,
  status: 'PENDING_APPROVAL',
  check_in: '2026-12-02T03:50:00Z',
  check_out: null,
  check_in_distance_m: 1450,
  check_out_distance_m: null,
  late_minutes: 5,
  worked_minutes: 0,
  requests: [
    { id: 1, type: 'OUTSIDE_GEOFENCE', status: 'PENDING' },
    { id: 2, type: 'LATE', status: 'PENDING' },
  ],
};

function fakeGeolocation(coords: { latitude: number; longitude: number; accuracy: number }) {
  const getCurrentPosition = vi.fn((ok: PositionCallback) => ok({ coords } as GeolocationPosition));
  Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition }, configurable: true });
  return getCurrentPosition;
}

describe('advisor attendance', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:photo');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'geolocation');
  });

  it('checks in with the photo, the position and its accuracy, and explains the pending outcome', async () => {
    fakeGeolocation({ latitude: 12.9884, longitude: 77.6068, accuracy: 12.5 });
    const keys: (string | null)[] = [];
    // jsdom cannot read a multipart body back, so the fields are recorded as the page sets them.
    const fields = new Map<string, unknown>();
    const set = vi.spyOn(FormData.prototype, 'set').mockImplementation(function (this: FormData, name: string, value: unknown) {
      fields.set(name, value);
    });
    fakeApi({
      'GET /api/attendance/me/today': { status: 200, body: TODAY },
      'GET /api/attendance/reports/me': { status: 200, body: REPORT },
    });
    const original = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.url.endsWith('/api/attendance/check-in')) {
        keys.push(request.headers.get('Idempotency-Key'));
        // The first attempt gets no answer; the retry with the same key is recorded.
        if (keys.length === 1) throw new TypeError('Failed to fetch');
        return new Response(JSON.stringify(ATTENDANCE), { status: 201, headers: { 'Content-Type': 'application/json' } });
      }
      return original(input, init);
    });
    renderApp('/attendance', storeFor(ADVISOR));
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Check in' })).toBeInTheDocument();
    expect(screen.getByText('Day, 09:00 am–06:00 pm')).toBeInTheDocument();
    const file = new File(['jpeg-bytes'], 'me.jpg', { type: 'image/jpeg' });
    const input = screen.getByLabelText(/take \/ choose a photo/i);
    expect(input).toHaveAttribute('accept', 'image/*');
    expect(input).toHaveAttribute('capture', 'user');
    await user.upload(input, file);
    await user.click(screen.getByRole('button', { name: 'Check in now' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('It is safe to press the button again');
    await user.click(screen.getByRole('button', { name: 'Check in now' }));
    const status = await screen.findByText(/You were 1450 m from the store, outside its 200 m area/);
    expect(within(status.closest('[role="status"]') as HTMLElement).getByText('You were 5 minutes late: your branch head can excuse it.')).toBeInTheDocument();
    expect(screen.getByText('Status: Pending approval')).toBeInTheDocument();

    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(fields.get('latitude')).toBe('12.988400');
    expect(fields.get('longitude')).toBe('77.606800');
    expect(fields.get('accuracy_m')).toBe('12.50');
    expect(fields.get('photo')).toBe(file);
    set.mockRestore();
  });

  it('shows the API refusal (too early) and the photo error next to the photo', async () => {
    fakeGeolocation({ latitude: 12.9753, longitude: 77.6068, accuracy: 10 });
    let attempts = 0;
    fakeApi({
      'GET /api/attendance/me/today': { status: 200, body: TODAY },
      'GET /api/attendance/reports/me': { status: 200, body: REPORT },
    });
    const original = globalThis.fetch;
    const keys: (string | null)[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.url.endsWith('/api/attendance/check-in')) {
        keys.push(request.headers.get('Idempotency-Key'));
        const reply =
          ++attempts === 1
            ? { photo: ['Upload a JPEG, PNG or WebP image.'] }
            : { detail: 'Check-in opens at 08:45.', code: 'too_early', opens_at: '2026-12-02T08:45:00+05:30' };
        return new Response(JSON.stringify(reply), { status: 400, headers: { 'Content-Type': 'application/json' } });
      }
      return original(input, init);
    });
    renderApp('/attendance', storeFor(ADVISOR));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Check in now' }));
    const photo = screen.getByLabelText(/take \/ choose a photo/i);
    await waitFor(() => expect(photo).toHaveAttribute('aria-invalid', 'true'));
    expect(photo).toHaveAccessibleDescription('Upload a JPEG, PNG or WebP image.');
    await user.click(screen.getByRole('button', { name: 'Check in now' }));
    expect(await screen.findByText('Check-in opens at 08:45.')).toBeInTheDocument();
    // A definite answer ends the attempt: the next press is a new one.
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('tells the advisor when the location is blocked, without sending anything', async () => {
    const getCurrentPosition = vi.fn((_ok: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1 } as GeolocationPositionError));
    Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition }, configurable: true });
    const api = fakeApi({
      'GET /api/attendance/me/today': { status: 200, body: TODAY },
      'GET /api/attendance/reports/me': { status: 200, body: REPORT },
    });
    renderApp('/attendance', storeFor(ADVISOR));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Check in now' }));
    expect(await screen.findByText(/Location access is blocked/)).toBeInTheDocument();
    expect(api.calls('POST', '/api/attendance/check-in')).toHaveLength(0);
  });

  it('a day off shows its reason and no punch form', async () => {
    fakeApi({
      'GET /api/attendance/me/today': { status: 200, body: { ...TODAY, day_off: true, day_off_reason: 'holiday', shift: null, shift_window: null, can_check_in_from: null } },
      'GET /api/attendance/reports/me': { status: 200, body: REPORT },
    });
    renderApp('/attendance', storeFor(ADVISOR));
    expect(await screen.findByText('Day off (store holiday)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check in now' })).not.toBeInTheDocument();
  });
});

describe('branch head approvals', () => {
  const request = {
    id: 7,
    type: 'OUTSIDE_GEOFENCE',
    status: 'PENDING',
    reason: '',
    meta: { phase: 'check_out', distance_m: 2224, radius_m: 200 },
    attendance: 12,
    attendance_date: '2026-12-02',
    attendance_status: 'PENDING_APPROVAL',
    user: 21,
    user_name: 'Advisor 1 MG Road',
    store: 1,
    store_name: 'MG Road',
    shift_name: 'Day',
    requested_by: 21,
    created_at: '2026-12-02T10:00:00Z',
    decided_by: null,
    decided_by_name: null,
    decided_at: null,
    decision_note: '',
  };

  it('approves with a note, and shows a 409 as already decided', async () => {
    let decided = false;
    const api = fakeApi({
      'GET /api/attendance/approvals': () => ({ status: 200, body: { count: 1, next: null, previous: null, results: [decided ? { ...request, status: 'APPROVED', decided_by_name: 'Someone' } : request] } }),
      'POST /api/attendance/approvals/7/approve': () => {
        decided = true;
        return { status: 409, body: { detail: 'This request was already decided.', code: 'already_decided' } };
      },
    });
    renderApp('/store/approvals', storeFor(HEAD));
    const user = userEvent.setup();
    expect(await screen.findByText('Check-out 2224 m from the store (area 200 m).')).toBeInTheDocument();
    expect(api.calls('GET', '/api/attendance/approvals')[0].query.get('status')).toBe('PENDING');
    await user.type(screen.getByLabelText('Decision note (optional)'), 'Seen on camera');
    await user.click(screen.getByRole('button', { name: 'Approve Advisor 1 MG Road, 2026-12-02' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Already decided: someone decided the request of Advisor 1 MG Road, 2026-12-02 before you.');
    expect(api.calls('POST', '/api/attendance/approvals/7/approve')[0].body).toEqual({ note: 'Seen on camera' });
    expect(await screen.findByText('Approved by Someone')).toBeInTheDocument();
  });
});
