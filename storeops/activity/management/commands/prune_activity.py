import datetime as dt

from django.core.management.base import BaseCommand, CommandError, CommandParser

from storeops.activity.filters import local_midnight
from storeops.activity.services import RetentionError, events_prune


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"--before: {text!r} is not a date (YYYY-MM-DD).")


class Command(BaseCommand):
    help = (
        "Delete activity events older than the retention window (ACTIVITY_RETENTION_DAYS), in batches, and "
        "record the prune. Refused while retention is off, or for a --before date inside the window."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--before",
            type=_date,
            default=None,
            help="Delete events before 00:00 of this local date (YYYY-MM-DD); default: the retention cutoff.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count the events that would go.")
        parser.add_argument("--batch-size", type=int, default=5000, help="Events deleted per transaction.")

    def handle(self, *args, before=None, dry_run=False, batch_size=5000, **options) -> None:  # type: ignore[no-untyped-def]
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        moment = local_midnight(before) if before else None
        try:
            count = events_prune(before=moment, dry_run=dry_run, batch_size=batch_size)
        except RetentionError as exc:
            raise CommandError(exc.message)
        self.stdout.write(f"{'would delete' if dry_run else 'deleted'}={count}")
