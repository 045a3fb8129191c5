import { describe, expect, it } from 'vitest';
import { AttemptKey, fixFrom, locate, monthOf, pendingReasons } from './punch';

describe('punch helpers', () => {
  it('keeps the idempotency key only while the outcome of an attempt is unknown', () => {
    const key = new AttemptKey();
    const first = key.current();
    key.settle({ status: 'FETCH_ERROR', error: 'Failed to fetch' });
    expect(key.current()).toBe(first);
    key.settle({ status: 502, data: null });
    expect(key.current()).toBe(first);
    key.settle({ status: 400, data: { photo: ['Upload a JPEG, PNG or WebP image.'] } });
    const second = key.current();
    expect(second).not.toBe(first);
    key.settle(undefined);
    expect(key.current()).not.toBe(second);
    const third = key.current();
    key.renew();
    expect(key.current()).not.toBe(third);
  });

  it('sends the position as decimal strings with the accuracy the device reports', () => {
    expect(fixFrom({ coords: { latitude: 12.97531234, longitude: 77.6068, accuracy: 18.456 } })).toEqual({
      latitude: '12.975312',
      longitude: '77.606800',
      accuracy_m: '18.46',
    });
    expect(fixFrom({ coords: { latitude: 0, longitude: 0, accuracy: 250_000 } }).accuracy_m).toBe('100000.00');
  });

  it('maps the browser refusals to the messages the page shows', async () => {
    const failing = (code: number) =>
      ({ getCurrentPosition: (_ok: unknown, fail: (error: { code: number }) => void) => fail({ code }) }) as unknown as Geolocation;
    await expect(locate(undefined)).rejects.toBe('unsupported');
    await expect(locate(failing(1))).rejects.toBe('denied');
    await expect(locate(failing(2))).rejects.toBe('unavailable');
    await expect(locate(failing(3))).rejects.toBe('timeout');
    const working = {
      getCurrentPosition: (ok: (position: { coords: { latitude: number; longitude: number; accuracy: number } }) => void, _fail: unknown, options: PositionOptions) => {
        expect(options).toMatchObject({ enableHighAccuracy: true, maximumAge: 0 });
        ok({ coords: { latitude: 1.5, longitude: 2.5, accuracy: 10 } });
      },
    } as unknown as Geolocation;
    await expect(locate(working)).resolves.toEqual({ latitude: '1.500000', longitude: '2.500000', accuracy_m: '10.00' });
  });

  it('lists only the pending requests of a punch, geofence first', () => {
    const base = { status: 'PENDING_APPROVAL', late_minutes: 5, check_in_distance_m: 900, check_out_distance_m: null };
    expect(
      pendingReasons({
        ...base,
        requests: [
          { type: 'LATE', status: 'PENDING' },
          { type: 'OUTSIDE_GEOFENCE', status: 'PENDING' },
          { type: 'OT', status: 'APPROVED' },
        ],
      }),
    ).toEqual(['outside', 'late']);
    expect(pendingReasons({ ...base, status: 'OPEN', requests: [] })).toEqual([]);
  });

  it('names the month as the reports take it', () => {
    expect(monthOf(new Date(2026, 0, 31))).toBe('2026-01');
    expect(monthOf(new Date(2026, 11, 1))).toBe('2026-12');
  });
});
