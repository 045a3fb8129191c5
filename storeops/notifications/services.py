"""Writing notifications into the outbox, inside the caller's transaction; delivery happens after commit."""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import models as dj_models
from django.db import transaction
from django.utils import timezone

from storeops.activity import actions
from storeops.activity.services import entity_type_of, record
from storeops.core.errors import Conflict
from storeops.notifications.models import Notification

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recipient:
    email: str | None = None
    phone: str | None = None
    user: Any = None
    audience: str = Notification.Audience.CUSTOMER


def enabled_channels(channels: Iterable[str]) -> list[str]:
    """The requested channels that can deliver here: known ones, and SMS only with a gateway configured."""
    result: list[str] = []
    for channel in channels:
        if channel not in Notification.Channel.values:
            logger.warning("unknown notification channel %r ignored", channel)
        elif channel == Notification.Channel.SMS and not settings.SMS_GATEWAY_URL:
            continue
        elif channel not in result:
            result.append(channel)
    return result


def notify(
    *,
    event: str,
    template: str,
    channels: Iterable[str],
    recipients: Iterable[Recipient],
    context: dict[str, Any],
    entity: dj_models.Model | None = None,
) -> list[Notification]:
    """Create one row per (channel, address), merging duplicates, and schedule delivery on commit.

    Call it inside the transaction of the change: if that rolls back, no row exists. When two recipients
    share an address, the first one listed keeps it (its audience decides the wording).
    """
    from storeops.notifications.delivery import schedule_delivery
    from storeops.notifications.rendering import render

    wanted = enabled_channels(channels)
    rows: list[Notification] = []
    seen: set[tuple[str, str]] = set()
    for recipient in recipients:
        for channel in wanted:
            address = (recipient.email if channel == Notification.Channel.EMAIL else recipient.phone) or ""
            address = address.strip()
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
        transaction.on_commit(lambda: schedule_delivery(ids))
    return created


@transaction.atomic
def notification_retry(*, notification: Notification, actor: Any) -> Notification:
    """Put a `failed` row back to `pending`, due now; delivery is scheduled after commit.

    `attempts` is kept, so the history stays truthful and the retry budget is not renewed: a row that failed
    permanently early continues its normal schedule, and a row that had used up all its attempts gets exactly
    one more try (a temporary failure then marks it `failed` again). `last_error` is kept until the next
    outcome replaces it.
    """
    from storeops.notifications.delivery import schedule_delivery

    row = Notification.objects.select_for_update().get(pk=notification.pk)
    if row.status != Notification.Status.FAILED:
        raise Conflict("Only a failed notification can be retried.", "not_failed")
    now = timezone.now()
    changes = {
        "status": [row.status, Notification.Status.PENDING],
        "next_attempt_at": [row.next_attempt_at, now],
    }
    row.status = Notification.Status.PENDING
    row.next_attempt_at = now
    row.save(update_fields=["status", "next_attempt_at"])
    record(actor=actor, action=actions.NOTIFICATION_RETRIED, entity=row, changes=changes)
    transaction.on_commit(lambda: schedule_delivery([row.pk]))
    return row
