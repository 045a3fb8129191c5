"""The branch-head invariants of docs/accounts.md, checked over every row in the database."""

from collections import Counter

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.stores.models import Store


def assert_branch_head_invariants() -> None:
    heads = list(Store.objects.exclude(branch_head=None).values_list("pk", "branch_head_id"))
    # 1: one head per store (a column) and one store per head.
    repeated = [uid for uid, n in Counter(uid for _, uid in heads).items() if n > 1]
    assert not repeated, f"users heading more than one store: {repeated}"
    users = {u.pk: u for u in User.objects.filter(pk__in=[uid for _, uid in heads])}
    # 2: the head of S is an active branch_head whose store is S.
    for store_id, user_id in heads:
        head = users[user_id]
        assert head.is_active, f"store {store_id} is headed by inactive user {user_id}"
        assert head.role == Role.BRANCH_HEAD, f"store {store_id} is headed by a {head.role}"
        assert head.store_id == store_id, (
            f"head {user_id} of store {store_id} belongs to store {head.store_id}"
        )
    # 3: a branch_head with store S heads S; without store heads nothing.
    headed_by = {user_id: store_id for store_id, user_id in heads}
    for user in User.objects.filter(role=Role.BRANCH_HEAD):
        assert headed_by.get(user.pk) == user.store_id, (
            f"branch head {user.pk} has store {user.store_id} but heads {headed_by.get(user.pk)}"
        )
