"""Booking, response and taxonomy inputs (plain serializers) and outputs."""

import datetime as dt
import re
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from storeops.accounts.roles import Role
from storeops.api.fields import BooleanField, IdField, LowerEmailField, PhoneField
from storeops.bookings.models import (
    QUESTION_SET_VALIDATOR,
    Booking,
    BookingStatus,
    CustomerResponse,
    Issue,
    OtherIssue,
    Question,
)
from storeops.catalog.serializers import ProtectedOutput  # noqa: F401  (the shared 409 shape)

MAX_RESPONSES_AT_CREATE = 50

# ----- booking inputs ------------------------------------------------------------------------------------


TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"
_TIME = re.compile(TIME_PATTERN)


# JSON Schema's `time` format is RFC 3339's, which requires an offset; a booking time is a local wall time. The
# request side states the format in words only: schema-driven generators read a property named `time` as an
# RFC 3339 time and then cannot produce values that a pattern accepts.
@extend_schema_field({"type": "string", "description": "HH:MM or HH:MM:SS (24 h)", "example": "10:00"})
class BookingTimeField(serializers.TimeField):
    """`HH:MM` or `HH:MM:SS` (24 h), stored to the second; answered as `HH:MM:SS`."""

    def to_internal_value(self, value: Any) -> dt.time:
        if not isinstance(value, str) or not _TIME.match(value):
            self.fail("invalid", format="HH:MM or HH:MM:SS")
        hours, minutes, *seconds = (int(part) for part in value.split(":"))
        return dt.time(hours, minutes, seconds[0] if seconds else 0)


@extend_schema_field({"type": "string", "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"})
class BookingTimeOutputField(serializers.TimeField):
    """`HH:MM:SS`."""


class DetailsInput(serializers.Serializer):
    issues = serializers.ListField(child=IdField(), required=False, max_length=100)
    other_issues = serializers.ListField(child=IdField(), required=False, max_length=100)
    brand = serializers.CharField(max_length=100, required=False, allow_blank=True)
    product = serializers.CharField(max_length=100, required=False, allow_blank=True)


class ResponseItemInput(serializers.Serializer):
    question_set_name = serializers.CharField(max_length=50, required=False, allow_blank=True, default="")
    question = serializers.CharField(max_length=655)
    response = serializers.CharField(max_length=655, required=False, allow_blank=True, default="")


class _BookingFields(serializers.Serializer):
    name = serializers.CharField(max_length=255)
    email = LowerEmailField(max_length=254, required=False, allow_null=True, allow_blank=True)
    phone = PhoneField()
    address = serializers.CharField(max_length=500, required=False, allow_blank=True)
    message = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    store = IdField(required=False, allow_null=True)
    date = serializers.DateField()
    time = BookingTimeField()
    details = DetailsInput(required=False, allow_null=True)


class BookingCreateInput(_BookingFields):
    """The public booking form; `status`, `reason`, `attendant` and `user` are not read from it."""

    required_any_of = (("email",), ("phone",))

    responses = serializers.ListField(
        child=ResponseItemInput(), required=False, max_length=MAX_RESPONSES_AT_CREATE
    )
    captcha_token = serializers.CharField(
        write_only=True, required=False, allow_blank=True, max_length=4096, help_text="required unless staff"
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if not attrs.get("email") and not attrs.get("phone"):
            raise serializers.ValidationError({"email": ["Give an e-mail address or a phone number."]})
        return attrs


class BookingUpdateInput(_BookingFields):
    """An admin's change; at most one transition (`status`), with `reason` for cancel and reject."""

    status = serializers.ChoiceField(choices=BookingStatus.choices, required=False)
    reason = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    attendant = IdField(required=False, allow_null=True)


class BookingCancelInput(serializers.Serializer):
    """A customer's cancellation; other fields in the body are ignored."""

    status = serializers.ChoiceField(choices=BookingStatus.choices)
    reason = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="")


# ----- booking outputs -----------------------------------------------------------------------------------


