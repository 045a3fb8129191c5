"""Errors raised by services; the API exception handler maps them to HTTP responses."""

from typing import Any


class ApplicationError(Exception):
    """A business rule refused the operation (400), or it conflicts with current state (409)."""

    status_code = 400

    def __init__(self, message: str, code: str, *, status: int | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.extra = extra
        if status is not None:
            self.status_code = status


class Conflict(ApplicationError):
    status_code = 409


class NotFound(ApplicationError):
    status_code = 404

    def __init__(self, message: str = "Not found.", code: str = "not_found", **extra: Any) -> None:
        super().__init__(message, code, **extra)


class ServiceUnavailable(ApplicationError):
    """A dependency (cache, captcha provider) cannot be reached; the client may retry later."""

    status_code = 503

    def __init__(self, message: str, code: str = "service_unavailable", *, retry_after: int = 30) -> None:
        super().__init__(message, code)
        self.retry_after = retry_after
