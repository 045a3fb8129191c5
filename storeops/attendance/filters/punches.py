"""Query filters of attendance records, the approvals queue and the caller's own requests."""

from typing import Any

import django_filters
from django import forms

from storeops.api.filters import BooleanFilter, IdFilter
from storeops.attendance.filters.rosters import _DateRangeMixin
from storeops.attendance.models import Attendance, AttendanceRequest, RequestStatus, RequestType
from storeops.attendance.rules import AttendanceStatus


class _ChoiceListField(forms.CharField):
    """Comma-separated values of a closed set; an unknown value is refused, naming it."""

    def __init__(self, *args: Any, allowed: list[str], **kwargs: Any) -> None:
        self.allowed = allowed
        super().__init__(*args, **kwargs)

    def to_python(self, value: Any) -> list[str] | None:  # type: ignore[override]
        text = super().to_python(value)
        if not text:
            return None
        items = [item.strip() for item in text.split(",") if item.strip()]
        unknown = [item for item in items if item not in self.allowed]
        if unknown:
            raise forms.ValidationError(
                f'Unknown value "{unknown[0][:40]}". Use: {", ".join(self.allowed)}.', code="invalid_choice"
            )
        return items


class ChoiceListFilter(django_filters.Filter):
    field_class = _ChoiceListField

    def __init__(self, *args: Any, allowed: list[str], **kwargs: Any) -> None:
        kwargs.setdefault("lookup_expr", "in")
        kwargs.setdefault("help_text", f"comma list of: {', '.join(allowed)}")
        super().__init__(*args, allowed=allowed, **kwargs)


class AttendanceFilterSet(_DateRangeMixin, django_filters.FilterSet):
    user = IdFilter(field_name="user_id")
    store = IdFilter(field_name="store_id")
    shift = IdFilter(field_name="shift_id")
    status = ChoiceListFilter(field_name="status", allowed=list(AttendanceStatus.values))
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte")
    auto_closed = BooleanFilter(field_name="auto_closed")

    class Meta:
        model = Attendance
        fields = ["user", "store", "shift", "status", "date_from", "date_to", "auto_closed"]


class OwnRequestFilterSet(_DateRangeMixin, django_filters.FilterSet):
    type = ChoiceListFilter(field_name="type", allowed=list(RequestType.values))
    status = ChoiceListFilter(field_name="status", allowed=list(RequestStatus.values))
    date_from = django_filters.DateFilter(
        field_name="attendance__date", lookup_expr="gte", help_text="attendance date, inclusive"
    )
    date_to = django_filters.DateFilter(
        field_name="attendance__date", lookup_expr="lte", help_text="attendance date, inclusive"
    )

    class Meta:
        model = AttendanceRequest
        fields = ["type", "status", "date_from", "date_to"]


class ApprovalFilterSet(OwnRequestFilterSet):
    store = IdFilter(field_name="attendance__store_id")
    user = IdFilter(field_name="attendance__user_id")

    class Meta:
        model = AttendanceRequest
        fields = ["type", "status", "store", "user", "date_from", "date_to"]
