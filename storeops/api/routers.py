"""Routes answer with and without a trailing slash, identically and without redirects."""

import re
from importlib import import_module
from typing import Any

from django.urls import URLPattern, URLResolver, include, path, re_path
from django.urls.resolvers import RoutePattern
from rest_framework.routers import SimpleRouter


class OptionalSlashRouter(SimpleRouter):
    def __init__(self) -> None:
        super().__init__()
        self.trailing_slash = "/?"


def optional_slash(route: str, view, name: str | None = None) -> URLPattern:  # type: ignore[no-untyped-def]
    """`route` without leading or trailing slash, e.g. `auth/login`; matches `auth/login` and `auth/login/`."""
    return re_path(rf"^{route}/?$", view, name=name)


class _FirstSegments(RoutePattern):
    """The empty route (as `path("", include(...))`: nothing consumed, same `reverse()` and schema), matching only
    paths whose first segment is one of `segments`."""

    def __init__(self, segments: frozenset[str]) -> None:
        super().__init__("", is_endpoint=False)
        self.segments = segments

    def match(self, path: str) -> tuple[str, tuple[Any, ...], dict[str, int | str]] | None:
        return (path, (), {}) if path.partition("/")[0] in self.segments else None


def by_first_segment(module: str) -> URLResolver:
    """`include(module)` at the root of the API, tried only when the path's first segment is one of the module's
    own (`marketing`, `auth`, `users` …), read from its patterns. Every module shares the root, so without this a
    request walks the patterns of every module before its own."""
    urlconf, app_name, namespace = include(module)
    segments: set[str] = set()
    for pattern in import_module(module).urlpatterns:
        match = _FIRST_SEGMENT.match(str(pattern.pattern))
        if match is None:
            # Not a whole literal first segment (a parameter, a partial word): try the module for every path.
            return path("", include(module))
        segments.add(match.group(1))
    return URLResolver(_FirstSegments(frozenset(segments)), urlconf, app_name=app_name, namespace=namespace)


_FIRST_SEGMENT = re.compile(r"^\^?([A-Za-z0-9_-]+)(?:/|\$)")
