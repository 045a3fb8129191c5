"""Idempotent demo data for a local run: people, stores and (when installed) every module's demo rows."""

import importlib

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from storeops.accounts.demo import seed_people

# Each module that has demo data exposes `seed_<name>(*, actor=None) -> {type: (created, existing)}`.
MODULE_SEEDERS = [
    ("storeops.catalog.demo", "seed_catalog"),
    ("storeops.inventory.demo", "seed_inventory"),
    ("storeops.attendance.demo", "seed_attendance"),
    ("storeops.marketing.demo", "seed_marketing"),
    ("storeops.bookings.demo", "seed_bookings"),
    ("storeops.attendance.demo_punches", "seed_punches"),
    ("storeops.inventory.demo", "seed_booking_sales"),
]


class Command(BaseCommand):
    help = "Load demo stores, staff, customers and catalog. Safe to run again: existing rows are kept."

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--password", default="storeops-demo", help="Password of every demo login.")
        parser.add_argument("--force", action="store_true", help="Run even when DEBUG is off.")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        if not settings.DEBUG and not options["force"]:
            raise CommandError("seed_demo refuses to run with DEBUG off; pass --force to run anyway.")
        password = options["password"]
        try:
            validate_password(password)
        except ValidationError as exc:
            raise CommandError("Demo password rejected: " + " ".join(exc.messages))
        with transaction.atomic():
            people = seed_people(password=password)
            counts = {kind: (c.created, c.existing) for kind, c in people.counts.items()}
            for module_name, function in MODULE_SEEDERS:
                try:
                    module = importlib.import_module(module_name)
                except ModuleNotFoundError:
                    continue
                counts.update(getattr(module, function)(actor=None))
        for kind, (created, existing) in counts.items():
            self.stdout.write(f"{kind}: created={created} existing={existing}")
        self.stdout.write(f"\nDemo logins (password: {password}):")
        for username, role in people.logins:
            self.stdout.write(f"  {username:<22} {role}")
