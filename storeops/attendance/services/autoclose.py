"""The nightly auto-close (spec 05 §14): finalize forgotten check-outs and mark planned no-shows absent.

Runs beside live check-ins: every row is written in its own short transaction, a row is re-read under its lock
before it is closed, and a no-show row that a concurrent check-in created first (the unique key) is skipped.
A second run finds nothing to do. Events are written with actor "system".
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.activity import actions
from storeops.activity.services import record
from storeops.attendance import policy
from storeops.attendance.models import Attendance
from storeops.attendance.rules import AttendanceStatus, shift_window
from storeops.attendance.selectors.punches import CACHE
from storeops.attendance.selectors.schedule import planned_shifts
from storeops.attendance.services.punches import append_note, attendance_recompute, save_changes
from storeops.core.cache import namespace_changed
from storeops.core.locking import lock_rows
from storeops.core.time import zone
from storeops.stores.models import Store


@dataclass(frozen=True)
class AutocloseResult:
    date: dt.date
    finalized: int
    absents: int


def dates_to_process(now: dt.datetime, stores: list[Store]) -> dict[dt.date, list[Store]]:
    """For each store, by its own clock: yesterday and the `LOOKBACK_DAYS − 1` days before it."""
    lookback = max(1, policy.autoclose_lookback_days())
    by_date: dict[dt.date, list[Store]] = defaultdict(list)
    for store in stores:
        yesterday = now.astimezone(zone(store.timezone)).date() - dt.timedelta(days=1)
        for back in range(lookback):
            by_date[yesterday - dt.timedelta(days=back)].append(store)
    return dict(sorted(by_date.items()))


def _finalize(day: dt.date, stores: list[Store], now: dt.datetime, dry_run: bool) -> int:
    open_rows = Attendance.objects.filter(
        date=day, store__in=stores, check_in__isnull=False, check_out__isnull=True, shift_end__lte=now
    )
    if dry_run:
        return open_rows.count()
    closed = 0
    for pk in open_rows.order_by("id").values_list("pk", flat=True):
        with transaction.atomic():
            lock_rows((Attendance, pk))
            row = Attendance.objects.get(pk=pk)
            if row.check_out is not None:  # checked out meanwhile
                continue
            changes: dict[str, list[Any]] = {
                "check_out": [None, row.shift_end],
                "auto_closed": [row.auto_closed, True],
            }
            row.check_out, row.auto_closed = row.shift_end, True
            append_note(row, "Checked out automatically at the end of the shift.", changes)
            changes.update(attendance_recompute(row))
            save_changes(row, changes)
            record(actor=None, action=actions.ATTENDANCE_AUTO_CLOSED, entity=row, changes=changes)
            closed += 1
    return closed


def _no_shows(day: dt.date, stores: list[Store], now: dt.datetime) -> list[tuple[User, Any, Store]]:
    """(advisor, planned shift, store) of active advisors whose shift on `day` has ended and who have no row."""
    by_id = {store.pk: store for store in stores}
    advisors = list(User.objects.filter(role=Role.ADVISOR, is_active=True, store_id__in=by_id).order_by("id"))
    with_rows = set(Attendance.objects.filter(date=day, user__in=advisors).values_list("user_id", flat=True))
    planned = planned_shifts(users=advisors, start=day, end=day)
    found = []
    for advisor in advisors:
        shift = planned[(advisor.pk, day)].shift
        if shift is None or advisor.pk in with_rows:
            continue
        store = by_id[advisor.store_id]  # type: ignore[index]
        if shift_window(day, shift.start_time, shift.end_time, zone(store.timezone))[1] <= now:
            found.append((advisor, shift, store))
    return found


def _mark_absent(day: dt.date, stores: list[Store], now: dt.datetime, dry_run: bool) -> int:
    no_shows = _no_shows(day, stores, now)
    if dry_run:
        return len(no_shows)
    created = 0
    for advisor, shift, store in no_shows:
        start, end = shift_window(day, shift.start_time, shift.end_time, zone(store.timezone))
        try:
            with transaction.atomic():
                row = Attendance.objects.create(
                    user=advisor,
                    store=store,
                    date=day,
                    shift=shift,
                    shift_start=start,
                    shift_end=end,
                    auto_closed=True,
                    status=AttendanceStatus.ABSENT,
                    notes="No check-in: marked absent automatically.",
                )
                namespace_changed(CACHE)
                record(
                    actor=None,
                    action=actions.ATTENDANCE_MARKED_ABSENT,
                    entity=row,
                    changes={"status": [None, row.status], "shift": [None, shift.pk]},
                )
        except IntegrityError:
            continue  # a live check-in created the row first
        created += 1
    return created


def attendance_autoclose(
    *, day: dt.date | None = None, dry_run: bool = False, now: dt.datetime | None = None
) -> list[AutocloseResult]:
    """Process `day` for every active store, or each store's recent days by its own clock."""
    now = now or timezone.now()
    stores = list(Store.objects.filter(is_active=True).order_by("id"))
    plan = {day: stores} if day is not None else dates_to_process(now, stores)
    return [
        AutocloseResult(
            date=date,
            finalized=_finalize(date, group, now, dry_run),
            absents=_mark_absent(date, group, now, dry_run),
        )
        for date, group in plan.items()
    ]
