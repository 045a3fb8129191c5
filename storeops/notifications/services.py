"""Writing notifications into the outbox, inside the caller's transaction; delivery happens after commit."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import models as dj_models
from django.db import transaction

from storeops.activity.services import entity_type_of
from storeops.notifications.models import Notification


@dataclass(frozen=True)
class Recipient:
    email: str | None = None
    phone: str | None = None
    user: Any = None
    audience: str = Notification.Audience.CUSTOMER


def notify(
    *,
    event: str,
    template: str,
    channels: Iterable[str],
    recipients: Iterable[Recipient],
    context: dict[str, Any],
    entity: dj_models.Model | None = None,
) -> list[Notification]:
    """Create one row per (channel, address), merging duplicates, and schedule delivery on commit."""
    from storeops.notifications.rendering import render

    rows: list[Notification] = []
    seen: set[tuple[str, str]] = set()
    for recipient in recipients:
        for channel in channels:
            address = recipient.email if channel == Notification.Channel.EMAIL else recipient.phone
            if not address or (channel, address.lower()) in seen:
                continue
            seen.add((channel, address.lower()))
            subject, body = render(
                template=template, channel=channel, audience=recipient.audience, context=context
            )
            rows.append(
                Notification(
                    event=event,
                    channel=channel,
                    recipient=address,
                    recipient_user=recipient.user,
                    audience=recipient.audience,
                    subject=subject,
                    body=body,
                    entity_type=entity_type_of(entity) if entity is not None else "",
                    entity_id=str(entity.pk) if entity is not None else "",
                )
            )
    created = Notification.objects.bulk_create(rows)
    ids = [row.pk for row in created]
    if ids:
        from storeops.notifications.delivery import schedule_delivery

        transaction.on_commit(lambda: schedule_delivery(ids))
    return created
