from celery import shared_task

from storeops.api.idempotency import prune_expired


@shared_task(name="api.prune_idempotency")
def prune_idempotency() -> int:
    return prune_expired()
