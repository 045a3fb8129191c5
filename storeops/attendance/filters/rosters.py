"""Query filters of the roster admin lists; an invalid value is a 400 naming the parameter."""

from typing import Any

import django_filters
from django import forms
from django.db.models import OuterRef, QuerySet, Subquery

from storeops.api.filters import BooleanFilter, IdFilter
from storeops.attendance.models import PayrollProfile, RosterException, RuleType, Schedule, Shift, WeekOff
from storeops.stores.models import Geofence


class WeekdayFilter(django_filters.Filter):
    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", 6)
        super().__init__(*args, **kwargs)


class _DateRangeMixin:
    """`date_to` before `date_from` is refused rather than answered with an empty list."""

    form: Any

    def is_valid(self) -> bool:
        valid = super().is_valid()  # type: ignore[misc]
        data = self.form.cleaned_data if valid else {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.form.add_error("date_to", "Must not be before date_from.")
            return False
        return bool(valid)


class ShiftFilterSet(django_filters.FilterSet):
    is_active = BooleanFilter(field_name="is_active")
    search = django_filters.CharFilter(
        field_name="name", lookup_expr="icontains", help_text="part of the name"
    )

    class Meta:
        model = Shift
        fields = ["is_active", "search"]


class ScheduleFilterSet(django_filters.FilterSet):
    user = IdFilter(field_name="user_id")
    store = IdFilter(field_name="user__store_id", help_text="the advisor's store")
    rule_type = django_filters.ChoiceFilter(choices=RuleType.choices)
    is_active = BooleanFilter(field_name="is_active")

    class Meta:
        model = Schedule
        fields = ["user", "store", "rule_type", "is_active"]


class WeekOffFilterSet(django_filters.FilterSet):
    user = IdFilter(field_name="user_id")
    weekday = WeekdayFilter(field_name="weekday", help_text="0 = Monday … 6 = Sunday")
    is_active = BooleanFilter(field_name="is_active")

    class Meta:
        model = WeekOff
        fields = ["user", "weekday", "is_active"]


class ExceptionFilterSet(_DateRangeMixin, django_filters.FilterSet):
    user = IdFilter(field_name="user_id")
    store = IdFilter(field_name="store_id")
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", help_text="inclusive")
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", help_text="inclusive")

    class Meta:
        model = RosterException
        fields = ["user", "store", "date_from", "date_to"]


class GeofenceFilterSet(django_filters.FilterSet):
    store = IdFilter(field_name="store_id")
    is_active = BooleanFilter(field_name="is_active")

    class Meta:
        model = Geofence
        fields = ["store", "is_active"]


class PayrollFilterSet(django_filters.FilterSet):
    user = IdFilter(field_name="user_id")
    effective_on = django_filters.DateFilter(
        method="filter_effective_on", help_text="the profile in force on this date, for each advisor"
    )

    class Meta:
        model = PayrollProfile
        fields = ["user", "effective_on"]

    def filter_effective_on(self, queryset: QuerySet[PayrollProfile], name: str, value: Any) -> Any:
        in_force = (
            PayrollProfile.objects.filter(user_id=OuterRef("user_id"), effective_from__lte=value)
            .order_by("-effective_from", "-id")
            .values("pk")[:1]
        )
        return queryset.filter(effective_from__lte=value, pk=Subquery(in_force))
