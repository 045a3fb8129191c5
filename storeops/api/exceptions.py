"""One mapping from every error to the JSON shapes of the API conventions."""

from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import set_rollback
from rest_framework_simplejwt.exceptions import InvalidToken, TokenError

from storeops.core.errors import ApplicationError, ServiceUnavailable

TOKEN_NOT_VALID = {"detail": "Token is invalid or expired", "code": "token_not_valid"}


def _django_validation_body(exc: DjangoValidationError) -> dict[str, Any]:
    if hasattr(exc, "error_dict"):
        return {field: [m for e in errs for m in e.messages] for field, errs in exc.error_dict.items()}
    messages = exc.messages
    return {
        "detail": messages[0] if len(messages) == 1 else messages,
        "code": getattr(exc, "code", None) or "invalid",
    }


def _error_code(exc: exceptions.APIException) -> str:
    codes = exc.get_codes()
    return codes if isinstance(codes, str) else exc.default_code


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    headers: dict[str, str] = {}
    if isinstance(exc, ApplicationError):
        body: Any = {"detail": exc.message, "code": exc.code, **exc.extra}
        if isinstance(exc, ServiceUnavailable):
            headers["Retry-After"] = str(exc.retry_after)
        set_rollback()
        return Response(body, status=exc.status_code, headers=headers)
    if isinstance(exc, DjangoValidationError):
        set_rollback()
        return Response(_django_validation_body(exc), status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, RequestDataTooBig):
        return Response(
            {"detail": "Request body is too large.", "code": "request_too_large"},
            status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
        )
    if isinstance(exc, InvalidToken | TokenError):
        return Response(
            TOKEN_NOT_VALID, status=status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"}
        )
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    if not isinstance(exc, exceptions.APIException):
        return None

    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header  # type: ignore[attr-defined]
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))  # type: ignore[attr-defined]
    if isinstance(exc, exceptions.ValidationError):
        body = exc.detail if isinstance(exc.detail, dict) else {"detail": exc.detail, "code": "invalid"}
    elif isinstance(exc.detail, dict):
        body = exc.detail
    else:
        body = {"detail": exc.detail, "code": _error_code(exc)}
    set_rollback()
    return Response(body, status=exc.status_code, headers=headers)
