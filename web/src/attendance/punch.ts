import { errorStatus } from '../api/errors';

/** A position as the API takes it: decimal strings (the server rounds coordinates to 6 places, accuracy to 2). */
export interface Fix {
  latitude: string;
  longitude: string;
  accuracy_m: string;
}

export function fixFrom(position: { coords: { latitude: number; longitude: number; accuracy: number } }): Fix {
  return {
    latitude: position.coords.latitude.toFixed(6),
    longitude: position.coords.longitude.toFixed(6),
    // Browsers report accuracy in metres; the API accepts 0–100 000.
    accuracy_m: Math.min(100_000, Math.max(0, position.coords.accuracy)).toFixed(2),
  };
}

export type LocateFailure = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

/** The browser's position, asked fresh (no cached fix: the punch must say where the advisor is now). */
export function locate(geolocation: Geolocation | undefined = globalThis.navigator?.geolocation): Promise<Fix> {
  return new Promise((resolve, reject: (reason: LocateFailure) => void) => {
    if (!geolocation) {
      reject('unsupported');
      return;
    }
    geolocation.getCurrentPosition(
      (position) => resolve(fixFrom(position)),
      (error) => reject(error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  });
}

export function newKey(): string {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * One Idempotency-Key per punch attempt. The key is kept while the server has not answered (network failure,
 * 5xx: the punch may or may not have been recorded), so pressing the button again replays the first outcome
 * instead of punching twice; it is replaced after a definite answer and whenever the payload changes (new photo
 * or position), since the server refuses a key reused with another body.
 */
export class AttemptKey {
  private key = newKey();

  current(): string {
    return this.key;
  }

  /** After an answer: keep the key only when the outcome is unknown. */
  settle(error: unknown): void {
    const status = errorStatus(error);
    const unknownOutcome = error !== undefined && (status === null || status >= 500);
    if (!unknownOutcome) this.key = newKey();
  }

  renew(): void {
    this.key = newKey();
  }
}

/** A request of a punched attendance as the API lists it under `requests`. */
export interface BriefRequest {
  type: string;
  status: string;
}

export interface PunchResult {
  status: string;
  late_minutes: number;
  check_in_distance_m: number | null;
  check_out_distance_m: number | null;
  requests: readonly BriefRequest[];
}

export type OutcomeKey = 'outside' | 'late' | 'ot' | 'adjust';

/** The pending requests a punch raised, in the order the advisor should read about them. */
export function pendingReasons(result: PunchResult): OutcomeKey[] {
  const pending = new Set(result.requests.filter((request) => request.status === 'PENDING').map((request) => request.type));
  const order: [string, OutcomeKey][] = [
    ['OUTSIDE_GEOFENCE', 'outside'],
    ['LATE', 'late'],
    ['OT', 'ot'],
    ['ADJUST', 'adjust'],
  ];
  return order.filter(([type]) => pending.has(type)).map(([, key]) => key);
}

/** The month of a date as the reports take it: YYYY-MM. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** "525" → "8 h 45 min". */
export function hoursMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}
