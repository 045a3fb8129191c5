"""Inputs and outputs of punches, requests, approvals and the advisor's day (spec 05 §6–§11)."""

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from storeops.api.fields import IdField
from storeops.attendance import policy
from storeops.attendance.models import Attendance, AttendanceRequest, RequestStatus, RequestType
from storeops.attendance.serializers.rosters import ShiftBriefOutput

NULLABLE_TEXT = {"type": "string", "nullable": True}
SIX_PLACES = Decimal("0.000001")
TWO_PLACES = Decimal("0.01")


def _coordinate(limit: int, **kwargs: Any) -> serializers.DecimalField:
    # Devices send more decimals than the six stored (about 0.1 m): accept them and round.
    return serializers.DecimalField(
        max_digits=24, decimal_places=18, min_value=Decimal(-limit), max_value=Decimal(limit), **kwargs
    )


class PunchInput(serializers.Serializer):
    """Fields shared by check-in and check-out; `lat`/`lon` are aliases, the long names win."""

    latitude = _coordinate(90, required=False)
    lat = _coordinate(90, required=False)
    longitude = _coordinate(180, required=False)
    lon = _coordinate(180, required=False)
    accuracy_m = serializers.DecimalField(
        max_digits=24, decimal_places=18, min_value=Decimal(0), max_value=Decimal(100_000), required=False
    )
    photo = serializers.FileField()
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        missing: dict[str, list[str]] = {}
        for name, alias in (("latitude", "lat"), ("longitude", "lon")):
            value = attrs.pop(name, None)
            alias_value = attrs.pop(alias, None)
            chosen = value if value is not None else alias_value
            if chosen is None:
                missing[name] = ["This field is required."]
            else:
                attrs[name] = chosen.quantize(SIX_PLACES, rounding=ROUND_HALF_UP)
        if missing:
            raise serializers.ValidationError(missing)
        if attrs.get("accuracy_m") is not None:
            attrs["accuracy_m"] = attrs["accuracy_m"].quantize(TWO_PLACES, rounding=ROUND_HALF_UP)
        return attrs


class CheckInInput(PunchInput):
    shift_id = IdField(required=False)


class CheckOutInput(PunchInput):
    attendance_id = IdField(required=False)
    ot_request_minutes = serializers.IntegerField(required=False, min_value=1)

    def validate_ot_request_minutes(self, value: int) -> int:
        most = policy.ot_request_max_minutes()
        if value > most:
            raise serializers.ValidationError(f"Ensure this value is less than or equal to {most}.")
        return value


class LocalDateTimeField(serializers.DateTimeField):
    """A datetime whose missing offset is filled in later by the service (the store's zone, not the server's)."""

    def enforce_timezone(self, value):  # type: ignore[no-untyped-def]
        return value if timezone.is_naive(value) else super().enforce_timezone(value)


class AdjustRequestInput(serializers.Serializer):
    attendance = IdField()
    type = serializers.CharField(required=False, default=RequestType.ADJUST)
    set_check_in = LocalDateTimeField(required=False, allow_null=True)
    set_check_out = LocalDateTimeField(required=False, allow_null=True)
    reason = serializers.CharField(max_length=500)

    def validate_type(self, value: str) -> str:
        if value != RequestType.ADJUST:
            raise serializers.ValidationError("Only ADJUST requests can be created here.")
        return value


class DecisionInput(serializers.Serializer):
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


# ----- outputs ---------------------------------------------------------------------------------------------


class RequestBriefOutput(serializers.ModelSerializer):
    class Meta:
        model = AttendanceRequest
        fields = ["id", "type", "status"]
        read_only_fields = fields


def photo_url(row: Attendance, phase: str) -> str | None:
    name = row.check_in_photo if phase == "in" else row.check_out_photo
    return f"/api/attendance/{row.pk}/photo/{phase}" if name else None


