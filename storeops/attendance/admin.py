"""Admin-site pages of the roster models; every write goes through the same services as the API."""

from typing import Any

from django import forms
from django.contrib import admin
from django.db import models

from storeops.attendance.models import (
    Attendance,
    AttendanceRequest,
    PayrollProfile,
    RosterException,
    Schedule,
    Shift,
    WeekOff,
)
from storeops.attendance.services import geofences, payroll, roster_exceptions, rosters
from storeops.core.admin import ServiceModelAdmin
from storeops.stores.models import Geofence


def _ids(data: dict[str, Any]) -> dict[str, Any]:
    """Form values hold rows for foreign keys; the services take ids (or rows, for shifts)."""
    return {name: value.pk if isinstance(value, models.Model) else value for name, value in data.items()}


@admin.register(Shift)
class ShiftAdmin(ServiceModelAdmin):
    fields = ["name", "start_time", "end_time", "is_active"]
    list_display = ["name", "start_time", "end_time", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name"]

    def service_create(self, data: dict[str, Any], actor: Any) -> Shift:
        return rosters.shift_create(data=data, actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> Shift:
        return rosters.shift_update(shift=obj, data=data, actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        rosters.shift_deactivate(shift=obj, actor=actor)


class ScheduleAdminForm(forms.ModelForm):
    class Meta:
        model = Schedule
        fields = [
            "user",
            "rule_type",
            "default_shift",
            "anchor_monday",
            "parity_offset",
            "week_even_shift",
            "week_odd_shift",
            "is_active",
        ]

    def clean_anchor_monday(self) -> Any:
        value = self.cleaned_data.get("anchor_monday")
        if value is not None and value.weekday() != 0:
            raise forms.ValidationError("Must be a Monday.")
        return value


@admin.register(Schedule)
class ScheduleAdmin(ServiceModelAdmin):
    form = ScheduleAdminForm
    list_display = ["user", "rule_type", "default_shift", "anchor_monday", "is_active"]
    list_filter = ["rule_type", "is_active"]
    list_select_related = ["user", "default_shift"]
    raw_id_fields = ["user"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]

    def service_create(self, data: dict[str, Any], actor: Any) -> Schedule:
        return rosters.schedule_create(data=_ids(data), actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> Schedule:
        return rosters.schedule_update(schedule=obj, data=_ids(data), actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        rosters.schedule_deactivate(schedule=obj, actor=actor)


@admin.register(WeekOff)
class WeekOffAdmin(ServiceModelAdmin):
    fields = ["user", "weekday", "is_active"]
    list_display = ["user", "weekday", "is_active"]
    list_filter = ["weekday", "is_active"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]

    def service_create(self, data: dict[str, Any], actor: Any) -> WeekOff:
        return rosters.weekoff_create(data=_ids(data), actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> WeekOff:
        return rosters.weekoff_update(weekoff=obj, data=_ids(data), actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        rosters.weekoff_deactivate(weekoff=obj, actor=actor)


@admin.register(RosterException)
class RosterExceptionAdmin(ServiceModelAdmin):
    fields = ["user", "store", "date", "mark_off", "override_shift", "reason"]
    list_display = ["date", "user", "store", "mark_off", "override_shift", "created_by"]
    list_filter = ["mark_off"]
    list_select_related = ["user", "store", "override_shift", "created_by"]
    raw_id_fields = ["user"]
    date_hierarchy = "date"

    def service_create(self, data: dict[str, Any], actor: Any) -> RosterException:
        return roster_exceptions.exception_create(data=_ids(data), actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> RosterException:
        return roster_exceptions.exception_update(exception=obj, data=_ids(data), actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        roster_exceptions.exception_delete(exception=obj, actor=actor)


@admin.register(PayrollProfile)
class PayrollProfileAdmin(ServiceModelAdmin):
    fields = ["user", "hourly_rate", "ot_multiplier", "effective_from"]
    list_display = ["user", "effective_from", "hourly_rate", "ot_multiplier"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
    date_hierarchy = "effective_from"

    def service_create(self, data: dict[str, Any], actor: Any) -> PayrollProfile:
        return payroll.payroll_create(data=_ids(data), actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> PayrollProfile:
        return payroll.payroll_update(profile=obj, data=_ids(data), actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        payroll.payroll_delete(profile=obj, actor=actor)


@admin.register(Geofence)
class GeofenceAdmin(ServiceModelAdmin):
    fields = ["store", "latitude", "longitude", "radius_m", "is_active"]
    list_display = ["store", "latitude", "longitude", "radius_m", "is_active"]
    list_filter = ["is_active"]
    list_select_related = ["store"]

    def get_readonly_fields(self, request: Any, obj: Any = None) -> Any:
        # A geofence stays with its store; the store is chosen once, when it is created.
        return ["store"] if obj is not None else []

    def service_create(self, data: dict[str, Any], actor: Any) -> Geofence:
        fence, _created = geofences.geofence_upsert(data=_ids(data), actor=actor)
        return fence

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> Geofence:
        return geofences.geofence_update(geofence=obj, data=data, actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        geofences.geofence_deactivate(geofence=obj, actor=actor)


class _ViewOnlyAdmin(admin.ModelAdmin):
    """Punches and requests change only through the API's services (locks, recomputation, audit): view only."""

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Attendance)
class AttendanceAdmin(_ViewOnlyAdmin):
    # Photo names are left out: the files are private and served only by the API after its scope check.
    exclude = ["check_in_photo", "check_out_photo"]
    list_display = ["date", "user", "store", "shift", "check_in", "check_out", "worked_minutes", "status"]
    list_filter = ["status", "auto_closed", "store"]
    list_select_related = ["user", "store", "shift"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    date_hierarchy = "date"


@admin.register(AttendanceRequest)
class AttendanceRequestAdmin(_ViewOnlyAdmin):
    list_display = ["created_at", "type", "status", "attendance", "requested_by", "decided_by", "decided_at"]
    list_filter = ["type", "status"]
    list_select_related = ["attendance", "requested_by", "decided_by"]
