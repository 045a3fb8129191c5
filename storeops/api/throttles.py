"""Scoped rate limits with atomic fixed-window counters in the `throttle` cache (Redis in production).

A view names its scope with `throttle_scope`, or per action with `throttle_scopes = {"create": "booking"}`.
Counting uses the cache's atomic increment, so concurrent requests are never over-admitted. When the cache
cannot be reached the request is refused with 503 rather than let through unthrottled or failing with 500.
"""

import math
import time

from django.core.cache import caches
from rest_framework.request import Request
from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle

from storeops.accounts.roles import STAFF_ROLES
from storeops.core.errors import ServiceUnavailable
from storeops.core.net import client_ip

# Staff may submit public forms on a customer's behalf as often as they need.
STAFF_EXEMPT_SCOPES = frozenset({"booking", "contact", "schedule_call"})

_UNITS = {
    "s": 1,
    "sec": 1,
    "second": 1,
    "m": 60,
    "min": 60,
    "minute": 60,
    "h": 3600,
    "hour": 3600,
    "d": 86400,
    "day": 86400,
}


def parse_rate(rate: str) -> tuple[int, int]:
    count, _, period = rate.partition("/")
    return int(count), _UNITS[period.strip().lower()]


def _cache_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError]
    try:
        from redis.exceptions import RedisError

        errors.append(RedisError)
    except ImportError:  # pragma: no cover - redis is a hard dependency
        pass
    return tuple(errors)


class ScopedThrottle(BaseThrottle):
    def __init__(self) -> None:
        self.wait_seconds: float | None = None

    def scope_for(self, request: Request, view) -> str | None:  # type: ignore[no-untyped-def]
        scopes = getattr(view, "throttle_scopes", None)
        if scopes is not None:
            return scopes.get(getattr(view, "action", None) or (request.method or "").lower())
        return getattr(view, "throttle_scope", None)

    def get_ident(self, request: Request) -> str:
        user = request.user
        if user is not None and user.is_authenticated:
            return f"user:{user.pk}"
        return f"ip:{client_ip(request._request) or 'unknown'}"

    def allow_request(self, request: Request, view) -> bool:  # type: ignore[no-untyped-def]
        if getattr(view, (request.method or "").lower(), None) is None:
            return True  # answered 405 without doing anything
        scope = self.scope_for(request, view)
        if not scope:
            return True
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(scope)
        if not rate:
            return True
        user = request.user
        if scope in STAFF_EXEMPT_SCOPES and user is not None and getattr(user, "role", None) in STAFF_ROLES:
            return True
        limit, duration = parse_rate(str(rate))
        now = time.time()
        window = int(now // duration)
        key = f"throttle:{scope}:{self.get_ident(request)}:{window}"
        self.wait_seconds = (window + 1) * duration - now
        return self._hit(key, duration) <= limit

    def _hit(self, key: str, duration: int) -> int:
        cache = caches["throttle"]
        try:
            cache.add(key, 0, timeout=duration + 1)
            try:
                return int(cache.incr(key))
            except ValueError:
                # The window's key expired between add and incr: this is the first hit of a fresh window.
                cache.add(key, 1, timeout=duration + 1)
                return 1
        except _cache_errors():
            raise ServiceUnavailable(
                "Rate limiting is temporarily unavailable; try again shortly.",
                code="throttle_unavailable",
                retry_after=30,
            )

    def wait(self) -> float | None:
        return math.ceil(self.wait_seconds) if self.wait_seconds is not None else None
