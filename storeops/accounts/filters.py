import django_filters
from django.db.models import Q

from storeops.accounts.models import User


class UserFilterSet(django_filters.FilterSet):
    role = django_filters.BaseInFilter(field_name="role", lookup_expr="in")
    store = django_filters.NumberFilter(field_name="store_id")
    is_active = django_filters.BooleanFilter(field_name="is_active")
    search = django_filters.CharFilter(method="filter_search")

    class Meta:
        model = User
        fields = ["role", "store", "is_active"]

    def filter_search(self, queryset, name, value):  # type: ignore[no-untyped-def]
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(username__icontains=value)
            | Q(email__icontains=value)
            | Q(first_name__icontains=value)
            | Q(last_name__icontains=value)
            | Q(phone__icontains=value)
            | Q(store__name__icontains=value)
        )
