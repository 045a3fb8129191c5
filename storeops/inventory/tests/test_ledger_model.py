"""Property test: the ledger against a plain Python model of balances and entries."""

import pytest
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from storeops.catalog.tests.factories import VariantFactory
from storeops.core.errors import Conflict
from storeops.inventory.models import StockBalance, StockEntry
from storeops.inventory.services import stock_entry_create, stock_entry_delete, stock_entry_update
from storeops.inventory.services.check import inventory_mismatches
from storeops.stores.tests.factories import StoreFactory

KINDS = ["purchase", "sale", "return_in", "return_out", "transfer_out", "transfer_in"]
SIGN = {"purchase": 1, "return_in": 1, "sale": -1, "return_out": -1}


class LedgerMachine(RuleBasedStateMachine):
    """Model: entries as {id: [(store, variant, delta), ...]}; a balance is the sum of its pair's deltas."""

    @initialize()
    def setup(self) -> None:
        # Each example runs in its own savepoint, rolled back at teardown: every example starts from the same rows.
        self.savepoint = transaction.savepoint()
        self.stores = [StoreFactory().pk, StoreFactory().pk]
        self.variants = [VariantFactory(), VariantFactory()]
        self.entries: dict[int, list[tuple[int, int, int]]] = {}

    def balances(self, entries: dict[int, list[tuple[int, int, int]]]) -> dict[tuple[int, int], int]:
        result: dict[tuple[int, int], int] = {}
        for legs in entries.values():
            for store, variant, delta in legs:
                result[(store, variant)] = result.get((store, variant), 0) + delta
        return result

    def legs(
        self, kind: str, store: int, other: int, variant: int, quantity: int
    ) -> list[tuple[int, int, int]]:
        if kind == "transfer_out":
            return [(store, variant, -quantity), (other, variant, quantity)]
        if kind == "transfer_in":
            return [(other, variant, -quantity), (store, variant, quantity)]
        return [(store, variant, SIGN[kind] * quantity)]

    def allowed(
        self, before: dict[int, list[tuple[int, int, int]]], after: dict[int, list[tuple[int, int, int]]]
    ) -> bool:
        old, new = self.balances(before), self.balances(after)
        return all(value >= 0 or value >= old.get(pair, 0) for pair, value in new.items())

    @rule(kind=st.sampled_from(KINDS), s=st.integers(0, 1), v=st.integers(0, 1), quantity=st.integers(1, 5))
    def post(self, kind: str, s: int, v: int, quantity: int) -> None:
        store, other, variant = self.stores[s], self.stores[1 - s], self.variants[v]
        data = {"entry_type": kind, "store": store, "variant": variant, "quantity": quantity}
        if kind.startswith("transfer"):
            data["counterpart_store"] = other
        proposed = {**self.entries, -1: self.legs(kind, store, other, variant.pk, quantity)}
        try:
            entry = stock_entry_create(data=data, actor=None)  # type: ignore[arg-type]
        except Conflict:
            assert not self.allowed(self.entries, proposed)
            return
        assert self.allowed(self.entries, proposed)
        key = min(entry.pk, entry.counterpart_entry_id or entry.pk)
        self.entries[key] = proposed.pop(-1)

    @precondition(lambda self: bool(self.entries))
    @rule(pick=st.integers(0, 10_000), quantity=st.integers(1, 5))
    def update(self, pick: int, quantity: int) -> None:
        key = sorted(self.entries)[pick % len(self.entries)]
        proposed = dict(self.entries)
        proposed[key] = [(s, v, quantity if d > 0 else -quantity) for s, v, d in self.entries[key]]
        try:
            stock_entry_update(
                stock_entry=StockEntry.objects.get(pk=key), data={"quantity": quantity}, actor=None
            )
        except Conflict:
            assert not self.allowed(self.entries, proposed)
            return
        assert self.allowed(self.entries, proposed)
        self.entries = proposed

    @precondition(lambda self: bool(self.entries))
    @rule(pick=st.integers(0, 10_000))
    def delete(self, pick: int) -> None:
        key = sorted(self.entries)[pick % len(self.entries)]
        proposed = {k: legs for k, legs in self.entries.items() if k != key}
        try:
            stock_entry_delete(stock_entry=StockEntry.objects.get(pk=key), actor=None)
        except Conflict:
            assert not self.allowed(self.entries, proposed)
            return
        assert self.allowed(self.entries, proposed)
        self.entries = proposed

    def teardown(self) -> None:
        if hasattr(self, "savepoint"):
            assert inventory_mismatches() == []
            transaction.savepoint_rollback(self.savepoint)

    @invariant()
    def ledger_matches_the_model(self) -> None:
        if not hasattr(self, "entries"):
            return
        stored = {(b.store_id, b.variant_id): b.quantity for b in StockBalance.objects.all()}
        expected = self.balances(self.entries)
        assert {k: v for k, v in stored.items() if v} == {k: v for k, v in expected.items() if v}
        assert min(stored.values(), default=0) >= 0


@pytest.mark.django_db
def test_ledger_state_machine() -> None:
    LedgerMachine.TestCase.settings = settings(
        max_examples=15, stateful_step_count=15, deadline=None, suppress_health_check=list(HealthCheck)
    )
    LedgerMachine.TestCase().runTest()
