"""Limits on client text before any of it reaches a view or the database.

- JSON bodies nest at most `MAX_JSON_DEPTH` levels, checked on the raw bytes without recursion.
- Text bodies (JSON, form-urlencoded, multipart fields) must decode strictly in their charset (UTF-8 unless
  declared), never be mis-decoded with replacement characters.
- NUL (U+0000) is refused everywhere: in a path (404), a query parameter (400 naming it), a body field name or
  value at any depth (400 naming the top-level field). PostgreSQL cannot store it in text.
"""

import io
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.utils.datastructures import MultiValueDict
from rest_framework import exceptions, parsers
from rest_framework.settings import api_settings

from storeops.core.ids import is_digits, parse_id

MAX_JSON_DEPTH = 32
NUL = "\x00"
NUL_ERROR = "Null characters are not allowed."

# A JSON string (escapes included) or one bracket. The unrolled string pattern runs in linear time.
_JSON_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_OPENERS = frozenset(b"[{")


def json_depth_exceeds(raw: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True if arrays/objects in `raw` nest deeper than `limit`; brackets inside strings do not count."""
    depth = 0
    for match in _JSON_TOKEN.finditer(raw):
        token = match.group()
        if len(token) != 1:
            continue
        if token[0] in _OPENERS:
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def _strings_in(value: Any) -> Iterator[str]:
    """Every key and string value inside `value`, walked with an explicit stack."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            for key, child in item.items():
                if isinstance(key, str):
                    yield key
                stack.append(child)
        elif isinstance(item, list | tuple):
            stack.extend(item)


def field_with_nul(items: Any) -> str | None:
    """The first top-level name whose own name or value (at any depth) contains NUL, else None."""
    for name, value in items:
        if NUL in name or any(NUL in text for text in _strings_in(value)):
            return str(name)
    return None


def refuse_nul_in_body(data: Any) -> None:
    if isinstance(data, QueryDict | MultiValueDict):
        name = field_with_nul(data.lists())
    elif isinstance(data, dict):
        name = field_with_nul(data.items())
    else:
        has_nul = any(NUL in text for text in _strings_in(data))
        name = str(api_settings.NON_FIELD_ERRORS_KEY) if has_nul else None
    if name is not None:
        raise exceptions.ValidationError({name: [NUL_ERROR]})


def _encoding(parser_context: dict[str, Any] | None) -> str:
    return (parser_context or {}).get("encoding") or settings.DEFAULT_CHARSET


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser behind a nesting cap and the NUL rule."""

    def parse(self, stream, media_type=None, parser_context=None):  # type: ignore[no-untyped-def]
        raw = stream.read() if stream is not None else b""
        if json_depth_exceeds(raw):
            raise exceptions.ParseError(f"JSON parse error - nesting deeper than {MAX_JSON_DEPTH} levels.")
        data = super().parse(io.BytesIO(raw), media_type, parser_context)
        refuse_nul_in_body(data)
        return data


class FormParser(parsers.FormParser):
    """Form-urlencoded bodies must be valid text in their charset, percent-escapes included."""

    def parse(self, stream, media_type=None, parser_context=None):  # type: ignore[no-untyped-def]
        encoding = _encoding(parser_context)
        raw = stream.read() if stream is not None else b""
        # `&`, `=` and `+` are ASCII, so the whole body decoded at once checks every name and value.
        try:
            unquote_to_bytes(raw).decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise exceptions.ParseError(f"Form parse error - the body is not valid {encoding}.") from exc
        data = QueryDict(raw, encoding=encoding)
        refuse_nul_in_body(data)
        return data


# Latin-1 maps every byte to one character, so parsing with it loses nothing and the text can be re-decoded.
_LOSSLESS = "latin-1"


class MultiPartParser(parsers.MultiPartParser):
    """Multipart text fields (and field and file names) must be valid text in the body's charset."""

    def parse(self, stream, media_type=None, parser_context=None):  # type: ignore[no-untyped-def]
        encoding = _encoding(parser_context)
        context = {**(parser_context or {}), "encoding": _LOSSLESS}
        parsed = super().parse(stream, media_type, context)
        try:
            redecode = _redecoder(encoding)
            data = QueryDict(mutable=True, encoding=encoding)
            for name, values in parsed.data.lists():
                data.setlist(redecode(name), [redecode(value) for value in values])
            files = MultiValueDict()
            for name, uploads in parsed.files.lists():
                for upload in uploads:
                    upload.name = _redecode_name(redecode, upload.name)
                files.setlist(redecode(name), uploads)
        except (UnicodeError, LookupError) as exc:
            raise exceptions.ParseError(
                f"Multipart form parse error - a text part is not valid {encoding}."
            ) from exc
        data._mutable = False
        refuse_nul_in_body(data)
        refuse_nul_in_body({name: [u.name for u in uploads] for name, uploads in files.lists()})
        return parsers.DataAndFiles(data, files)


def _redecoder(encoding: str) -> Callable[[str], str]:
    if encoding.lower().replace("_", "-") in ("latin-1", "iso-8859-1", "latin1"):
        return lambda text: text
    return lambda text: text.encode(_LOSSLESS).decode(encoding)


def _redecode_name(redecode: Callable[[str], str], name: str | None) -> str | None:
    # A file name made of HTML entities may already hold characters beyond Latin-1: it is text already.
    if not name:
        return name
    try:
        return redecode(name)
    except UnicodeEncodeError:
        return name


def _first_nul_parameter(request: HttpRequest) -> str | None:
    for name, values in request.GET.lists():
        if NUL in name or any(NUL in value for value in values):
            return name
    return None


def _id_lookup_kwarg(view_func: Callable[..., Any]) -> str | None:
    """The URL keyword of a REST framework view that looks rows up by primary key, if it is one."""
    view_class = getattr(view_func, "cls", None)
    lookup_field = getattr(view_class, "lookup_field", None)
    if lookup_field not in ("pk", "id"):
        return None
    return getattr(view_class, "lookup_url_kwarg", None) or lookup_field


class InputMiddleware:
    """NUL in the path answers 404 (no route could match it); NUL in a query parameter answers 400 naming it.

    An id in the path must be ASCII digits within the id range (`storeops.core.ids`), else 404: `int()` would
    read "٣" as 3, and a value beyond 64 bits cannot be sent to the database.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if NUL in request.path_info:
            raise Http404("Null character in path.")
        name = _first_nul_parameter(request)
        if name is not None:
            if not request.path.startswith("/api"):
                raise BadRequest("Null character in query string.")
            return JsonResponse({name: [NUL_ERROR]}, status=400)
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., Any], view_args: Any, view_kwargs: dict[str, Any]
    ) -> None:
        name = _id_lookup_kwarg(view_func)
        value = view_kwargs.get(name) if name is not None else None
        if isinstance(value, str) and (not is_digits(value) or parse_id(value) is None):
            raise Http404("No such id.")
