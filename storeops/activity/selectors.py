"""Reading the audit trail."""

from django.db.models import QuerySet

from storeops.activity.models import ActivityEvent


def event_list(*, actor: object) -> QuerySet[ActivityEvent]:
    """Every event, newest first; only system admins reach this (the permission table), so no row scoping.

    The output names the actor and store by id only, so nothing needs joining.
    """
    return ActivityEvent.objects.order_by("-occurred_at", "-id")
