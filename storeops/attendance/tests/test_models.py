import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from storeops.attendance.models import Shift, shift_minutes


@pytest.mark.parametrize(
    ("start", "end", "minutes", "overnight"),
    [((9, 0), (18, 0), 540, False), ((22, 0), (6, 0), 480, True), ((9, 0), (9, 0), 1440, True), ((0, 0), (23, 59), 1439, False)],
)  # fmt: skip
def test_total_minutes_and_overnight(start, end, minutes, overnight) -> None:  # type: ignore[no-untyped-def]
    shift = Shift(name="x", start_time=dt.time(*start), end_time=dt.time(*end))
    assert (shift.total_minutes, shift.is_overnight) == (minutes, overnight)
    assert shift_minutes(dt.time(*start), dt.time(*end)) == minutes


def test_window_is_local_and_ends_next_day_when_overnight() -> None:
    zone = ZoneInfo("Asia/Kolkata")
    day = Shift(name="d", start_time=dt.time(9), end_time=dt.time(18))
    assert day.window(dt.date(2025, 8, 12), "Asia/Kolkata") == (
        dt.datetime(2025, 8, 12, 9, tzinfo=zone),
        dt.datetime(2025, 8, 12, 18, tzinfo=zone),
    )
    night = Shift(name="n", start_time=dt.time(22), end_time=dt.time(6))
    start, end = night.window(dt.date(2025, 8, 12), "Europe/London")
    assert start.isoformat() == "2025-08-12T22:00:00+01:00"
    assert end.isoformat() == "2025-08-13T06:00:00+01:00"
    assert (end - start) == dt.timedelta(minutes=480)
