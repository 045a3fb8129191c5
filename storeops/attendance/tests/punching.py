"""Helpers of the punch, approval and report tests: a frozen clock in a store's zone and multipart punches."""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import time_machine

from storeops.attendance.models import Attendance, Shift
from storeops.attendance.rules import shift_window
from storeops.attendance.tests.images import jpeg_bytes, upload

KOLKATA = ZoneInfo("Asia/Kolkata")
DAY = dt.date(2025, 8, 12)  # a Tuesday
_PHOTO = jpeg_bytes((64, 48))


def at(hour: int, minute: int = 0, day: dt.date = DAY, tz: ZoneInfo = KOLKATA) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


@contextmanager
def frozen(moment: dt.datetime) -> Iterator[None]:
    with time_machine.travel(moment, tick=False):
        yield


def punch(
    client: Any,
    path: str = "check-in",
    latitude: str | None = "0",
    longitude: str | None = "0",
    headers: dict[str, str] | None = None,
    **fields: Any,
) -> Any:
    """POST a multipart punch with a fresh selfie from (0, 0) unless told otherwise; None leaves a field out."""
    body: dict[str, Any] = {"photo": upload(_PHOTO), **fields}
    if latitude is not None:
        body["latitude"] = latitude
    if longitude is not None:
        body["longitude"] = longitude
    return client.post(f"/api/attendance/{path}", body, format="multipart", headers=headers or {})


def no_show(user: Any, shift: Shift, day: dt.date = DAY, tz: ZoneInfo = KOLKATA, **values: Any) -> Attendance:
    """An attendance row without punches (as the nightly run leaves for a no-show)."""
    start, end = shift_window(day, shift.start_time, shift.end_time, tz)
    values.setdefault("status", "ABSENT")
    return Attendance.objects.create(
        user=user, store=user.store, date=day, shift=shift, shift_start=start, shift_end=end, **values
    )


def worked_row(
    user: Any,
    shift: Shift,
    day: dt.date,
    worked: int,
    status: str = "PRESENT",
    ot: int = 0,
    late: int = 0,
    tz: ZoneInfo = KOLKATA,
) -> Attendance:
    """A finished row with given metrics, for report tests (the metrics are what reports read)."""
    start, end = shift_window(day, shift.start_time, shift.end_time, tz)
    return Attendance.objects.create(
        user=user,
        store=user.store,
        date=day,
        shift=shift,
        shift_start=start,
        shift_end=end,
        check_in=start,
        check_out=start + dt.timedelta(minutes=worked),
        check_in_latitude=Decimal("0"),
        check_in_longitude=Decimal("0"),
        worked_minutes=worked,
        ot_minutes=ot,
        late_minutes=late,
        status=status,
    )
