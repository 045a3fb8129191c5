"""The fast read path: list and retrieve answered from a cache of rendered bytes, rendered from `.values()` rows.

`FastReadMixin` goes before `ModelWriteViewSet` in a viewset's bases (`FastListMixin`: the same for `list`
alone, for a viewset without a detail route). Its declarations:

- `read_cache`: the namespace whose generation keys the cached answers (`storeops.core.cache`), e.g.
  `"catalog"`; every write service of the module calls `namespace_changed(...)` with it. `None`: no cache.
- `read_audience(user) -> str`: what the caller may see, e.g. `"admin"`, `"staff"` or `"public"`. It is part of
  every key, so an answer made for one audience is never served to another. Two callers with the same audience
  must get the same bytes for the same URL.
- `fast_columns` and `fast_row(values_row) -> dict`: the `.values()` columns of the selector's queryset and
  a plain function rendering one of them exactly as the output serializer would (same keys, same order, same
  text for decimals and datetimes: `money_text`, `datetime_text`). Without them the output serializer renders
  (still cached). The serializer stays the documented schema; a test compares both renderings byte for byte.

Answers are keyed by the absolute URL (host, path, query: the pagination links contain them), the audience and
the generation. Only 200 answers are cached; errors go through the usual exception handler. Each answer carries
an `ETag` (a hash of the body) and `Cache-Control: no-cache` (`private` when a token was sent, else `public`)
with `Vary: Authorization`; a request whose `If-None-Match` names the current ETag gets 304 without a body.
A count of a filtered list is cached separately (without `page`, `page_size` and `ordering`), so paging
through a long list does not count its rows again for every page.

Requests asking for another rendering (`Accept: application/json; indent=4`) bypass all of this.
"""

import contextlib
import hashlib
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

import orjson
from django.conf import settings
from django.core.cache import caches
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from django.utils.http import parse_etags
from rest_framework.generics import get_object_or_404
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from storeops.core.cache import ALIAS, CacheUnavailable, generation

Row = dict[str, Any]
JSON = "application/json"
CENT = Decimal("0.01")
# Query parameters that page or sort a list without changing which rows it has.
_NOT_COUNTED = frozenset({"page", "page_size", "ordering"})


# ----- rendering -----------------------------------------------------------------------------------------


def dumps(data: Any) -> bytes:
    """The bytes the REST framework JSON renderer gives for `data`, made faster.

    Fast rows hold no floats (money is text): a float's digits may be written differently by the two encoders.
    Anything the fast encoder refuses (integers beyond 64 bits, lone surrogates) goes through the renderer.
    """
    try:
        body = orjson.dumps(data)
    except TypeError:  # orjson.JSONEncodeError is one
        return bytes(JSONRenderer().render(data))
    # The renderer escapes the two JavaScript line terminators; the fast encoder writes them raw.
    return body.replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029")


def money_text(value: Decimal | None) -> str | None:
    """A decimal(…, 2) as the output serializer writes it: `"199.00"`."""
    return None if value is None else f"{value.quantize(CENT):f}"


def datetime_text(value: Any) -> str | None:
    """An aware datetime in the current time zone, ISO 8601, `Z` for UTC, as the output serializer writes it."""
    if not value:
        return None
    text = timezone.localtime(value).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def json_response(request: Request, data: Any) -> Any:
    """`data` as JSON: encoded fast when the plain rendering is asked for, else by the REST framework."""
    if getattr(request, "accepted_media_type", JSON) != JSON:
        return Response(data)
    return HttpResponse(dumps(data), content_type=JSON)


# ----- pages ---------------------------------------------------------------------------------------------


class CountedPaginator(Paginator):
    """A paginator whose row count comes from `count_of(queryset)` (e.g. a cached count)."""

    def __init__(self, object_list: Any, per_page: int, *, count_of: Callable[[Any], int]) -> None:
        super().__init__(object_list, per_page)
        self._count_of = count_of

    @cached_property
    def count(self) -> int:
        return self._count_of(self.object_list)


