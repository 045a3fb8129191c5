from celery import shared_task

from storeops.notifications.delivery import deliver, deliver_due


@shared_task(name="notifications.deliver")
def deliver_task(notification_id: int) -> str:
    return deliver(notification_id)


@shared_task(name="notifications.deliver_due")
def deliver_due_task() -> dict[str, int]:
    return deliver_due()
