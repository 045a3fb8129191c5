import pytest
from django.db import transaction

from storeops.accounts.models import User
from storeops.core.locking import lock_related_rows, lock_rows
from storeops.stores.models import Store

pytestmark = pytest.mark.django_db


def test_lock_rows_returns_rows_in_the_global_order_and_skips_none(admin_user, store, other_store):
    with transaction.atomic():
        rows = lock_rows(other_store, None, (Store, store.pk), (User, admin_user.pk), (User, None))
    # accounts.user before stores.store; within a model by pk.
    assert rows == [admin_user, *sorted([store, other_store], key=lambda row: row.pk)]


def test_lock_related_rows_collects_again_until_the_set_is_stable(store, other_store):
    answers = [[store], [store, other_store], [store, other_store], [store, other_store]]
    calls = []

    def collect():  # type: ignore[no-untyped-def]
        calls.append(1)
        return answers[len(calls) - 1]

    with transaction.atomic():
        lock_related_rows(collect)
    # First set grew under the locks, so it was released and taken again for the larger one.
    assert len(calls) == 4
