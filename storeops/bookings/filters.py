"""Query parameters of the booking, response and taxonomy lists; invalid values are a 400 naming them."""

import datetime as dt
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Q, QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from storeops.api.filters import BooleanFilter, IdFilter
from storeops.bookings.models import Booking, BookingStatus, CustomerResponse, Issue, OtherIssue, Question
from storeops.core.ids import MAX_ID, is_digits, parse_id

# Bounds the database can store in UTC; beyond them a bound is answered without a query condition.
_EARLIEST = dt.datetime(1, 1, 2, tzinfo=dt.UTC)
_LATEST = dt.datetime(9999, 12, 30, tzinfo=dt.UTC)


def id_filter(**kwargs: Any) -> IdFilter:
    return IdFilter(validators=[MinValueValidator(1), MaxValueValidator(MAX_ID)], **kwargs)


class _ChoicesField(forms.Field):
    """A comma list of choices; an unknown item is refused."""

    def __init__(self, *, allowed: tuple[str, ...] = (), **kwargs: Any) -> None:
        self.allowed = allowed
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> list[str] | None:
        text = "" if value in self.empty_values else str(value)
        items = [item.strip() for item in text.split(",") if item.strip()]
        for item in items:
            if item not in self.allowed:
                raise ValidationError(f'"{item[:40]}" is not a valid choice.', code="invalid_choice")
        return items or None


class ChoicesFilter(django_filters.Filter):
    field_class = _ChoicesField

    def filter(self, qs: QuerySet[Any], value: list[str] | None) -> QuerySet[Any]:
        return qs.filter(**{f"{self.field_name}__in": value}) if value else qs


def status_filter() -> ChoicesFilter:
    values = tuple(BookingStatus.values)
    return ChoicesFilter(field_name="status", allowed=values, help_text=f"comma list of: {', '.join(values)}")


@extend_schema_field(OpenApiTypes.DATETIME)
class MomentFilter(django_filters.IsoDateTimeFilter):
    """An ISO 8601 moment; typed in the schema, which cannot read it from a filter with a method."""


def moment_filter(field: str, *, after: bool) -> MomentFilter:
    def apply(qs: QuerySet[Any], name: str, value: dt.datetime | None) -> QuerySet[Any]:
        if value is None:
            return qs
        if after:
            if value > _LATEST:
                return qs.none()
            return qs if value < _EARLIEST else qs.filter(**{f"{field}__gte": value})
        if value < _EARLIEST:
            return qs.none()
        return qs if value > _LATEST else qs.filter(**{f"{field}__lte": value})

    side = "at or after" if after else "at or before"
    return MomentFilter(method=apply, help_text=f"{field} {side} this moment")


def search_filter(*fields: str) -> django_filters.CharFilter:
    def apply(qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        term = value.strip()
        if not term:
            return qs
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__icontains": term})
        return qs.filter(condition)

    return django_filters.CharFilter(
        method=apply, help_text=f"case-insensitive substring of {', '.join(fields)}"
    )


def _reference(qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
    term = value.strip().upper()
    return qs.filter(reference=term) if term else qs


class BookingFilterSet(django_filters.FilterSet):
    status = status_filter()
    store = id_filter(field_name="store_id")
    attendant = id_filter(field_name="attendant_id")
    user = id_filter(field_name="user_id")
    date_from = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", help_text="on `date`, inclusive"
    )
    date_to = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", help_text="on `date`, inclusive"
    )
    created_after = moment_filter("created_at", after=True)
    created_before = moment_filter("created_at", after=False)
    reference = django_filters.CharFilter(method=_reference, help_text="exact, any case")
    search = search_filter("reference", "name", "email", "phone")

    class Meta:
        model = Booking
        fields: list[str] = []


def _booking_ref(qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
    term = value.strip()
    if not term:
        return qs
    if is_digits(term):
        number = parse_id(term)
        return qs.filter(booking_id=number) if number is not None else qs.none()
    return qs.filter(booking__reference=term.upper())


class ResponseFilterSet(django_filters.FilterSet):
    booking = django_filters.CharFilter(method=_booking_ref, help_text="booking id or reference")
    question_set_name = django_filters.CharFilter(field_name="question_set_name")
    created_after = moment_filter("created_at", after=True)
    created_before = moment_filter("created_at", after=False)

    class Meta:
        model = CustomerResponse
        fields: list[str] = []


class IssueFilterSet(django_filters.FilterSet):
    is_active = BooleanFilter(field_name="is_active")
    search = search_filter("name")

    class Meta:
        model = Issue
        fields: list[str] = []


class OtherIssueFilterSet(IssueFilterSet):
    class Meta:
        model = OtherIssue
        fields: list[str] = []


def _question_sets(qs: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
    names = [item.strip() for item in value.split(",") if item.strip()]
    return qs.filter(question_set_name__in=names) if names else qs


class QuestionFilterSet(django_filters.FilterSet):
    is_active = BooleanFilter(field_name="is_active")
    search = search_filter("question")
    question_set_name = django_filters.CharFilter(method=_question_sets, help_text="comma list, exact")

    class Meta:
        model = Question
        fields: list[str] = []
