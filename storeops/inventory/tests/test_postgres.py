"""PostgreSQL-only: concurrent writers through the HTTP API keep every ledger invariant."""

import os
import random
import threading
import uuid
from collections import Counter

import pytest
from rest_framework.test import APIClient

from storeops.accounts.roles import Role
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.factories import UserFactory
from storeops.catalog.tests.factories import (
    CategoryFactory,
    ProductFactory,
    SubcategoryFactory,
    VariantFactory,
)
from storeops.core.testing import all_returned, race
from storeops.inventory.models import Serial, StockBalance, StockEntry
from storeops.inventory.services import config_update
from storeops.inventory.services.check import inventory_mismatches
from storeops.stores.tests.factories import StoreFactory

pytestmark = [pytest.mark.postgres]

# 16 threads x 200 operations is the target shape; STOREOPS_INVENTORY_RACE_OPS raises or lowers the count.
THREADS = 16
OPERATIONS = int(os.environ.get("STOREOPS_INVENTORY_RACE_OPS", "200"))


def _client(user) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token_pair_issue(user=user).access}")
    return client


def _operation(
    rng: random.Random, stores: list[int], variants: list[int], mine: list[int]
) -> tuple[str, str, dict]:
    store, other = rng.sample(stores, 2)
    variant = rng.choice(variants)
    roll = rng.random()
    if mine and roll < 0.15:
        return "patch", f"/api/stock-entries/{rng.choice(mine)}", {"quantity": rng.randint(1, 4)}
    if mine and roll < 0.25:
        return "delete", f"/api/stock-entries/{mine.pop(rng.randrange(len(mine)))}", {}
    kind = rng.choice(["purchase", "purchase", "sale", "sale", "transfer_out", "transfer_in"])
    body = {"entry_type": kind, "store": store, "variant": variant, "quantity": rng.randint(1, 4)}
    if kind.startswith("transfer"):
        body["counterpart_store"] = other
    return "post", "/api/stock-entries", body


@pytest.mark.django_db(transaction=True)
def test_concurrent_mixed_writers_keep_the_ledger_exact():
    admin = UserFactory(role=Role.SYSTEM_ADMIN)
    stores = [StoreFactory().pk, StoreFactory().pk]
    variants = [VariantFactory().pk, VariantFactory().pk]
    statuses: Counter[int] = Counter()
    replays = {"replayed": 0}
    lock = threading.Lock()

    def work(index: int) -> None:
        rng = random.Random(index)
        client = _client(admin)
        mine: list[int] = []
        for _ in range(OPERATIONS):
            method, path, body = _operation(rng, stores, variants, mine)
            replay = method == "post" and rng.random() < 0.10
            headers = {"HTTP_IDEMPOTENCY_KEY": str(uuid.uuid4())} if replay else {}
            response = getattr(client, method)(path, body, format="json", **headers)
            with lock:
                statuses[response.status_code] += 1
            if response.status_code == 201:
                mine.append(response.json()["id"])
                if replay:
                    # Same key, same request: the stored response again, and nothing created.
                    again = client.post(path, body, format="json", **headers)
                    assert again.status_code == 201 and again.headers.get("Idempotent-Replayed") == "true"
                    assert again.json()["id"] == response.json()["id"]
                    with lock:
                        replays["replayed"] += 1

    all_returned(race(work, THREADS, timeout=900))
    assert not [code for code in statuses if code >= 500], statuses
    assert set(statuses) <= {200, 201, 204, 404, 409}, statuses
    assert statuses[201] > 0 and statuses[409] > 0
    assert replays["replayed"] > 0
    assert inventory_mismatches() == []
    assert not StockBalance.objects.filter(quantity__lt=0).exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_purchases_of_one_new_serial_register_it_once():
    admin = UserFactory(role=Role.SYSTEM_ADMIN)
    store = StoreFactory()
    category = CategoryFactory()
    variant = VariantFactory(product=ProductFactory(subcategory=SubcategoryFactory(category=category)))
    config_update(data={"serial_tracked_categories": [category]}, actor=None)
    body = {"entry_type": "purchase", "store": store.pk, "variant": variant.pk, "quantity": 1,
            "serial_numbers": ["RACE-1"]}  # fmt: skip

    def work(index: int) -> int:
        return _client(admin).post("/api/stock-entries", body, format="json").status_code

    results = all_returned(race(work, 16))
    assert sorted(results) == [201] + [400] * 15
    assert Serial.objects.count() == 1 and StockEntry.objects.count() == 1
    assert inventory_mismatches() == []
