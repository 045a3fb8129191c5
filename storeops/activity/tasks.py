from celery import shared_task

from storeops.activity.services import events_prune, retention_cutoff


@shared_task(name="activity.prune")
def prune_activity() -> int:
    """Daily retention run; nothing to do while retention is off."""
    if retention_cutoff() is None:
        return 0
    return events_prune()
