"""Caches: Redis when REDIS_URL is set (needed with more than one app process), else in-process memory.

The `throttle` alias holds rate-limit counters; it is kept separate so it can point at its own Redis database.
"""

from config.env import env_int, env_str

REDIS_URL = env_str("REDIS_URL")
THROTTLE_REDIS_URL = env_str("THROTTLE_REDIS_URL", REDIS_URL)

_REDIS_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}


def _cache(url: str, name: str) -> dict:
    if url:
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "storeops",
            "OPTIONS": dict(_REDIS_OPTIONS),
        }
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}


CACHES = {"default": _cache(REDIS_URL, "default"), "throttle": _cache(THROTTLE_REDIS_URL, "throttle")}

# How long a cached read (a rendered catalog page) is kept; writes discard it sooner (storeops.core.cache).
READ_CACHE_SECONDS = env_int("READ_CACHE_SECONDS", 300)