class AttendanceOutput(serializers.ModelSerializer):
    user_name = serializers.CharField(source="user.full_name", read_only=True)
    store_name = serializers.CharField(source="store.name", read_only=True)
    shift_name = serializers.CharField(source="shift.name", read_only=True)
    check_in_photo_url = serializers.SerializerMethodField()
    check_out_photo_url = serializers.SerializerMethodField()
    requests = RequestBriefOutput(many=True, read_only=True)

    class Meta:
        model = Attendance
        fields = [
            "id",
            "user",
            "user_name",
            "store",
            "store_name",
            "date",
            "shift",
            "shift_name",
            "shift_start",
            "shift_end",
            "check_in",
            "check_in_latitude",
            "check_in_longitude",
            "check_in_accuracy_m",
            "check_in_distance_m",
            "check_in_photo_url",
            "check_out",
            "check_out_latitude",
            "check_out_longitude",
            "check_out_accuracy_m",
            "check_out_distance_m",
            "check_out_photo_url",
            "worked_minutes",
            "late_minutes",
            "early_out_minutes",
            "ot_minutes",
            "late_excused",
            "status",
            "auto_closed",
            "notes",
            "requests",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(NULLABLE_TEXT)
    def get_check_in_photo_url(self, row: Attendance) -> str | None:
        return photo_url(row, "in")

    @extend_schema_field(NULLABLE_TEXT)
    def get_check_out_photo_url(self, row: Attendance) -> str | None:
        return photo_url(row, "out")


class RequestOutput(serializers.ModelSerializer):
    """An item of the approvals queue and of the caller's own requests (§10.2)."""

    attendance_date = serializers.DateField(source="attendance.date", read_only=True)
    attendance_status = serializers.CharField(source="attendance.status", read_only=True)
    user = serializers.IntegerField(source="attendance.user_id", read_only=True)
    user_name = serializers.CharField(source="attendance.user.full_name", read_only=True)
    store = serializers.IntegerField(source="attendance.store_id", read_only=True)
    store_name = serializers.CharField(source="attendance.store.name", read_only=True)
    shift_name = serializers.CharField(source="attendance.shift.name", read_only=True)
    decided_by_name = serializers.SerializerMethodField()
    meta = serializers.DictField(read_only=True)
    type = serializers.ChoiceField(choices=RequestType.choices, read_only=True)
    status = serializers.ChoiceField(choices=RequestStatus.choices, read_only=True)

    class Meta:
        model = AttendanceRequest
        fields = [
            "id",
            "type",
            "status",
            "reason",
            "meta",
            "attendance",
            "attendance_date",
            "attendance_status",
            "user",
            "user_name",
            "store",
            "store_name",
            "shift_name",
            "requested_by",
            "created_at",
            "decided_by",
            "decided_by_name",
            "decided_at",
            "decision_note",
        ]
        read_only_fields = fields

    @extend_schema_field(NULLABLE_TEXT)
    def get_decided_by_name(self, row: AttendanceRequest) -> str | None:
        return row.decided_by.full_name if row.decided_by_id and row.decided_by else None


class DecisionOutput(RequestOutput):
    attendance_detail = serializers.SerializerMethodField()

    class Meta(RequestOutput.Meta):
        fields = [*RequestOutput.Meta.fields, "attendance_detail"]
        read_only_fields = fields

    @extend_schema_field(AttendanceOutput)
    def get_attendance_detail(self, row: AttendanceRequest) -> dict[str, Any]:
        return dict(AttendanceOutput(row.attendance, context=self.context).data)


class WindowOutput(serializers.Serializer):
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()


class GeofenceBriefOutput(serializers.Serializer):
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6)
    radius_m = serializers.IntegerField()


class TodayOutput(serializers.Serializer):
    date = serializers.DateField()
    store = serializers.IntegerField(allow_null=True)
    store_name = serializers.CharField(allow_null=True)
    timezone = serializers.CharField(allow_null=True)
    day_off = serializers.BooleanField()
    day_off_reason = serializers.ChoiceField(
        choices=["week_off", "exception", "holiday", "none"], allow_null=True
    )
    shift = ShiftBriefOutput(allow_null=True)
    shift_window = WindowOutput(allow_null=True)
    can_check_in_from = serializers.DateTimeField(allow_null=True)
    early_checkin_window_min = serializers.IntegerField()
    cta_state = serializers.ChoiceField(choices=["start", "end", "complete"])
    attendance_id = serializers.IntegerField(allow_null=True)
    attendance_status = serializers.CharField(allow_null=True)
    geofence = GeofenceBriefOutput(allow_null=True)
    server_time = serializers.DateTimeField()
