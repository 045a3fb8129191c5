"""Volume data for load tests: `seed_scale --scale N` fills an empty database with N times the base counts."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils.module_loading import import_string

from storeops.catalog.models import Product
from storeops.core.scale import ScaleContext
from storeops.stores.models import Store

# Run in order; each is `seed_<name>(ctx: ScaleContext) -> {kind: rows created}`. A module adds its own here.
SEED_STEPS = [
    "storeops.stores.scale.seed_stores",
    "storeops.accounts.scale.seed_people",
    "storeops.catalog.scale.seed_catalog",
    "storeops.inventory.scale.seed_inventory",
    "storeops.attendance.scale.seed_rosters",
    "storeops.bookings.scale.seed_bookings",
    "storeops.attendance.scale.seed_punches",
    "storeops.marketing.scale.seed_leads",
]
DEFAULT_PASSWORD = "storeops-bench"


class Command(BaseCommand):
    help = (
        "Fill an empty database with load-test data: at scale 1, 20 stores, 200 users, "
        "500 subcategories, 200 brands and 20 000 products. Refuses a database that already has stores or products."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--scale", type=float, default=1.0, help="Multiplier of the base counts (e.g. 0.01)."
        )
        parser.add_argument(
            "--password", default=DEFAULT_PASSWORD, help="Password of bench.admin and every seeded user."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        scale = options["scale"]
        if scale <= 0:
            raise CommandError("--scale must be greater than 0.")
        existing = {"stores": Store.objects.count(), "products": Product.objects.count()}
        if any(existing.values()):
            found = ", ".join(f"{n} {kind}" for kind, n in existing.items() if n)
            raise CommandError(f"seed_scale needs an empty database; this one already has {found}.")
        ctx = ScaleContext(scale=scale, password=options["password"])
        for path in SEED_STEPS:
            with transaction.atomic():
                counts = import_string(path)(ctx)
            for kind, created in counts.items():
                self.stdout.write(f"{kind}: {created}")
        self.stdout.write(f"Log in as bench.admin with password {options['password']!r}.")
