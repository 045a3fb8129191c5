"""`Idempotency-Key` for POST, PUT and PATCH under /api/.

The first completed response for (caller, key) is stored; a retry with the same method, path and body gets it
again with `Idempotent-Replayed: true` and nothing is performed. The claim row is committed before the request
runs, so a concurrent retry sees it and gets 409 instead of performing the work twice. A running claim older
than IDEMPOTENCY_RUNNING_TIMEOUT_SECONDS belongs to a worker that died mid-request; the next retry takes it over.

Only a request routed to a handler of its method claims a key: an unknown path (404) or a method the route
does not serve (405) answers as if no key were sent.

What is stored: every response below 500 except 401, 403, 429 and 503 (the request was not processed, so a
retry must be allowed to run). Failures (5xx, exceptions) release the key.
"""

import hashlib
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.tokens import AccessToken

from storeops.api.models import IdempotencyRecord
from storeops.core.net import client_ip

HEADER = "Idempotency-Key"
_KEY = re.compile(r"^[\x20-\x7e]{1,255}$")
_NOT_STORED = {401, 403, 429, 503}
_METHODS = {"POST", "PUT", "PATCH"}


def _caller(request: HttpRequest) -> str:
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Bearer "):
        try:
            return f"user:{AccessToken(auth[7:].strip())['user_id']}"  # type: ignore[arg-type]
        except (TokenError, KeyError):
            pass
    return f"ip:{client_ip(request) or 'unknown'}"


def _fingerprint(request: HttpRequest) -> str:
    # Routes answer with and without a trailing slash, so a retry on the other spelling is the same request.
    path = request.path.rstrip("/") or "/"
    query = request.META.get("QUERY_STRING", "")
    target = f"{path}?{query}" if query else path
    digest = hashlib.sha256()
    digest.update(f"{request.method} {target}\n".encode())
    digest.update(request.body)
    return digest.hexdigest()


def _reclaim_stale(existing: IdempotencyRecord, fingerprint: str, now: datetime) -> bool:
    """Take over a running claim older than the request timeout; True when this request won it."""
    timeout = timedelta(seconds=settings.IDEMPOTENCY_RUNNING_TIMEOUT_SECONDS)
    running = IdempotencyRecord.State.RUNNING
    if (
        existing.state != running
        or existing.fingerprint != fingerprint
        or existing.created_at > now - timeout
    ):
        return False
    # Conditional on the claim time that was read, so of two concurrent retries exactly one takes the key over.
    taken = IdempotencyRecord.objects.filter(
        pk=existing.pk, state=running, created_at=existing.created_at
    ).update(created_at=now, expires_at=now + timedelta(hours=settings.IDEMPOTENCY_TTL_HOURS))
    return taken == 1


def _claim(caller: str, key: str, fingerprint: str) -> IdempotencyRecord | None:
    """Insert the running claim; return the existing live record when the key is already taken."""
    now = timezone.now()
    for _ in range(2):
        try:
            with transaction.atomic():
                IdempotencyRecord.objects.create(
                    caller=caller,
                    key=key,
                    fingerprint=fingerprint,
                    created_at=now,
                    expires_at=now + timedelta(hours=settings.IDEMPOTENCY_TTL_HOURS),
                )
            return None
        except IntegrityError:
            existing = IdempotencyRecord.objects.filter(caller=caller, key=key).first()
            if existing is None:
                continue
            if existing.expires_at > now:
                return None if _reclaim_stale(existing, fingerprint, now) else existing
            IdempotencyRecord.objects.filter(pk=existing.pk, expires_at__lte=now).delete()
    return IdempotencyRecord.objects.get(caller=caller, key=key)


def _handles(view_func: Callable[..., HttpResponse], method: str) -> bool:
    """Whether the routed view has a handler for this method; one without answers 405 and keeps no key."""
    actions = getattr(view_func, "actions", None)  # a viewset route: method → action
    if actions is not None:
        return method.lower() in actions
    # API endpoints are class-based; a plain function here is the JSON 404 of unknown paths.
    view_class = getattr(view_func, "cls", None) or getattr(view_func, "view_class", None)
    return view_class is not None and hasattr(view_class, method.lower())


class IdempotencyMiddleware:
    """Claims the key once the request is routed to a handler of its method, and stores its answer."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            response = self.get_response(request)
        except BaseException:
            claim = getattr(request, "idempotency_claim", None)
            if claim is not None:
                IdempotencyRecord.objects.filter(caller=claim[0], key=claim[1]).delete()
            raise
        claim = getattr(request, "idempotency_claim", None)
        if claim is not None:
            caller, key = claim
            self._store(caller, key, response)
        return response

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., HttpResponse], view_args: Any, view_kwargs: Any
    ) -> HttpResponse | None:
        key = request.headers.get(HEADER)
        if key is None or request.method not in _METHODS or not request.path.startswith("/api/"):
            return None
        if not _handles(view_func, request.method):
            return None
        if not _KEY.match(key):
            return JsonResponse(
                {
                    "detail": "Idempotency-Key must be 1–255 printable characters.",
                    "code": "invalid_idempotency_key",
                },
                status=400,
            )
        caller, fingerprint = _caller(request), _fingerprint(request)
        existing = _claim(caller, key, fingerprint)
        if existing is not None:
            return self._answer_existing(existing, fingerprint)
        request.idempotency_claim = (caller, key)  # type: ignore[attr-defined]
        return None

    def _answer_existing(self, record: IdempotencyRecord, fingerprint: str) -> HttpResponse:
        if record.fingerprint != fingerprint:
            return JsonResponse(
                {
                    "detail": "This Idempotency-Key was used with a different request.",
                    "code": "idempotency_key_reused",
                },
                status=422,
            )
        if record.state != IdempotencyRecord.State.DONE:
            return JsonResponse(
                {
                    "detail": "A request with this Idempotency-Key is still in progress.",
                    "code": "idempotency_in_progress",
                },
                status=409,
            )
        response = HttpResponse(
            bytes(record.response_body or b""),
            status=record.response_status,
            content_type=record.response_content_type or None,
        )
        response["Idempotent-Replayed"] = "true"
        return response

    def _store(self, caller: str, key: str, response: HttpResponse) -> None:
        records = IdempotencyRecord.objects.filter(caller=caller, key=key)
        if response.streaming or response.status_code >= 500 or response.status_code in _NOT_STORED:
            records.delete()
            return
        records.update(
            state=IdempotencyRecord.State.DONE,
            response_status=response.status_code,
            response_body=response.content,
            response_content_type=response.get("Content-Type", ""),
        )


def prune_expired() -> int:
    return IdempotencyRecord.objects.filter(expires_at__lte=timezone.now()).delete()[0]
