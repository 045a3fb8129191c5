"""OpenAPI generation: the schema states exactly who may call an operation and every status it can answer.

What an operation can answer follows from what the view declares, so a new module is documented correctly
without per-view annotations:

- security: no authenticators → public; a permission open to anyone → the token is optional; else required;
- 400 on every operation (field errors, unreadable bodies and refused query values reach any of them);
- 401 wherever a bearer token is read (a bad one is refused even on public reads), or where the view says so;
- 403 where only some roles may call; 404 with a path parameter or a paginated list;
- writes: 409 (a conflicting idempotent retry, or the current state), 413 and 415 (bodies), 422 (an
  idempotency key reused with another request); DELETE: 409 (still referenced);
- 429 and 503 where a rate limit applies (503: its counter store is unreachable);
- `Idempotency-Key` documented on every POST, PUT and PATCH;
- query filters allow an empty value, which means no filter; so do optional fields of form bodies.
"""

import copy
import re
from decimal import Decimal
from typing import Any

from django.core.validators import MaxValueValidator, MinValueValidator
from django_filters import BooleanFilter
from drf_spectacular.openapi import AutoSchema as BaseAutoSchema
from drf_spectacular.plumbing import ResolvedComponent, force_instance, is_serializer
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers

from storeops.api.patterns import PYTHON_WHITESPACE

_OPTIONAL_SLASH = re.compile(r"/\?$")

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH"})

ERROR = {
    "type": "object",
    "description": "A refusal: `detail` says why, `code` is stable for programs. Some codes add keys.",
    "properties": {
        "detail": {
            "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
        },
        "code": {"type": "string"},
    },
    "required": ["detail", "code"],
}
VALIDATION_ERROR = {
    "type": "object",
    "description": (
        "Field errors as `{field: [message, …]}` (nested for nested fields), or a rule refusal as "
        "`{detail, code}`."
    ),
    "additionalProperties": {},
}
DESCRIPTIONS = {
    "400": "Invalid input: the body names each field at fault.",
    "401": "Not authenticated, or the credentials or token are invalid.",
    "403": "Authenticated, but this role may not do this.",
    "404": "Not found, or outside the caller's scope; also a page past the end.",
    "409": "Conflicts with the current state, or an idempotent retry of a request still running.",
    "413": "Request body too large.",
    "415": "Unsupported media type.",
    "422": "Idempotency-Key reused with a different request.",
    "429": "Rate limit reached; see Retry-After.",
    "503": "A required service is unreachable; see Retry-After.",
}
# A text field that is trimmed and may not be blank needs one character outside what `str.strip()` removes.
NOT_BLANK = f"[^{PYTHON_WHITESPACE}]"

FORM_MEDIA_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
EMPTY_FORM_VALUE = {
    "type": "string",
    "maxLength": 0,
    "description": "An optional field may be sent empty in a form body.",
}

IDEMPOTENCY_KEY = OpenApiParameter(
    name="Idempotency-Key",
    location=OpenApiParameter.HEADER,
    required=False,
    description=(
        "Makes the write safe to retry: the first completed response is stored for 24 h and replayed for the "
        "same key, method, path and body."
    ),
    pattern=r"^[\x21-\x7e]{1,255}$",
    type=str,
)


def _bounds(validators: list[Any]) -> dict[str, Any]:
    """The numeric limits a form field enforces, as schema keywords."""
    bounds: dict[str, Any] = {}
    for validator in validators:
        limit = getattr(validator, "limit_value", None)
        if not isinstance(limit, int | float | Decimal):
            continue
        value = limit if isinstance(limit, int) else float(limit)
        if isinstance(validator, MinValueValidator):
            bounds["minimum"] = value
        elif isinstance(validator, MaxValueValidator):
            bounds["maximum"] = value
    return bounds


def _decimal_pattern(field: serializers.DecimalField) -> str:
    """The decimal strings the field takes: at least one digit, its digit limits, a sign only if it may be < 0."""
    whole, places = field.max_whole_digits, field.decimal_places
    sign = "" if field.min_value is not None and field.min_value >= 0 else "-?"
    if not places:
        return f"^{sign}\\d{{1,{whole}}}$"
    return f"^{sign}(?:\\d{{1,{whole}}}(?:\\.\\d{{0,{places}}})?|\\.\\d{{1,{places}}})$"


def _form_schema(schema: dict[str, Any], optional: list[str]) -> dict[str, Any]:
    form = copy.deepcopy(schema)
    properties = form.get("properties", {})
    for name in optional:
        if name in properties:
            properties[name] = {"anyOf": [properties[name], EMPTY_FORM_VALUE]}
    return form


def _refuse_nul(parameter: dict[str, Any]) -> None:
    """Text query values are refused when they hold NUL; say so where the schema has no pattern yet."""
    schema = parameter.get("schema", {})
    if schema.get("type") == "string" and "pattern" not in schema and "enum" not in schema:
        parameter["schema"] = {**schema, "pattern": "^[^\\u0000]*$"}


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


