import django_filters

from storeops.notifications.models import Notification


class NotificationFilterSet(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=Notification.Status.choices)
    channel = django_filters.ChoiceFilter(choices=Notification.Channel.choices)
    event = django_filters.CharFilter()
    entity_type = django_filters.CharFilter()
    entity_id = django_filters.CharFilter()
    recipient = django_filters.CharFilter(lookup_expr="icontains")
    created_after = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="lte")

    class Meta:
        model = Notification
        fields = [
            "status",
            "channel",
            "event",
            "entity_type",
            "entity_id",
            "recipient",
            "created_after",
            "created_before",
        ]
