from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from storeops.api.fields import LowerEmailField, PhoneField
from storeops.api.schema import PYTHON_WHITESPACE
from storeops.marketing.models import CallRequest, ContactRequest, LeadStatus
from storeops.marketing.outputs import history_out
from storeops.marketing.services import call_slot_check

BLANK = "This field may not be blank."
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"


_SEP = f"[{PYTHON_WHITESPACE}().-]"
# Exactly what `normalize_phone` accepts: 10 digits, or `+` and 8–15 digits, with separators anywhere.
PHONE_PATTERN = f"^{_SEP}*(?:\\+{_SEP}*(?:[0-9]{_SEP}*){{8,15}}|(?:[0-9]{_SEP}*){{10}})$"


@extend_schema_field({"type": "string", "pattern": PHONE_PATTERN, "example": "+919800000001"})
class MobileField(PhoneField):
    """The phone rule, and required: blank or spaces only are refused like a missing number."""

    def __init__(self, **kwargs: Any) -> None:
        # No raw length limit: separators are free, the stored number has at most 16 characters.
        super().__init__(required=True, allow_null=False, allow_blank=False, max_length=None, **kwargs)

    def run_validation(self, data: Any = serializers.empty) -> Any:
        value = super().run_validation(data)
        if value is None:
            raise serializers.ValidationError(BLANK, code="blank")
        return value


@extend_schema_field({"type": "string", "pattern": TIME_PATTERN, "example": "10:30"})
class ClockTimeField(serializers.TimeField):
    """`HH:MM` or `HH:MM:SS`, a wall-clock time without offset."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(input_formats=["%H:%M", "%H:%M:%S"], **kwargs)


@extend_schema_field(
    {
        "type": "string",
        "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?$",
        "example": "10:30:00",
    }
)
class ClockTimeOutputField(serializers.TimeField):
    """A wall-clock time `HH:MM:SS` in `TIME_ZONE`, without offset (JSON Schema's `time` format requires one)."""


class CaptchaMixin(serializers.Serializer):
    # Required for everybody but signed-in staff; a missing token is refused like an invalid one.
    captcha_token = serializers.CharField(
        required=False, allow_blank=True, write_only=True, max_length=4096, trim_whitespace=False
    )


class ContactCreateInput(CaptchaMixin):
    name = serializers.CharField(max_length=255)
    mobile_no = MobileField()
    email = LowerEmailField(max_length=254, required=False, allow_blank=True)
    message = serializers.CharField(max_length=2000)


class CallRequestCreateInput(CaptchaMixin):
    name = serializers.CharField(max_length=255)
    mobile_no = MobileField()
    date = serializers.DateField(input_formats=["%Y-%m-%d"])
    time = ClockTimeField()
    message = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        # The service checks the slot again; checking here reports it with the other field errors.
        call_slot_check(date=attrs["date"], time=attrs["time"])
        return attrs


class LeadUpdateInput(serializers.Serializer):
    required_any_of = (("status",), ("note",))

    status = serializers.ChoiceField(choices=LeadStatus.choices, required=False)
    note = serializers.CharField(max_length=1000, required=False)


class HistoryEntryOutput(serializers.Serializer):
    from_status = serializers.ChoiceField(choices=LeadStatus.choices)
    to_status = serializers.ChoiceField(choices=LeadStatus.choices)
    note = serializers.CharField()
    changed_by = serializers.IntegerField(allow_null=True)
    changed_by_name = serializers.CharField()
    changed_at = serializers.DateTimeField()


class _LeadAdminFields(serializers.ModelSerializer):
    history = serializers.SerializerMethodField()

    @extend_schema_field(HistoryEntryOutput(many=True))
    def get_history(self, obj: Any) -> list[dict[str, Any]]:
        return history_out(obj.history)


class ContactOutput(serializers.ModelSerializer):
    email = serializers.CharField(read_only=True, help_text="Lower-cased; blank when none was given.")

    class Meta:
        model = ContactRequest
        fields = ["id", "name", "mobile_no", "email", "message", "created_at"]
        read_only_fields = fields


class ContactAdminOutput(_LeadAdminFields):
    email = serializers.CharField(read_only=True, help_text="Lower-cased; blank when none was given.")

    class Meta:
        model = ContactRequest
        fields = [*ContactOutput.Meta.fields, "status", "history", "updated_at"]
        read_only_fields = fields


class CallRequestOutput(serializers.ModelSerializer):
    time = ClockTimeOutputField(read_only=True)

    class Meta:
        model = CallRequest
        fields = ["id", "name", "mobile_no", "date", "time", "message", "created_at"]
        read_only_fields = fields


class CallRequestAdminOutput(_LeadAdminFields):
    time = ClockTimeOutputField(read_only=True)

    class Meta:
        model = CallRequest
        fields = [*CallRequestOutput.Meta.fields, "status", "history", "updated_at"]
        read_only_fields = fields
