"""Query parameters of the lead inbox lists; unknown values are refused with a 400 naming the parameter."""

from typing import Any

import django_filters
from django.db.models import QuerySet

from storeops.marketing.models import CallRequest, ContactRequest, LeadStatus
from storeops.marketing.selectors import CALL_SEARCH, CONTACT_SEARCH, lead_search


class StatusInFilter(django_filters.BaseInFilter, django_filters.ChoiceFilter):
    """Statuses, comma-separated (any matches); each must be a known status."""


class LeadFilterSet(django_filters.FilterSet):
    status = StatusInFilter(
        field_name="status", lookup_expr="in", choices=LeadStatus.choices, help_text="comma-separated"
    )
    created_after = django_filters.IsoDateTimeFilter(
        field_name="created_at", lookup_expr="gte", help_text="created at or after"
    )
    created_before = django_filters.IsoDateTimeFilter(
        field_name="created_at", lookup_expr="lte", help_text="created at or before"
    )
    search = django_filters.CharFilter(method="filter_search", help_text="in name, mobile number, message")

    search_fields: tuple[str, ...] = ()

    def filter_search(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return lead_search(queryset, value, self.search_fields)


class ContactFilterSet(LeadFilterSet):
    search_fields = CONTACT_SEARCH

    class Meta:
        model = ContactRequest
        fields: list[str] = []


class CallRequestFilterSet(LeadFilterSet):
    date_from = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", help_text="requested date, inclusive"
    )
    date_to = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", help_text="requested date, inclusive"
    )
    search_fields = CALL_SEARCH

    class Meta:
        model = CallRequest
        fields: list[str] = []
