"""Cached reads that every write of their data discards at once: one generation number per namespace.

A cached read puts the namespace's current generation into its key (`generation("catalog")`). A write calls
`namespace_changed("catalog")` inside its transaction; the generation is raised then and again when the
transaction commits, so every entry made before is never read again:

- raised at once, reads later in the same transaction (and tests, whose transactions never commit) miss;
- raised on commit, an entry that a concurrent read made from the rows as they were before the commit is
  discarded too.

Old entries are never deleted; they expire after their timeout. The generation lives in the `default` cache:
Redis when REDIS_URL is set, which every app process then shares, else process memory (one process only).

A generation that disappears (evicted, or Redis flushed) restarts from the current time in nanoseconds, far
above any number an earlier series reached, so an old entry is never mistaken for a current one.

A cache that cannot be reached never fails a read: the caller serves the read uncached (`CacheUnavailable`).
A write whose bump fails is logged; its entries still expire after `READ_CACHE_SECONDS`.
"""

import logging
import time

from django.core.cache import caches
from django.db import transaction

logger = logging.getLogger(__name__)

ALIAS = "default"


class CacheUnavailable(Exception):
    """The cache could not be reached; serve the read without it."""


def _key(namespace: str) -> str:
    return f"generation:{namespace}"


def generation(namespace: str) -> int:
    """The namespace's current generation, created when missing."""
    cache = caches[ALIAS]
    try:
        value = cache.get(_key(namespace))
        if value is None:
            value = time.time_ns()
            if not cache.add(_key(namespace), value, timeout=None):
                value = cache.get(_key(namespace), value)
    except Exception as exc:  # any backend error (connection refused, timeout) means: no cache now
        raise CacheUnavailable(str(exc)) from exc
    return int(value)


def bump(namespace: str) -> None:
    """Raise the generation: every entry keyed with an older one is never read again."""
    cache = caches[ALIAS]
    try:
        try:
            cache.incr(_key(namespace))
        except ValueError:  # missing: start a new series above every earlier one
            cache.set(_key(namespace), time.time_ns(), timeout=None)
    except Exception:
        logger.exception("could not raise the cache generation of %s", namespace)


def namespace_changed(namespace: str) -> None:
    """Call from a write service, inside its transaction: cached reads of `namespace` are discarded."""
    bump(namespace)
    transaction.on_commit(lambda: bump(namespace))
