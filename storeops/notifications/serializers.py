from rest_framework import serializers

from storeops.notifications.models import Notification


class NotificationOutput(serializers.ModelSerializer):
    class Meta:
        model = Notification
        fields = [
            "id",
            "event",
            "channel",
            "recipient",
            "recipient_user",
            "audience",
            "subject",
            "body",
            "entity_type",
            "entity_id",
            "status",
            "attempts",
            "last_error",
            "next_attempt_at",
            "sent_at",
            "created_at",
        ]
        read_only_fields = fields


class NotificationErrorOutput(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
