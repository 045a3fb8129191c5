"""People for `seed_scale`: the benchmark admin through the user service, everyone else in bulk.

At scale 1: 200 users = 150 advisors + one branch head per store + `bench.admin` + customers for the rest.
Bulk users share one password hash (hashed once) so seeding costs no per-user hashing.
"""

from django.contrib.auth.hashers import make_password

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.accounts.services.users import user_create
from storeops.core.scale import BATCH_SIZE, ScaleContext
from storeops.stores.models import Store

BENCH_ADMIN = "bench.admin"
USERS_AT_SCALE_ONE = 200
ADVISORS_AT_SCALE_ONE = 150
FIRST_NAMES = ["Asha", "Ravi", "Meera", "Arjun", "Divya", "Kiran", "Nisha", "Rahul", "Sneha", "Vikram"]
LAST_NAMES = ["Rao", "Iyer", "Shetty", "Nair", "Reddy", "Gowda", "Menon", "Kumar", "Das", "Patil"]


def _person(ctx: ScaleContext, username: str, role: str, password_hash: str, store: Store | None) -> User:
    return User(
        username=username,
        email=f"{username}@bench.example.com",
        first_name=ctx.rng.choice(FIRST_NAMES),
        last_name=ctx.rng.choice(LAST_NAMES),
        role=role,
        store=store,
        password=password_hash,
        is_active=True,
        email_verified=True,
    )


def seed_people(ctx: ScaleContext) -> dict[str, int]:
    stores: list[Store] = ctx.shared["stores"]
    user_create(
        data={
            "username": BENCH_ADMIN,
            "email": "bench.admin@bench.example.com",
            "password": ctx.password,
            "role": Role.SYSTEM_ADMIN,
            "first_name": "Bench",
            "last_name": "Admin",
            "is_active": True,
            "email_verified": True,
        },
        actor=None,
    )
    password_hash = make_password(ctx.password)
    heads = [_person(ctx, f"head.{s.code.lower()}", Role.BRANCH_HEAD, password_hash, s) for s in stores]
    advisors_n = ctx.count(ADVISORS_AT_SCALE_ONE)
    advisors = [
        _person(ctx, f"advisor{n}", Role.ADVISOR, password_hash, stores[n % len(stores)])
        for n in range(1, advisors_n + 1)
    ]
    customers_n = max(1, ctx.count(USERS_AT_SCALE_ONE) - advisors_n - len(heads) - 1)
    customers = [
        _person(ctx, f"customer{n}", Role.CUSTOMER, password_hash, None) for n in range(1, customers_n + 1)
    ]
    User.objects.bulk_create(heads + advisors + customers, batch_size=BATCH_SIZE)
    for store, head in zip(stores, heads, strict=True):
        store.branch_head = head
    Store.objects.bulk_update(stores, ["branch_head"], batch_size=BATCH_SIZE)
    return {
        "system admins": 1,
        "branch heads": len(heads),
        "advisors": len(advisors),
        "customers": len(customers),
    }
