from rest_framework import serializers

from storeops.activity.models import ActivityEvent

EVENT_FIELDS = [
    "id",
    "occurred_at",
    "actor",
    "actor_label",
    "actor_role",
    "action",
    "entity_type",
    "entity_id",
    "entity_label",
    "store",
    "changes",
    "reason",
    "metadata",
    "request_id",
    "ip",
]


class ActivityEventOutput(serializers.ModelSerializer):
    changes = serializers.DictField(
        read_only=True, help_text="{field: [old, new]}; full values on create/delete"
    )
    metadata = serializers.DictField(read_only=True)

    class Meta:
        model = ActivityEvent
        fields = EVENT_FIELDS
        read_only_fields = fields


class ExportFormatInput(serializers.Serializer):
    format = serializers.ChoiceField(
        choices=["csv", "json"],
        required=False,
        default="csv",
        error_messages={"invalid_choice": "Choose csv or json."},
    )
