import django_filters

from storeops.accounts.roles import Role
from storeops.api.filters import BooleanFilter
from storeops.stores.models import Store, StoreType
from storeops.stores.selectors import store_search


class StoreFilterSet(django_filters.FilterSet):
    search = django_filters.CharFilter(method="filter_search")
    is_active = BooleanFilter(method="filter_is_active")
    store_type = django_filters.ChoiceFilter(choices=StoreType.choices)

    class Meta:
        model = Store
        fields = ["search", "is_active", "store_type"]

    def filter_search(self, queryset, name, value):  # type: ignore[no-untyped-def]
        return store_search(queryset, value)

    def filter_is_active(self, queryset, name, value):  # type: ignore[no-untyped-def]
        # Only admins see inactive stores at all; for others the parameter is ignored.
        user = getattr(self.request, "user", None)
        if value is None or getattr(user, "role", None) != Role.SYSTEM_ADMIN:
            return queryset
        return queryset.filter(is_active=value)
