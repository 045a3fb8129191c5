"""Shared query filters: ordering over an explicit whitelist (`id` breaks ties), strict booleans."""

from typing import Any

import django_filters
from django import forms
from rest_framework.filters import OrderingFilter


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