def fast_page(
    view: Any, rows: QuerySet[Any], row: Callable[[Row], Row], *, count_of: Callable[[Any], int] | None = None
) -> dict[str, Any]:
    """One page of `rows` (a `.values()` queryset) in the paginated shape, each row rendered by `row`."""
    pagination = view.paginator
    if count_of is not None:
        pagination.django_paginator_class = partial(CountedPaginator, count_of=count_of)
    page = pagination.paginate_queryset(rows, view.request, view=view)
    return {
        "count": pagination.page.paginator.count,
        "next": pagination.get_next_link(),
        "previous": pagination.get_previous_link(),
        "results": [row(item) for item in page],
    }


# ----- the viewset mixin ---------------------------------------------------------------------------------


def etag_of(body: bytes) -> str:
    return f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'


def _matches(header: str, etag: str) -> bool:
    tags = parse_etags(header)
    return "*" in tags or etag in (tag.removeprefix("W/") for tag in tags)


if TYPE_CHECKING:
    from rest_framework.generics import GenericAPIView

    _View = GenericAPIView
else:
    _View = object


class FastListMixin(_View):
    # No class docstring: the schema generator would show it as the description of every operation.
    # `list` only, for viewsets without a detail route (a router routes GET by id when `retrieve` exists).
    read_cache: ClassVar[str | None] = None
    read_front: ClassVar[bool] = False
    read_audience: Callable[..., str]
    fast_columns: ClassVar[tuple[str, ...]] = ()
    fast_row: Callable[..., Row] | None = None
    # With `public_output`: the rendering of the callers for whom `full_output_for(user)` is false.
    fast_public_row: Callable[..., Row] | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Plain functions declared on the class are not methods of the view.
        for name in ("read_audience", "fast_row", "fast_public_row"):
            value = cls.__dict__.get(name)
            if callable(value) and not isinstance(value, staticmethod):
                setattr(cls, name, staticmethod(value))

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        if not self._fast(request):
            return super().list(request, *args, **kwargs)  # type: ignore[misc]
        return self._answer(self._list_body)

    # --- bodies ---

    def _list_body(self) -> bytes:
        if self.fast_row is None:
            return dumps(super().list(self.request).data)  # type: ignore[misc]
        queryset = self.filter_queryset(self.get_queryset())  # type: ignore[attr-defined]
        rows = queryset.values(*self.fast_columns)
        return dumps(fast_page(self, rows, self._row_function(), count_of=self._count))

    def _retrieve_body(self) -> bytes:
        if self.fast_row is None:
            return dumps(super().retrieve(self.request).data)  # type: ignore[misc]
        queryset = self.filter_queryset(self.get_queryset()).values(*self.fast_columns)  # type: ignore[attr-defined]
        lookup = self.lookup_url_kwarg or self.lookup_field  # type: ignore[attr-defined]
        row = get_object_or_404(queryset, **{self.lookup_field: self.kwargs[lookup]})  # type: ignore[attr-defined]
        self.check_object_permissions(self.request, row)  # type: ignore[attr-defined]
        return dumps(self._row_function()(row))

    def _row_function(self) -> Callable[..., Row]:
        public = getattr(self, "public_output", None) is not None and self.fast_public_row is not None
        if public and not self.full_output_for(getattr(self.request, "user", None)):  # type: ignore[attr-defined]
            return self.fast_public_row  # type: ignore[return-value]
        return self.fast_row  # type: ignore[return-value]

    # --- cache ---

    def _fast(self, request: Request) -> bool:
        # Another rendering (an indent asked for in Accept) is neither cached nor served from the cache.
        return getattr(request, "accepted_media_type", JSON) == JSON

    def _generation(self) -> int | None:
        if self.read_cache is None:
            return None
        if not hasattr(self, "_generation_number"):
            try:
                self._generation_number: int | None = generation(self.read_cache)
            except CacheUnavailable:
                self._generation_number = None
        return self._generation_number

    def _key(self, kind: str, target: str) -> str | None:
        number = self._generation()
        if number is None:
            return None
        digest = hashlib.blake2b(target.encode(), digest_size=20).hexdigest()
        return f"read:{self.read_cache}:{number}:{kind}:{self.read_audience(self.request.user)}:{digest}"

    def _count(self, queryset: QuerySet[Any]) -> int:
        params = sorted((k, v) for k, v in self.request.query_params.lists() if k not in _NOT_COUNTED)
        key = self._key("count", f"{self.request.path.rstrip('/')}?{params!r}")
        cached = _get(key)
        if cached is not None:
            return int(cached)
        count = queryset.count()
        _set(key, count)
        return count

    def _answer(self, render: Callable[[], bytes]) -> HttpResponse:
        uri = self.request.build_absolute_uri()
        key = self._key("answer", uri)
        entry = _get(key)
        if entry is None:
            body = render()
            entry = (etag_of(body), body)
            _set(key, entry)
            if self.read_front and _anonymous(self.request) and not self.request.user.is_authenticated:
                allow = ", ".join(self.allowed_methods)
                _set(_front_key(uri), (self.read_cache, self._generation(), *entry, allow))
        return conditional_answer(self.request, *entry)


