from rest_framework import pagination
from rest_framework.exceptions import NotFound

from storeops.core.ids import is_digits


class PageNumberPagination(pagination.PageNumberPagination):
    """`page` (1-based) and `page_size` (default 20, capped at 100). Refuses unordered querysets.

    Both take ASCII digits only (`int()` would also read "٣"): any other `page` is an invalid page, any other
    `page_size` falls back to the default, exactly as a non-number does.
    """

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def paginate_queryset(self, queryset, request, view=None):  # type: ignore[no-untyped-def]
        if hasattr(queryset, "ordered") and not queryset.ordered:
            raise RuntimeError(f"{type(view).__name__} paginates an unordered queryset; give it an ordering.")
        return super().paginate_queryset(queryset, request, view)

    def get_page_number(self, request, paginator):  # type: ignore[no-untyped-def]
        number = super().get_page_number(request, paginator)
        if isinstance(number, str) and number not in self.last_page_strings and not is_digits(number.strip()):
            raise NotFound(self.invalid_page_message)
        return number

    def get_page_size(self, request):  # type: ignore[no-untyped-def]
        raw = request.query_params.get(self.page_size_query_param)
        if raw is not None and not is_digits(raw.strip()):
            return self.page_size
        return super().get_page_size(request)
