"""Routes answer with and without a trailing slash, identically and without redirects."""

from django.urls import URLPattern, re_path
from rest_framework.routers import SimpleRouter


class OptionalSlashRouter(SimpleRouter):
    def __init__(self) -> None:
        super().__init__()
        self.trailing_slash = "/?"


def optional_slash(route: str, view, name: str | None = None) -> URLPattern:  # type: ignore[no-untyped-def]
    """`route` without leading or trailing slash, e.g. `auth/login`; matches `auth/login` and `auth/login/`."""
    return re_path(rf"^{route}/?$", view, name=name)
