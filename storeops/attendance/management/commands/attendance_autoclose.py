import datetime as dt

from django.core.management.base import BaseCommand, CommandError, CommandParser

from storeops.attendance.services.autoclose import attendance_autoclose


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"--date: {text!r} is not a date (YYYY-MM-DD).")


class Command(BaseCommand):
    help = (
        "Close forgotten check-outs at the end of their shift and mark planned no-shows absent. Without --date, "
        "each store's yesterday and the ATTENDANCE_AUTOCLOSE_LOOKBACK_DAYS - 1 days before it (by its own "
        "clock); a second run changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--date", type=_date, default=None, help="Process this local date only (YYYY-MM-DD)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count; write nothing.")

    def handle(self, *args, date=None, dry_run=False, **options) -> None:  # type: ignore[no-untyped-def]
        for result in attendance_autoclose(day=date, dry_run=dry_run):
            self.stdout.write(
                f"attendance_autoclose {result.date}: finalized={result.finalized} absents={result.absents}"
            )
