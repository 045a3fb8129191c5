import { useEffect, useState } from 'react';
import { storeopsApi, type BookingStatusEnum } from '../api/generated';
import { useAppDispatch } from '../hooks';

export const BOOKING_STATUSES: readonly BookingStatusEnum[] = ['pending', 'approved', 'in_progress', 'completed', 'rejected', 'cancelled'];

export interface Week {
  /** Monday 00:00 local time. */
  start: Date;
  /** The last millisecond of Sunday. */
  end: Date;
}

/** The `count` Monday-to-Sunday weeks ending with the current one, oldest first. */
export function lastWeeks(count: number, now = new Date()): Week[] {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * (count - 1 - index));
    const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7);
    return { start, end: new Date(end.getTime() - 1) };
  });
}

export interface WeekCounts {
  week: Week;
  counts: Record<BookingStatusEnum, number>;
}

/**
 * Bookings created per week and status. The API has no aggregate, so each (week, status) is one list request with
 * a page size of 1 that reads only `count` (answers come from the bookings read cache); a dashboard of 4 weeks
 * costs 24 small requests.
 */
export function useBookingWeeks(weeks: readonly Week[]): { data?: WeekCounts[]; error?: unknown } {
  const dispatch = useAppDispatch();
  const [state, setState] = useState<{ data?: WeekCounts[]; error?: unknown }>({});
  const key = weeks.map((week) => week.start.getTime()).join(',');
  useEffect(() => {
    const requests = weeks.flatMap((week) =>
      BOOKING_STATUSES.map((status) =>
        dispatch(
          storeopsApi.endpoints.bookingsList.initiate({
            status,
            createdAfter: week.start.toISOString(),
            createdBefore: week.end.toISOString(),
            pageSize: 1,
          }),
        ),
      ),
    );
    let live = true;
    Promise.all(requests.map((request) => request.unwrap()))
      .then((pages) => {
        if (!live) return;
        const data = weeks.map((week, weekIndex) => {
          const counts = {} as Record<BookingStatusEnum, number>;
          BOOKING_STATUSES.forEach((status, statusIndex) => {
            counts[status] = pages[weekIndex * BOOKING_STATUSES.length + statusIndex].count;
          });
          return { week, counts };
        });
        setState({ data });
      })
      .catch((error: unknown) => live && setState({ error }));
    return () => {
      live = false;
      requests.forEach((request) => request.unsubscribe());
    };
    // `key` stands for `weeks` (a new array on every render).
  }, [dispatch, key]);
  return state;
}
