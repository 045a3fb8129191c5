"""Inputs and outputs of the roster admin API (spec 05 §13). Inputs only check fields; services check rules."""

import datetime as dt
from decimal import Decimal
from typing import Any

from rest_framework import serializers

from storeops.api.fields import BooleanField, IdField
from storeops.attendance import policy
from storeops.attendance.models import PayrollProfile, RosterException, RuleType, Schedule, Shift, WeekOff
from storeops.attendance.selectors.schedule import SOURCES
from storeops.attendance.serializers.fields import ClockTimeField
from storeops.stores.models import Geofence

# ----- inputs ---------------------------------------------------------------------------------------------


class ShiftWriteInput(serializers.Serializer):
    name = serializers.CharField(max_length=64)
    start_time = ClockTimeField()
    end_time = ClockTimeField()
    is_active = BooleanField(required=False, help_text="default true")


class ScheduleWriteInput(serializers.Serializer):
    user = IdField(help_text="an active advisor without another schedule")
    rule_type = serializers.ChoiceField(choices=RuleType.choices)
    default_shift = IdField(
        required=False, allow_null=True, help_text="required for `fixed`; an active shift"
    )
    anchor_monday = serializers.DateField(
        required=False, allow_null=True, help_text="a Monday; required for `alternate_weekly`"
    )
    parity_offset = serializers.IntegerField(required=False, min_value=0, max_value=1, help_text="default 0")
    week_even_shift = IdField(required=False, allow_null=True, help_text="required for `alternate_weekly`")
    week_odd_shift = IdField(required=False, allow_null=True, help_text="required for `alternate_weekly`")
    is_active = BooleanField(required=False, help_text="default true")

    def validate_anchor_monday(self, value: dt.date | None) -> dt.date | None:
        if value is not None and value.weekday() != 0:
            raise serializers.ValidationError("Must be a Monday.")
        return value


class WeekOffWriteInput(serializers.Serializer):
    user = IdField(help_text="an advisor")
    weekday = serializers.IntegerField(min_value=0, max_value=6, help_text="0 = Monday … 6 = Sunday")
    is_active = BooleanField(required=False, help_text="default true")


class ExceptionWriteInput(serializers.Serializer):
    """Exactly one of `user`/`store` and of `mark_off=true`/`override_shift`. PUT replaces all fields: omitted
    ones take their defaults (null, false, blank)."""

    user = IdField(required=False, allow_null=True, default=None, help_text="an advisor; or give `store`")
    store = IdField(
        required=False, allow_null=True, default=None, help_text="a store-wide day; or give `user`"
    )
    date = serializers.DateField()
    mark_off = BooleanField(required=False, default=False, help_text="a day off; or give `override_shift`")
    override_shift = IdField(required=False, allow_null=True, default=None, help_text="an active shift")
    reason = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class GeofenceUpdateInput(serializers.Serializer):
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6, min_value=-90, max_value=90)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6, min_value=-180, max_value=180)
    radius_m = serializers.IntegerField(
        required=False, min_value=10, max_value=5000, help_text="default ATTENDANCE_DEFAULT_GEOFENCE_RADIUS_M"
    )
    is_active = BooleanField(required=False, help_text="default true")


class GeofenceWriteInput(GeofenceUpdateInput):
    store = IdField(help_text="the store; its geofence is created or updated (upsert)")


class PayrollWriteInput(serializers.Serializer):
    user = IdField(help_text="an advisor")
    hourly_rate = serializers.DecimalField(max_digits=8, decimal_places=2, min_value=Decimal("0"))
    ot_multiplier = serializers.DecimalField(
        max_digits=4,
        decimal_places=2,
        required=False,
        max_value=Decimal("5"),
        help_text='> 0, default "1.00"',
    )
    effective_from = serializers.DateField(required=False, help_text="default today")

    def validate_ot_multiplier(self, value: Decimal) -> Decimal:
        if value <= 0:
            raise serializers.ValidationError("Ensure this value is greater than 0.")
        return value


class PreviewQueryInput(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField()

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        start, end = attrs["start"], attrs["end"]
        if end < start:
            raise serializers.ValidationError({"end": ["Must not be before start."]})
        longest = policy.preview_max_days()
        if (end - start).days + 1 > longest:
            raise serializers.ValidationError({"end": [f"The range may span at most {longest} days."]})
        return attrs


# ----- outputs --------------------------------------------------------------------------------------------


class ShiftOutput(serializers.ModelSerializer):
    start_time = ClockTimeField(read_only=True)
    end_time = ClockTimeField(read_only=True)
    is_overnight = serializers.BooleanField(read_only=True)
    total_minutes = serializers.IntegerField(read_only=True)

    class Meta:
        model = Shift
        fields = [
            "id",
            "name",
            "start_time",
            "end_time",
            "is_overnight",
            "total_minutes",
            "is_active",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ShiftBriefOutput(serializers.ModelSerializer):
    start_time = ClockTimeField(read_only=True)
    end_time = ClockTimeField(read_only=True)

    class Meta:
        model = Shift
        fields = ["id", "name", "start_time", "end_time"]
        read_only_fields = fields


class _UserNameMixin(serializers.Serializer):
    user_name = serializers.SerializerMethodField()

    def get_user_name(self, obj: Any) -> str | None:
        return obj.user.full_name if obj.user_id is not None else None


class ScheduleOutput(_UserNameMixin, serializers.ModelSerializer):
    store = serializers.SerializerMethodField()

    class Meta:
        model = Schedule
        fields = [
            "id",
            "user",
            "user_name",
            "store",
            "rule_type",
            "default_shift",
            "anchor_monday",
            "parity_offset",
            "week_even_shift",
            "week_odd_shift",
            "is_active",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_store(self, obj: Schedule) -> int | None:
        """The advisor's current store."""
        return obj.user.store_id


class WeekOffOutput(_UserNameMixin, serializers.ModelSerializer):
    class Meta:
        model = WeekOff
        fields = ["id", "user", "user_name", "weekday", "is_active", "created_at", "updated_at"]
        read_only_fields = fields


class ExceptionOutput(_UserNameMixin, serializers.ModelSerializer):
    store_name = serializers.SerializerMethodField()

    class Meta:
        model = RosterException
        fields = [
            "id",
            "user",
            "user_name",
            "store",
            "store_name",
            "date",
            "mark_off",
            "override_shift",
            "reason",
            "created_by",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_store_name(self, obj: RosterException) -> str | None:
        store = obj.store
        return store.name if store is not None else None


class GeofenceAdminOutput(serializers.ModelSerializer):
    store_name = serializers.CharField(source="store.name", read_only=True)

    class Meta:
        model = Geofence
        fields = [
            "id",
            "store",
            "store_name",
            "latitude",
            "longitude",
            "radius_m",
            "is_active",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class PayrollOutput(_UserNameMixin, serializers.ModelSerializer):
    class Meta:
        model = PayrollProfile
        fields = [
            "id",
            "user",
            "user_name",
            "hourly_rate",
            "ot_multiplier",
            "effective_from",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class PreviewDayOutput(serializers.Serializer):
    date = serializers.DateField()
    shift = ShiftBriefOutput(allow_null=True)
    # A declared field, not `Field.source`: the serializer metaclass takes it out of the class attributes.
    source = serializers.ChoiceField(choices=SOURCES)  # type: ignore[assignment]


class PreviewOutput(serializers.Serializer):
    schedule = serializers.IntegerField()
    user = serializers.IntegerField()
    schedule_active = serializers.BooleanField()
    days = PreviewDayOutput(many=True)
