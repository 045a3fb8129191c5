import datetime as dt

import pytest
from django.conf import settings
from django.test import override_settings

from storeops.attendance import policy

SPEC_DEFAULTS = {
    "ATTENDANCE_GRACE_MINUTES": 15,
    "ATTENDANCE_EARLY_CHECKIN_MINUTES": 15,
    "ATTENDANCE_HALF_DAY_MINUTES": 360,
    "ATTENDANCE_ROUNDING_MINUTES": 5,
    "ATTENDANCE_OT_CAP_MINUTES": 480,
    "ATTENDANCE_OT_REQUEST_MAX_MINUTES": 720,
    "ATTENDANCE_PHOTO_MAX_BYTES": 5_242_880,
    "ATTENDANCE_PHOTO_MAX_PIXELS": 40_000_000,
    "ATTENDANCE_PHOTO_MAX_SIDE": 1600,
    "ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M": 200,
    "ATTENDANCE_ADJUST_MAX_AGE_DAYS": 35,
    "ATTENDANCE_ADJUST_WINDOW_HOURS": 12,
    "ATTENDANCE_PREVIEW_MAX_DAYS": 92,
    "ATTENDANCE_AUTOCLOSE_TIME": "02:30",
    "ATTENDANCE_AUTOCLOSE_LOOKBACK_DAYS": 2,
}
ACCESSORS = {
    "ATTENDANCE_GRACE_MINUTES": policy.grace_minutes,
    "ATTENDANCE_EARLY_CHECKIN_MINUTES": policy.early_checkin_minutes,
    "ATTENDANCE_HALF_DAY_MINUTES": policy.half_day_minutes,
    "ATTENDANCE_ROUNDING_MINUTES": policy.rounding_minutes,
    "ATTENDANCE_OT_CAP_MINUTES": policy.ot_cap_minutes,
    "ATTENDANCE_OT_REQUEST_MAX_MINUTES": policy.ot_request_max_minutes,
    "ATTENDANCE_PHOTO_MAX_BYTES": policy.photo_max_bytes,
    "ATTENDANCE_PHOTO_MAX_PIXELS": policy.photo_max_pixels,
    "ATTENDANCE_PHOTO_MAX_SIDE": policy.photo_max_side,
    "ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M": policy.default_geofence_radius_m,
    "ATTENDANCE_ADJUST_MAX_AGE_DAYS": policy.adjust_max_age_days,
    "ATTENDANCE_ADJUST_WINDOW_HOURS": policy.adjust_window_hours,
    "ATTENDANCE_PREVIEW_MAX_DAYS": policy.preview_max_days,
    "ATTENDANCE_AUTOCLOSE_LOOKBACK_DAYS": policy.autoclose_lookback_days,
}


def test_settings_and_fallbacks_hold_the_spec_defaults() -> None:
    assert policy.DEFAULTS == SPEC_DEFAULTS
    for name, value in SPEC_DEFAULTS.items():
        assert getattr(settings, name) == value, name
    assert policy.autoclose_time() == dt.time(2, 30)


@pytest.mark.parametrize("name", sorted(ACCESSORS))
def test_every_number_follows_its_setting(name: str) -> None:
    with override_settings(**{name: 7}):
        assert ACCESSORS[name]() == 7


def test_autoclose_time_is_parsed() -> None:
    with override_settings(ATTENDANCE_AUTOCLOSE_TIME="03:15"):
        assert policy.autoclose_time() == dt.time(3, 15)


def test_a_missing_setting_falls_back_to_the_default() -> None:
    with override_settings():
        del settings.ATTENDANCE_GRACE_MINUTES
        assert policy.grace_minutes() == 15
