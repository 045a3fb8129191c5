from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    """`page` (1-based) and `page_size` (default 20, capped at 100). Refuses unordered querysets."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def paginate_queryset(self, queryset, request, view=None):  # type: ignore[no-untyped-def]
        if hasattr(queryset, "ordered") and not queryset.ordered:
            raise RuntimeError(f"{type(view).__name__} paginates an unordered queryset; give it an ordering.")
        return super().paginate_queryset(queryset, request, view)
