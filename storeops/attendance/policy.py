"""Attendance policy numbers (spec 05 §1), read from Django settings at call time.

Every value is an `ATTENDANCE_*` setting (environment variables feed them in `config/settings/policy.py`); a
setting left undefined takes the default below. Reading at call time keeps `override_settings` working in tests.
"""

import datetime as dt
from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    "ATTENDANCE_GRACE_MINUTES": 15,
    "ATTENDANCE_EARLY_CHECKIN_MINUTES": 15,
    "ATTENDANCE_HALF_DAY_MINUTES": 360,
    "ATTENDANCE_ROUNDING_MINUTES": 5,
    "ATTENDANCE_OT_CAP_MINUTES": 480,
    "ATTENDANCE_OT_REQUEST_MAX_MINUTES": 720,
    "ATTENDANCE_PHOTO_MAX_BYTES": 5 * 1024 * 1024,
    "ATTENDANCE_PHOTO_MAX_PIXELS": 40_000_000,
    "ATTENDANCE_PHOTO_MAX_SIDE": 1600,
    "ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M": 200,
    "ATTENDANCE_ADJUST_MAX_AGE_DAYS": 35,
    "ATTENDANCE_ADJUST_WINDOW_HOURS": 12,
    "ATTENDANCE_PREVIEW_MAX_DAYS": 92,
    "ATTENDANCE_AUTOCLOSE_TIME": "02:30",
    "ATTENDANCE_AUTOCLOSE_LOOKBACK_DAYS": 2,
}


def setting(name: str) -> Any:
    return getattr(settings, name, DEFAULTS[name])


def grace_minutes() -> int:
    return int(setting("ATTENDANCE_GRACE_MINUTES"))


def early_checkin_minutes() -> int:
    return int(setting("ATTENDANCE_EARLY_CHECKIN_MINUTES"))


def half_day_minutes() -> int:
    return int(setting("ATTENDANCE_HALF_DAY_MINUTES"))


def rounding_minutes() -> int:
    return int(setting("ATTENDANCE_ROUNDING_MINUTES"))


def ot_cap_minutes() -> int:
    return int(setting("ATTENDANCE_OT_CAP_MINUTES"))


def ot_request_max_minutes() -> int:
    return int(setting("ATTENDANCE_OT_REQUEST_MAX_MINUTES"))


def photo_max_bytes() -> int:
    return int(setting("ATTENDANCE_PHOTO_MAX_BYTES"))


def photo_max_pixels() -> int:
    return int(setting("ATTENDANCE_PHOTO_MAX_PIXELS"))


def photo_max_side() -> int:
    return int(setting("ATTENDANCE_PHOTO_MAX_SIDE"))


def default_geofence_radius_m() -> int:
    return int(setting("ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M"))


def adjust_max_age_days() -> int:
    return int(setting("ATTENDANCE_ADJUST_MAX_AGE_DAYS"))


def adjust_window_hours() -> int:
    return int(setting("ATTENDANCE_ADJUST_WINDOW_HOURS"))


def preview_max_days() -> int:
    return int(setting("ATTENDANCE_PREVIEW_MAX_DAYS"))


def autoclose_time() -> dt.time:
    """`ATTENDANCE_AUTOCLOSE_TIME` as a time; "HH:MM" (or an already parsed time)."""
    value = setting("ATTENDANCE_AUTOCLOSE_TIME")
    if isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value).strip())


def autoclose_lookback_days() -> int:
    return int(setting("ATTENDANCE_AUTOCLOSE_LOOKBACK_DAYS"))