class IssueBriefOutput(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class OtherIssueBriefOutput(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    estimated_price = serializers.DecimalField(max_digits=12, decimal_places=2)


class DetailsOutput(serializers.Serializer):
    issues = IssueBriefOutput(many=True)
    other_issues = OtherIssueBriefOutput(many=True)
    brand = serializers.CharField()
    product = serializers.CharField()


class BookingResponseOutput(serializers.ModelSerializer):
    class Meta:
        model = CustomerResponse
        fields = ["id", "question_set_name", "question", "response", "created_at"]
        read_only_fields = fields


class StatusChangeOutput(serializers.Serializer):
    from_status = serializers.CharField()
    to_status = serializers.CharField()
    reason = serializers.CharField()
    changed_at = serializers.DateTimeField()
    changed_by = serializers.IntegerField(allow_null=True, help_text="null in answers to customers")


def _is_customer(serializer: serializers.Field) -> bool:
    request = serializer.context.get("request")
    user = getattr(request, "user", None)
    return getattr(user, "role", None) == Role.CUSTOMER or not getattr(user, "is_authenticated", False)


class BookingOutput(serializers.ModelSerializer):
    time = BookingTimeOutputField(read_only=True)
    store_name = serializers.SerializerMethodField()
    attendant_name = serializers.SerializerMethodField()
    details = serializers.SerializerMethodField()
    responses = BookingResponseOutput(many=True, read_only=True)
    status_history = serializers.SerializerMethodField()

    class Meta:
        model = Booking
        fields = [
            "id", "reference", "name", "email", "phone", "address", "message", "store", "store_name",
            "date", "time", "status", "reason", "attendant", "attendant_name", "user", "details",
            "responses", "status_history", "created_at", "updated_at", "status_changed_at",
        ]  # fmt: skip
        read_only_fields = fields

    def get_store_name(self, obj: Booking) -> str | None:
        return obj.store.name if obj.store else None

    def get_attendant_name(self, obj: Booking) -> str | None:
        if obj.attendant is None:
            return None
        return obj.attendant.get_full_name() or obj.attendant.get_username()

    @extend_schema_field(DetailsOutput(allow_null=True))
    def get_details(self, obj: Booking) -> dict[str, Any] | None:
        if not obj.has_details:
            return None
        return {
            "issues": [{"id": i.pk, "name": i.name} for i in obj.issues.all()],
            "other_issues": [
                {"id": o.pk, "name": o.name, "estimated_price": f"{o.estimated_price:.2f}"}
                for o in obj.other_issues.all()
            ],
            "brand": obj.brand,
            "product": obj.product,
        }

    @extend_schema_field(StatusChangeOutput(many=True))
    def get_status_history(self, obj: Booking) -> list[dict[str, Any]]:
        hide_actor = _is_customer(self)
        field = serializers.DateTimeField()
        return [
            {
                "from_status": h.from_status,
                "to_status": h.to_status,
                "reason": h.reason,
                "changed_at": field.to_representation(h.changed_at),
                "changed_by": None if hide_actor else h.changed_by_id,
            }
            for h in obj.status_history.all()
        ]


# ----- responses -----------------------------------------------------------------------------------------


class ResponseCreateInput(serializers.Serializer):
    booking = serializers.CharField(max_length=32, help_text="the booking reference, e.g. BK-7K3QX9MD")
    question_set_name = serializers.CharField(max_length=50, required=False, allow_blank=True, default="")
    question = serializers.CharField(max_length=655)
    response = serializers.CharField(max_length=655, required=False, allow_blank=True, default="")


class ResponseCreatedOutput(serializers.ModelSerializer):
    booking = serializers.CharField(source="booking.reference", read_only=True)

    class Meta:
        model = CustomerResponse
        fields = ["id", "booking", "question_set_name", "question", "response", "created_at"]
        read_only_fields = fields


class ResponseOutput(ResponseCreatedOutput):
    class Meta(ResponseCreatedOutput.Meta):
        fields = [*ResponseCreatedOutput.Meta.fields, "booking_id"]
        read_only_fields = fields


# ----- taxonomies ----------------------------------------------------------------------------------------


class IssueWriteInput(serializers.Serializer):
    name = serializers.CharField(max_length=255)
    is_active = BooleanField(required=False, help_text="default true")


class OtherIssueWriteInput(IssueWriteInput):
    estimated_price = serializers.DecimalField(
        max_digits=12, decimal_places=2, min_value=0, required=False, help_text='default "0.00"'
    )


class QuestionWriteInput(serializers.Serializer):
    question_set_name = serializers.CharField(max_length=50, validators=[QUESTION_SET_VALIDATOR])
    question = serializers.CharField(max_length=655)
    position = serializers.IntegerField(
        min_value=0, max_value=2_147_483_647, required=False, help_text="default 0"
    )
    is_active = BooleanField(required=False, help_text="default true")


class IssueOutput(serializers.ModelSerializer):
    class Meta:
        model = Issue
        fields = ["id", "name", "is_active", "created_at", "updated_at"]
        read_only_fields = fields


class OtherIssueOutput(serializers.ModelSerializer):
    class Meta:
        model = OtherIssue
        fields = ["id", "name", "estimated_price", "is_active", "created_at", "updated_at"]
        read_only_fields = fields


class QuestionOutput(serializers.ModelSerializer):
    class Meta:
        model = Question
        fields = ["id", "question_set_name", "question", "position", "is_active", "created_at", "updated_at"]
        read_only_fields = fields


class FormQuestionOutput(serializers.ModelSerializer):
    class Meta:
        model = Question
        fields = ["id", "question_set_name", "question", "position"]
        read_only_fields = fields


class BookingFormOutput(serializers.Serializer):
    issues = IssueBriefOutput(many=True)
    other_issues = OtherIssueBriefOutput(many=True)
    questions = FormQuestionOutput(many=True)


# ----- public status lookup ---------------------------------------------------------------------------------


class BookingLookupInput(serializers.Serializer):
    reference = serializers.CharField(
        max_length=32, help_text="the booking reference, any case (BK-7K3QX9MD)"
    )
    email = serializers.EmailField(max_length=254, help_text="the e-mail address given with the booking")