class AutoSchema(BaseAutoSchema):
    def _permission(self) -> Any:
        from storeops.accounts.permissions import PERMISSIONS

        declared = getattr(self.view, "required_permissions", None) or {}
        action = getattr(self.view, "action", None) or self.method.lower()
        name = declared.get(action)
        return PERMISSIONS.get(name) if name else None

    def _is_public(self) -> bool:
        from storeops.accounts.permissions import ANYONE

        return self._permission() == ANYONE

    def get_auth(self) -> list[dict[str, list[str]]]:
        if not self.view.get_authenticators():
            return []
        schemes = super().get_auth()
        required = [scheme for scheme in schemes if scheme]
        return [*required, {}] if self._is_public() else required

    def _get_filter_parameters(self) -> list[dict[str, Any]]:
        filterset = getattr(self.view, "filterset_class", None)
        filters = filterset.base_filters if filterset else {}
        parameters = []
        for parameter in super()._get_filter_parameters():
            # An empty filter value means "no filter", as for an HTML form left blank.
            parameter = {**parameter, "allowEmptyValue": True}
            _refuse_nul(parameter)
            declared = filters.get(parameter["name"])
            if isinstance(declared, BooleanFilter):
                parameter["schema"] = {"type": "boolean"}
            elif declared is not None and parameter.get("schema", {}).get("type") in ("integer", "number"):
                parameter["schema"] = {**parameter["schema"], **_bounds(declared.field.validators)}
            parameters.append(parameter)
        return parameters

    def get_override_parameters(self) -> list[Any]:
        parameters = list(super().get_override_parameters())
        if self.method in WRITE_METHODS:
            parameters.append(IDEMPOTENCY_KEY)
        return parameters

    def _error_statuses(self) -> list[str]:
        codes = {"400"}
        if self.view.get_authenticators():
            codes.add("401")
        if isinstance(self._permission(), frozenset):
            codes.add("403")
        if self._has_path_parameters() or self._is_list_view():
            codes.add("404")
        if self.method in WRITE_METHODS:
            codes |= {"409", "413", "415", "422"}
        if self.method == "DELETE":
            codes |= {"409", "413"}
        if self._is_throttled():
            codes |= {"429", "503"}
        # Statuses a view answers beyond these, e.g. 401 for wrong credentials on the views that read no token.
        codes |= {str(code) for code in getattr(self.view, "error_statuses", ())}
        return sorted(codes)

    def _has_path_parameters(self) -> bool:
        return "{" in self.path

    def _is_throttled(self) -> bool:
        scopes = getattr(self.view, "throttle_scopes", None)
        if scopes is not None:
            action = getattr(self.view, "action", None) or self.method.lower()
            return action in scopes
        return bool(getattr(self.view, "throttle_scope", None))

    def _insert_field_validators(self, field: Any, schema: dict[str, Any]) -> None:
        super()._insert_field_validators(field, schema)
        if (
            isinstance(field, serializers.DecimalField)
            and self._direction == "request"
            and "pattern" in schema
        ):
            schema["pattern"] = _decimal_pattern(field)
            return
        text = isinstance(field, serializers.CharField) and schema.get("type") == "string"
        if not text or "pattern" in schema or self._direction != "request":
            return
        # Text fields refuse NUL; trimmed ones that may not be blank need a character that survives the trim.
        if field.trim_whitespace and not field.allow_blank:
            schema["pattern"] = f"^[^\\u0000]*[^\\u0000{PYTHON_WHITESPACE}][^\\u0000]*$"
        else:
            schema["pattern"] = "^[^\\u0000]*$"

    _direction = "response"

    def _map_basic_serializer(self, serializer: Any, direction: str) -> dict[str, Any]:
        outer, self._direction = self._direction, direction
        try:
            schema = super()._map_basic_serializer(serializer, direction)
        finally:
            self._direction = outer
        alternatives = getattr(serializer, "required_any_of", None)
        if alternatives and direction == "request":
            schema["anyOf"] = [{"required": list(names)} for names in alternatives]
        return schema

    def _get_request_body(self, direction: str = "request") -> Any:  # type: ignore[override]
        body = super()._get_request_body(direction)  # type: ignore[arg-type]
        if not body:
            return body
        serializer = self.get_request_serializer()
        if not is_serializer(serializer):
            return body
        serializer = force_instance(serializer)
        if self.method == "PATCH":
            serializer = copy.copy(serializer)
            serializer.partial = True
        component = self.resolve_serializer(serializer, direction)  # type: ignore[arg-type]
        optional = [n for n, f in serializer.fields.items() if not f.read_only and not f.required]
        if not component or not optional:
            return body
        # In a form body an optional field sent empty counts as not sent (or blank, where blank is allowed).
        name = f"{component.name}Form"
        form = ResolvedComponent(
            name=name,
            type=ResolvedComponent.SCHEMA,
            object=name,
            schema=_form_schema(component.schema, optional),
        )
        self.registry.register_on_missing(form)
        for media_type, content in body["content"].items():
            if media_type in FORM_MEDIA_TYPES:
                content["schema"] = form.ref
        return body

    def _error_component(self, name: str, schema: dict[str, Any]) -> dict[str, str]:
        component = ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, object=name, schema=schema)
        self.registry.register_on_missing(component)
        return component.ref

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:  # type: ignore[override]
        responses = super()._get_response_bodies(direction)  # type: ignore[arg-type]
        if direction != "response":
            return responses
        for code in self._error_statuses():
            if code in responses:
                continue
            name, schema = ("ValidationError", VALIDATION_ERROR) if code == "400" else ("Error", ERROR)
            responses[code] = {
                "content": {"application/json": {"schema": self._error_component(name, schema)}},
                "description": DESCRIPTIONS[code],
            }
        return dict(sorted(responses.items()))


def register_extensions() -> None:
    """Import-time registration of schema extensions (called from the app config)."""
    from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme

    class StoreOpsJWTScheme(SimpleJWTScheme):
        target_class = "storeops.accounts.authentication.JWTAuthentication"
        name = "jwtAuth"
