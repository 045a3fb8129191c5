"""Time helpers: every "today" is a store's local day."""

import functools
from datetime import date, datetime
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.utils import timezone


def is_known_timezone(name: str) -> bool:
    return name in _zones()


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def zone(name: str | None = None) -> ZoneInfo:
    return ZoneInfo(name or settings.TIME_ZONE)


def local_now(tz_name: str | None = None) -> datetime:
    return timezone.now().astimezone(zone(tz_name))


def local_today(tz_name: str | None = None) -> date:
    return local_now(tz_name).date()
