"""Shared query filters: ordering over an explicit whitelist (`id` breaks ties), strict booleans, ids and
amounts."""

from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema_field
from rest_framework.filters import OrderingFilter

from storeops.api.patterns import PYTHON_WHITESPACE
from storeops.core.ids import ID_DIGITS_PATTERN, ID_ERROR, is_digits, parse_id


class WhitelistOrderingFilter(OrderingFilter):
    def get_valid_fields(self, queryset, view, context=None):  # type: ignore[no-untyped-def]
        # Views must list their fields; nothing is orderable by default.
        fields = getattr(view, "ordering_fields", None) or []
        mapping = getattr(view, "ordering_map", {})
        return [(name, name) for name in fields] + [(name, name) for name in mapping if name not in fields]

    def get_ordering(self, request, queryset, view):  # type: ignore[no-untyped-def]
        ordering = super().get_ordering(request, queryset, view)
        if not ordering:
            return ordering
        mapping = getattr(view, "ordering_map", {})
        expanded: list[str] = []
        for term in ordering:
            desc = term.startswith("-")
            name = term.lstrip("-")
            for target in mapping.get(name, [name]):
                expanded.append(f"-{target}" if desc else target)
        if not any(term.lstrip("-") in {"id", "pk"} for term in expanded):
            expanded.append("-id" if expanded[0].startswith("-") else "id")
        return expanded

    def get_schema_operation_parameters(self, view):  # type: ignore[no-untyped-def]
        names = [name for name, _ in self.get_valid_fields(None, view)]
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": "Comma-separated fields, `-` for descending: "
                + ", ".join(f"`{name}`" for name in names)
                + ". Unknown fields are ignored; `id` breaks ties.",
                "schema": {"type": "string"},
            }
        ]

    def remove_invalid_fields(self, queryset, fields, view, request):  # type: ignore[no-untyped-def]
        valid = {name for name, _ in self.get_valid_fields(queryset, view, {"request": request})}
        return [term for term in fields if term.lstrip("-") in valid]


class _BooleanField(forms.Field):
    """`true` or `false` (any case); empty means no filter; anything else is refused, not ignored."""

    def to_python(self, value: Any) -> bool | None:
        text = str(value).strip().lower() if value is not None else ""
        if text == "":
            return None
        if text in ("true", "false"):
            return text == "true"
        raise forms.ValidationError("Enter true or false.", code="invalid")


class BooleanFilter(django_filters.BooleanFilter):
    field_class = _BooleanField


# ----- query parameters that name rows or amounts -------------------------------------------------------


class IdFormField(forms.Field):
    """One id: ASCII digits within 1..2^63-1 (see `storeops.core.ids`)."""

    default_error_messages = {"invalid": ID_ERROR}

    def to_python(self, value: Any) -> int | None:
        if value in self.empty_values:
            return None
        number = parse_id(value)
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class RefsFormField(forms.CharField):
    """Comma-separated ids or slugs; an item made of digits is an id and must be a valid one."""

    default_error_messages = {"invalid_id": f'"%(value)s" is not a valid id. {ID_ERROR}'}

    def validate(self, value: Any) -> None:
        super().validate(value)
        for item in (value or "").split(","):
            item = item.strip()
            if is_digits(item) and parse_id(item) is None:
                raise ValidationError(
                    self.error_messages["invalid_id"], code="invalid_id", params={"value": item[:40]}
                )


class IdFilter(django_filters.Filter):
    """Equality on an id column; anything but a valid id is a 400 naming the parameter."""

    field_class = IdFormField


def _refs_pattern() -> str:
    """Exactly the values `RefsFormField` accepts: comma-separated items which, once stripped, are empty, hold
    something other than digits (a slug), or are digits naming an id. No NUL anywhere (refused on input)."""
    space = f"[{PYTHON_WHITESPACE}]"
    text = "[^,\\u0000]"
    other = f"[^,\\u00000-9{PYTHON_WHITESPACE}]"
    item = "|".join(
        (
            f"{space}*",  # empty
            f"{text}*{other}{text}*",  # a slug: some character that is neither a digit nor a space
            f"{space}*[0-9]+{space}+[0-9{PYTHON_WHITESPACE}]*[0-9]{space}*",  # digits with a space inside
            f"{space}*{ID_DIGITS_PATTERN}{space}*",  # an id
        )
    )
    return f"^(?:{item})(?:,(?:{item}))*$"


REFS_PATTERN = _refs_pattern()


@extend_schema_field({"type": "string", "pattern": REFS_PATTERN})
class RefsFilter(django_filters.CharFilter):
    """Ids or slugs, comma-separated, for a `method` that resolves them (e.g. `resolve_ids`)."""

    field_class = RefsFormField


class AmountFilter(django_filters.NumberFilter):
    """A finite decimal of sane size: huge exponents would overflow the database's numeric type."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_digits", 30)
        kwargs.setdefault("decimal_places", 10)
        super().__init__(*args, **kwargs)
