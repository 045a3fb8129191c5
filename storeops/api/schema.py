"""OpenAPI generation hooks."""

import re

_OPTIONAL_SLASH = re.compile(r"/\?$")


def drop_slash_duplicates(endpoints, **kwargs):  # type: ignore[no-untyped-def]
    """Routes accept an optional trailing slash; document each once, without the slash."""
    result = []
    seen = set()
    for path, path_regex, method, callback in endpoints:
        clean = _OPTIONAL_SLASH.sub("", path).rstrip("/") or "/"
        if (clean, method) in seen:
            continue
        seen.add((clean, method))
        result.append((clean, path_regex, method, callback))
    return result


def register_extensions() -> None:
    """Import-time registration of schema extensions (called from the app config)."""
    from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme

    class StoreOpsJWTScheme(SimpleJWTScheme):
        target_class = "storeops.accounts.authentication.JWTAuthentication"
        name = "jwtAuth"
