import django_filters

from storeops.accounts.models import User
from storeops.accounts.selectors import user_search
from storeops.api.filters import BooleanFilter, IdFilter


class UserFilterSet(django_filters.FilterSet):
    role = django_filters.BaseInFilter(field_name="role", lookup_expr="in")
    store = IdFilter(field_name="store_id")
    is_active = BooleanFilter(field_name="is_active")
    search = django_filters.CharFilter(method="filter_search")

    class Meta:
        model = User
        fields = ["role", "store", "is_active"]

    def filter_search(self, queryset, name, value):  # type: ignore[no-untyped-def]
        return user_search(queryset, value)
