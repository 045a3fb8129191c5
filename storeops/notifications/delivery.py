"""Delivering outbox rows: claim under a row lock, send outside it, record the outcome.

At-least-once: a row whose worker died while `sending` is claimed again once its lease (`next_attempt_at`)
runs out, so a message may in rare cases go out twice but is never lost. Two workers never send the same row
at the same time.
"""

import logging
from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from storeops.notifications.channels import DeliveryError, MailSession, send
from storeops.notifications.models import Notification

logger = logging.getLogger(__name__)

Status = Notification.Status

SENT = "sent"
RETRY = "retry"
FAILED = "failed"
SKIPPED = "skipped"


def schedule_delivery(ids: list[int]) -> None:
    """Hand rows to the workers (broker) or send them now (no broker); never raises.

    Called after commit. Whatever goes wrong here leaves the rows pending for `deliver_due`.
    """
    if settings.CELERY_BROKER_URL:
        from storeops.notifications.tasks import deliver_task

        for notification_id in ids:
            try:
                deliver_task.apply_async(args=[notification_id], retry=False)
            except Exception:
                logger.warning(
                    "could not queue notification %s; the sweep will send it", notification_id, exc_info=True
                )
        return
    for notification_id in ids:
        try:
            deliver(notification_id)
        except Exception:
            logger.exception("delivery of notification %s failed unexpectedly", notification_id)


def _due(now) -> Q:  # type: ignore[no-untyped-def]
    # `sending` rows are due only once their lease has run out (a crashed worker).
    return Q(status__in=[Status.PENDING, Status.SENDING], next_attempt_at__lte=now)


def due_ids(*, limit: int) -> list[int]:
    qs: QuerySet[Notification] = Notification.objects.filter(_due(timezone.now()))
    return list(qs.order_by("next_attempt_at", "id").values_list("id", flat=True)[:limit])


def _claim(notification_id: int) -> Notification | None:
    """Mark a due row `sending` and count the attempt, committing at once so the lock is short."""
    with transaction.atomic():
        now = timezone.now()
        row = (
            Notification.objects.select_for_update(skip_locked=True)
            .filter(_due(now), pk=notification_id)
            .first()
        )
        if row is None:
            return None
        row.status = Status.SENDING
        row.attempts += 1
        row.next_attempt_at = now + timedelta(minutes=settings.NOTIFICATION_SENDING_TIMEOUT_MINUTES)
        row.save(update_fields=["status", "attempts", "next_attempt_at"])
    return row


def retry_delay(attempts: int) -> timedelta:
    minutes = settings.NOTIFICATION_RETRY_MINUTES
    return timedelta(minutes=minutes[min(attempts, len(minutes)) - 1])


def _record(row: Notification, *, error: DeliveryError | None) -> str:
    now = timezone.now()
    if error is None:
        outcome, fields = SENT, {"status": Status.SENT, "sent_at": now, "last_error": ""}
    elif error.temporary and row.attempts < settings.NOTIFICATION_MAX_ATTEMPTS:
        next_at = now + retry_delay(row.attempts)
        outcome, fields = (
            RETRY,
            {"status": Status.PENDING, "next_attempt_at": next_at, "last_error": str(error)[:1000]},
        )
    else:
        outcome, fields = FAILED, {"status": Status.FAILED, "last_error": str(error)[:1000]}
    # Fenced on the attempt number: if our lease ran out and another worker took the row, its result wins.
    updated = Notification.objects.filter(pk=row.pk, status=Status.SENDING, attempts=row.attempts).update(
        **fields
    )
    if not updated:
        logger.warning(
            "notification %s was taken over by another worker; outcome %s dropped", row.pk, outcome
        )
    return outcome


def deliver(notification_id: int, *, mail: MailSession | None = None) -> str:
    """Send one due row; return `sent`, `retry`, `failed`, or `skipped` (not due, or another worker has it).

    `mail`: the SMTP connection of a batch (`deliver_due`); without it an e-mail opens its own.
    """
    row = _claim(notification_id)
    if row is None:
        return SKIPPED
    try:
        send(row, mail=mail)
    except DeliveryError as exc:
        logger.info("notification %s attempt %s failed: %s", row.pk, row.attempts, exc)
        return _record(row, error=exc)
    except Exception as exc:
        # An unforeseen error is treated as temporary: the retry budget bounds it.
        logger.exception("notification %s attempt %s crashed", row.pk, row.attempts)
        return _record(row, error=DeliveryError(f"{type(exc).__name__}: {exc}", temporary=True))
    return _record(row, error=None)


def deliver_due(*, limit: int | None = None) -> dict[str, int]:
    """Send up to `limit` due rows, oldest due first; return how many ended in each outcome.

    The batch's e-mails share one SMTP connection (opened at the first e-mail, reopened after a failure).
    """
    counts: Counter[str] = Counter({SENT: 0, RETRY: 0, FAILED: 0, SKIPPED: 0})
    mail = MailSession()
    try:
        for notification_id in due_ids(limit=limit or settings.NOTIFICATION_BATCH_SIZE):
            counts[deliver(notification_id, mail=mail)] += 1
    finally:
        mail.close()
    return dict(counts)
