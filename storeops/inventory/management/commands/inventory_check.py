"""Recompute the inventory invariants; print every mismatch and exit 1 if there is any."""

import sys
from typing import Any

from django.core.management.base import BaseCommand

from storeops.inventory.services.check import inventory_mismatches


class Command(BaseCommand):
    help = "Check balances, variant totals, transfers and serials against the entries and movements; exit 1 on a mismatch."

    def handle(self, *args: Any, **options: Any) -> None:
        problems = inventory_mismatches()
        for problem in problems:
            self.stdout.write(problem)
        if problems:
            self.stderr.write(f"{len(problems)} mismatch(es).")
            sys.exit(1)
        self.stdout.write("Inventory consistent.")
