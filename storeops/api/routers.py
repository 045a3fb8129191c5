"""Routes answer with and without a trailing slash, identically and without redirects."""

from typing import Any

from django.urls import URLPattern, re_path
from rest_framework.routers import SimpleRouter

from storeops.core.ids import ID_PATH_PATTERN


class OptionalSlashRouter(SimpleRouter):
    """Id lookups match ASCII digits only, whatever the viewset says; anything else is an unknown path (404)."""

    def __init__(self) -> None:
        super().__init__()
        self.trailing_slash = "/?"

    def get_lookup_regex(self, viewset: Any, lookup_prefix: str = "") -> str:
        lookup_field = getattr(viewset, "lookup_field", "pk")
        if lookup_field in ("pk", "id"):
            lookup_url_kwarg = getattr(viewset, "lookup_url_kwarg", None) or lookup_field
            return f"(?P<{lookup_prefix}{lookup_url_kwarg}>{ID_PATH_PATTERN})"
        return super().get_lookup_regex(viewset, lookup_prefix)


def optional_slash(route: str, view, name: str | None = None) -> URLPattern:  # type: ignore[no-untyped-def]
    """`route` without leading or trailing slash, e.g. `auth/login`; matches `auth/login` and `auth/login/`."""
    return re_path(rf"^{route}/?$", view, name=name)
