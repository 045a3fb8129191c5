"""Endpoints outside any module: health probes and JSON answers for unknown paths and server errors."""

import logging

from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from django.views.decorators.csrf import csrf_exempt

from storeops.core.context import get_context

logger = logging.getLogger(__name__)


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def readyz(request: HttpRequest) -> JsonResponse:
    checks = {
        "database": _check_database(),
        "cache": _check_cache("default"),
        "throttle_cache": _check_cache("throttle"),
    }
    ready = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503
    )


def _check_database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except Exception as exc:  # a probe reports, never raises
        logger.warning("readyz: database unreachable: %s", exc)
        return "unavailable"


def _check_cache(alias: str) -> str:
    try:
        cache = caches[alias]
        cache.set("readyz", "1", 5)
        return "ok" if cache.get("readyz") == "1" else "unavailable"
    except Exception as exc:
        logger.warning("readyz: cache %s unreachable: %s", alias, exc)
        return "unavailable"


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/") or request.path == "/api"


# Token clients send no CSRF cookie; a write to an unknown path must still get the JSON 404, not an HTML 403.
@csrf_exempt
def api_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return JsonResponse({"detail": "Not found.", "code": "not_found"}, status=404)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if _is_api(request):
        return api_not_found(request)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    """An unhandled exception: under /api/ a JSON body with the request id, so a report can be traced."""
    if _is_api(request):
        body = {
            "detail": "Internal server error.",
            "code": "server_error",
            "request_id": getattr(request, "request_id", None) or get_context().request_id,
        }
        return JsonResponse(body, status=500)
    return defaults.server_error(request)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    if _is_api(request):
        return JsonResponse({"detail": "Bad request.", "code": "bad_request"}, status=400)
    return defaults.bad_request(request, exception)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    if _is_api(request):
        body = {"detail": "You do not have permission to perform this action.", "code": "permission_denied"}
        return JsonResponse(body, status=403)
    return defaults.permission_denied(request, exception)
