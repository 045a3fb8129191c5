"""Per-request facts (request id, client IP) that services read without taking the request as argument."""

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestContext:
    request_id: str | None = None
    ip: str | None = None


_EMPTY = RequestContext()
_current: ContextVar[RequestContext | None] = ContextVar("storeops_request_context", default=None)


def get_context() -> RequestContext:
    return _current.get() or _EMPTY


def set_context(context: RequestContext) -> object:
    return _current.set(context)


def reset_context(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]
