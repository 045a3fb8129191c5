"""Request id and client IP for every request, body size cap, JSON errors, security headers, and the admin
site's session middleware kept off the API."""

import re
import uuid
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpRequest, HttpResponse, JsonResponse

from storeops.core.context import RequestContext, reset_context, set_context
from storeops.core.net import client_ip

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:@/+=-]{1,128}$")


class RequestContextMiddleware:
    """Echo a valid incoming X-Request-ID (else make one) and expose it to the audit trail."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id  # type: ignore[attr-defined]
        token = set_context(RequestContext(request_id=request_id, ip=client_ip(request)))
        try:
            response = self.get_response(request)
        finally:
            reset_context(token)
        response["X-Request-ID"] = request_id
        return response


class BodySizeLimitMiddleware:
    """Refuse bodies over MAX_REQUEST_BODY_BYTES before anything reads them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return JsonResponse(
                {"detail": "Invalid Content-Length header.", "code": "bad_request"}, status=400
            )
        if length > settings.MAX_REQUEST_BODY_BYTES:
            return JsonResponse(
                {"detail": "Request body is too large.", "code": "request_too_large"}, status=413
            )
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """A Content-Security-Policy on every response: the page policy on HTML, the strict one on everything else.

    It is the outermost middleware, so responses made by other middleware (413, 400) and error pages get it too.
    JSON and files are never meant to run anything, so a browser that renders one loads nothing.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        html = response.get("Content-Type", "").startswith("text/html")
        policy = settings.CONTENT_SECURITY_POLICY if html else settings.CONTENT_SECURITY_POLICY_STRICT
        if policy:
            response.setdefault("Content-Security-Policy", policy)
        return response


# ----- the admin site's middleware, skipped on API calls --------------------------------------------------

API_PREFIX = "/api/"


class _SiteOnly:
    """Skips this middleware for API calls: they authenticate with bearer tokens and never use a session,
    `request.user` from a session or flash messages, so loading them would be wasted work on every call."""

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith(API_PREFIX):
            return self.get_response(request)  # type: ignore[attr-defined, no-any-return]
        return super().__call__(request)  # type: ignore[misc, no-any-return]


class SiteSessionMiddleware(_SiteOnly, SessionMiddleware):
    pass


class SiteAuthenticationMiddleware(_SiteOnly, AuthenticationMiddleware):
    pass


class SiteMessageMiddleware(_SiteOnly, MessageMiddleware):
    pass
