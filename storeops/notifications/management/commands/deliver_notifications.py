from django.core.management.base import BaseCommand, CommandParser

from storeops.notifications.delivery import deliver_due


class Command(BaseCommand):
    help = "Send the notifications that are due (for cron when no Celery broker runs)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--limit", type=int, default=None, help="At most this many rows (default: batch size)."
        )

    def handle(self, *args, limit: int | None = None, **options) -> None:  # type: ignore[no-untyped-def]
        counts = deliver_due(limit=limit)
        self.stdout.write(" ".join(f"{name}={count}" for name, count in counts.items()))
