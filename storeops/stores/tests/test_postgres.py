"""PostgreSQL-only: branch-head assignments edited from both sides at once never deadlock."""

import pytest
from rest_framework.test import APIClient

from storeops.accounts.roles import Role
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.factories import UserFactory, make_branch_head
from storeops.core.testing import race
from storeops.stores.services import store_update
from storeops.stores.tests.factories import StoreFactory
from storeops.stores.tests.invariants import assert_branch_head_invariants

pytestmark = [pytest.mark.postgres]

ROUNDS = 30


def _client(user) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token_pair_issue(user=user).access}")
    return client


def _patch_together(*requests: tuple[APIClient, str, dict]) -> list[int | BaseException]:  # type: ignore[type-arg]
    """PATCH all at the same moment; each result is a status code or the exception raised."""

    def patch(index: int) -> int:
        client, path, body = requests[index]
        return client.patch(path, body, format="json").status_code

    return race(patch, len(requests))


@pytest.mark.django_db(transaction=True)
def test_store_side_and_user_side_edits_of_one_assignment_do_not_deadlock():
    first, second = StoreFactory(code="ONE"), StoreFactory(code="TWO")
    one, two = make_branch_head(first), make_branch_head(second)
    admin = UserFactory(role=Role.SYSTEM_ADMIN)
    stores_api, users_api = _client(admin), _client(admin)
    # Each pair touches the same user and store from the two services, which lock them in opposite order.
    scenarios = [
        (f"/api/stores/{first.pk}", {"branch_head": two.pk}, f"/api/users/{two.pk}", {"store": first.pk}),
        (f"/api/stores/{first.pk}", {"branch_head": two.pk}, f"/api/users/{one.pk}", {"store": second.pk}),
        (f"/api/stores/{second.pk}", {"branch_head": one.pk}, f"/api/users/{two.pk}", {"store": first.pk}),
    ]
    for round_ in range(ROUNDS):
        store_update(store=first, data={"branch_head": one.pk}, actor=None)
        store_update(store=second, data={"branch_head": two.pk}, actor=None)
        store_path, store_body, user_path, user_body = scenarios[round_ % len(scenarios)]
        results = _patch_together((stores_api, store_path, store_body), (users_api, user_path, user_body))
        assert all(result in (200, 409) for result in results), (round_, results)
        assert_branch_head_invariants()
