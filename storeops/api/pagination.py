from typing import Any

from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError

from storeops.core.ids import is_digits

# Past any real page number or size; longer digit strings are clamped here instead of converted.
_HUGE = 10**18


def _positive(raw: str) -> int | None:
    """ASCII digits only (`int()` also takes other scripts' digits, signs and spaces), at least 1."""
    if not is_digits(raw):
        return None
    value = int(raw) if len(raw) < 19 else _HUGE
    return value if value >= 1 else None


class PageNumberPagination(pagination.PageNumberPagination):
    """`page` (1-based) and `page_size` (default 20, capped at 100). Refuses unordered querysets.

    Parameters are parsed strictly, as the schema types them (empty means absent): a `page` that is not a
    positive integer in ASCII digits is an invalid page (404, like a page past the end) and a `page_size` that
    is not one is a 400 naming it. A page size above the cap is capped, as the conventions say.
    """

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
    last_page_strings = ()

    def paginate_queryset(self, queryset, request, view=None):  # type: ignore[no-untyped-def]
        if hasattr(queryset, "ordered") and not queryset.ordered:
            raise RuntimeError(f"{type(view).__name__} paginates an unordered queryset; give it an ordering.")
        return super().paginate_queryset(queryset, request, view)

    def get_page_number(self, request, paginator):  # type: ignore[no-untyped-def]
        raw = request.query_params.get(self.page_query_param)
        if not raw:
            return 1
        number = _positive(raw)
        if number is None:
            raise NotFound(self.invalid_page_message.format(page_number=raw[:32], message=""))
        return number

    def get_page_size(self, request):  # type: ignore[no-untyped-def]
        raw = request.query_params.get(self.page_size_query_param)
        if not raw:
            return self.page_size
        size = _positive(raw)
        if size is None:
            raise ValidationError({self.page_size_query_param: ["A positive integer is required."]})
        return min(size, self.max_page_size)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "description": "Page number, from 1. A page past the end answers 404.",
                "schema": {"type": "integer", "minimum": 1},
                "allowEmptyValue": True,
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Results per page (default {self.page_size}); above {self.max_page_size} "
                f"is capped at {self.max_page_size}.",
                "schema": {"type": "integer", "minimum": 1},
                "allowEmptyValue": True,
            },
        ]
