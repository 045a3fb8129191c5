from django.db.models import QuerySet

from storeops.notifications.models import Notification


def notification_list(*, actor: object) -> QuerySet[Notification]:
    """Every outbox row; only system admins reach this (the permission table), so there is no row scoping."""
    return Notification.objects.order_by("-created_at", "-id")
