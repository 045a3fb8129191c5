"""Filters of the log list and export (spec 07 §3); combined with AND, an empty value means no filter."""

import datetime as dt
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field

from storeops.activity.models import ActivityEvent
from storeops.api.filters import IdFilter
from storeops.core.ids import ID_ERROR, MAX_ID, parse_id

SYSTEM = "system"
ID_BOUNDS = [MinValueValidator(1), MaxValueValidator(MAX_ID)]


class _ActorField(forms.Field):
    """A user id, or `system` for events written without an actor."""

    default_error_messages = {"invalid": f'Enter a user id or "{SYSTEM}". {ID_ERROR}'}

    def to_python(self, value: Any) -> int | str | None:
        if value in self.empty_values:
            return None
        if value == SYSTEM:
            return SYSTEM
        number = parse_id(value) if str(value).strip() == value else None
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number


@extend_schema_field(
    {
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": MAX_ID},
            {"type": "string", "enum": [SYSTEM]},
        ]
    }
)
class ActorFilter(django_filters.Filter):
    field_class = _ActorField

    def filter(self, qs: QuerySet[ActivityEvent], value: Any) -> QuerySet[ActivityEvent]:
        if value is None:
            return qs
        if value == SYSTEM:
            return qs.filter(actor__isnull=True)
        return qs.filter(actor_id=value)


class ActivityEventFilterSet(django_filters.FilterSet):
    entity = django_filters.CharFilter(
        method="filter_entity", help_text="entity types, comma-separated (any matches)"
    )
    entity_id = django_filters.CharFilter(field_name="entity_id")
    actor = ActorFilter(help_text=f'user id, or "{SYSTEM}" for events without an actor')
    action = django_filters.CharFilter(
        method="filter_action", help_text="exact; a value ending in `.*` matches that prefix"
    )
    store = IdFilter(field_name="store_id", validators=ID_BOUNDS)
    date_from = django_filters.DateFilter(method="filter_date_from", help_text="local date, inclusive")
    date_to = django_filters.DateFilter(method="filter_date_to", help_text="local date, inclusive")
    created_after = django_filters.IsoDateTimeFilter(
        method="filter_created_after", help_text="occurred at or after (a value without offset is local time)"
    )
    created_before = django_filters.IsoDateTimeFilter(
        method="filter_created_before", help_text="occurred before (a value without offset is local time)"
    )
    request_id = django_filters.CharFilter(field_name="request_id")

    class Meta:
        model = ActivityEvent
        fields: list[str] = []

    def is_valid(self) -> bool:
        valid = super().is_valid()
        data = self.form.cleaned_data if valid else {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.form.add_error("date_to", "Must not be before date_from.")
            return False
        return valid

    def filter_entity(self, queryset, name, value):  # type: ignore[no-untyped-def]
        types = {item.strip() for item in value.split(",")} - {""}
        return queryset.filter(entity_type__in=types) if types else queryset

    def filter_action(self, queryset, name, value):  # type: ignore[no-untyped-def]
        if value.endswith(".*"):
            return queryset.filter(action__startswith=value[:-1])
        return queryset.filter(action=value)

    def filter_date_from(self, queryset, name, value):  # type: ignore[no-untyped-def]
        return since(queryset, local_midnight(value))

    def filter_date_to(self, queryset, name, value):  # type: ignore[no-untyped-def]
        # Inclusive: everything before the next local midnight.
        return until(queryset, local_midnight(value, days=1))

    def filter_created_after(self, queryset, name, value):  # type: ignore[no-untyped-def]
        return since(queryset, value)

    def filter_created_before(self, queryset, name, value):  # type: ignore[no-untyped-def]
        return until(queryset, value)


# Bounds outside what the database can store (year 1 to 9999 in UTC) are answered without a query bound:
# below the range everything is later, above it nothing is.
_EARLIEST = dt.datetime(1, 1, 2, tzinfo=dt.UTC)
_LATEST = dt.datetime(9999, 12, 30, tzinfo=dt.UTC)


def local_midnight(day: dt.date, *, days: int = 0) -> dt.datetime | None:
    """00:00 of `day` (+ `days`) in `TIME_ZONE`, aware; None past the end of the calendar."""
    try:
        day += dt.timedelta(days=days)
    except OverflowError:
        return None
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def since(queryset: QuerySet[ActivityEvent], moment: dt.datetime | None) -> QuerySet[ActivityEvent]:
    """Events at or after `moment` (None: after the end of the calendar)."""
    if moment is None or moment > _LATEST:
        return queryset.none()
    return queryset if moment < _EARLIEST else queryset.filter(occurred_at__gte=moment)


def until(queryset: QuerySet[ActivityEvent], moment: dt.datetime | None) -> QuerySet[ActivityEvent]:
    """Events strictly before `moment` (None: after the end of the calendar)."""
    if moment is None or moment > _LATEST:
        return queryset
    return queryset.none() if moment < _EARLIEST else queryset.filter(occurred_at__lt=moment)