class FastReadMixin(FastListMixin):
    # No class docstring (see above).

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        if not self._fast(request):
            return super().retrieve(request, *args, **kwargs)  # type: ignore[misc]
        return self._answer(self._retrieve_body)


def _anonymous(request: Any) -> bool:
    return "HTTP_AUTHORIZATION" not in request.META


def conditional_answer(request: Any, etag: str, body: bytes) -> HttpResponse:
    """`body` with its ETag and caching headers, or 304 when `If-None-Match` names the ETag."""
    header = request.headers.get("If-None-Match")
    if header and _matches(header, etag):
        response: HttpResponse = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type=JSON)
    response["ETag"] = etag
    response["Cache-Control"] = "public, no-cache" if _anonymous(request) else "private, no-cache"
    patch_vary_headers(response, ["Authorization"])
    return response


# ----- answering anonymous reads before routing ----------------------------------------------------------


def _front_key(uri: str) -> str:
    return f"read:front:{hashlib.blake2b(uri.encode(), digest_size=20).hexdigest()}"


class CachedReadMiddleware:
    """Answers an anonymous GET from the cache before URL routing and the REST framework, when a view with
    `read_front = True` has cached the answer for exactly this URL and its namespace has not changed since.

    The entry exists only because the view answered 200 to an anonymous caller (permissions and filters were
    checked then; `read_front` views have no throttles). Requests with a token, or asking for another
    rendering than plain JSON, always go to the view. The response is the one the view gives, headers
    included; the middleware before this one add theirs as usual.
    """

    def __init__(self, get_response: Callable[[Any], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> HttpResponse:
        if (
            request.method == "GET"
            and _anonymous(request)
            and request.path_info.startswith("/api/")
            and request.META.get("HTTP_ACCEPT", "*/*") in ("*/*", JSON)
        ):
            entry = _get(_front_key(request.build_absolute_uri()))
            if entry is not None:
                namespace, number, etag, body, allow = entry
                try:
                    current = generation(namespace)
                except CacheUnavailable:
                    current = None
                if current == number:
                    response = conditional_answer(request, etag, body)
                    response["Allow"] = allow
                    return response
        return self.get_response(request)


def _get(key: str | None) -> Any:
    if key is None:
        return None
    try:
        return caches[ALIAS].get(key)
    except Exception:  # an unreachable cache: answer without it
        return None


def _set(key: str | None, value: Any) -> None:
    if key is None:
        return
    with contextlib.suppress(Exception):  # an unreachable cache: the answer is simply not kept
        caches[ALIAS].set(key, value, timeout=settings.READ_CACHE_SECONDS)
