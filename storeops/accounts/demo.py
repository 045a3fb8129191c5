"""Demo people and stores for `seed_demo`, created through the normal services so audit and invariants hold."""

from dataclasses import dataclass, field
from decimal import Decimal

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.accounts.services.users import user_create
from storeops.stores.models import Store
from storeops.stores.services import geofence_set, store_create

STORES = [
    ("MGR", "MG Road", "12 MG Road, Bengaluru", Decimal("12.975300"), Decimal("77.606800")),
    (
        "IND",
        "Indiranagar",
        "100 Feet Road, Indiranagar, Bengaluru",
        Decimal("12.971900"),
        Decimal("77.641200"),
    ),
    (
        "KOR",
        "Koramangala",
        "80 Feet Road, Koramangala, Bengaluru",
        Decimal("12.935200"),
        Decimal("77.624500"),
    ),
]


@dataclass
class Counts:
    created: int = 0
    existing: int = 0


@dataclass
class PeopleResult:
    counts: dict[str, Counts] = field(default_factory=dict)
    logins: list[tuple[str, str]] = field(default_factory=list)

    def tally(self, kind: str, created: bool) -> None:
        entry = self.counts.setdefault(kind, Counts())
        if created:
            entry.created += 1
        else:
            entry.existing += 1


def _user(
    result: PeopleResult,
    kind: str,
    *,
    username: str,
    role: str,
    password: str,
    store: Store | None = None,
    first: str = "",
    last: str = "",
) -> User:
    existing = User.objects.filter(username__iexact=username).first()
    result.logins.append((username, role))
    if existing is not None:
        result.tally(kind, False)
        return existing
    user = user_create(
        data={
            "username": username,
            "email": f"{username}@example.com",
            "password": password,
            "role": role,
            "store": store,
            "first_name": first,
            "last_name": last,
            "is_active": True,
            "email_verified": True,
        },
        actor=None,
    )
    result.tally(kind, True)
    return user


def seed_people(*, password: str) -> PeopleResult:
    result = PeopleResult()
    _user(
        result,
        "system admins",
        username="admin",
        role=Role.SYSTEM_ADMIN,
        password=password,
        first="Asha",
        last="Admin",
    )
    for index, (code, name, address, lat, lon) in enumerate(STORES, start=1):
        store = Store.objects.filter(code=code).first()
        if store is None:
            store = store_create(
                data={
                    "code": code,
                    "name": name,
                    "address": address,
                    "latitude": lat,
                    "longitude": lon,
                    "phone": f"+9180400000{index:02d}",
                },
                actor=None,
            )
            result.tally("stores", True)
        else:
            result.tally("stores", False)
        before = store.geofence.pk if hasattr(store, "geofence") else None
        geofence_set(store=store, latitude=lat, longitude=lon, radius_m=200, actor=None)
        result.tally("geofences", before is None)
        slug = code.lower()
        _user(
            result,
            "branch heads",
            username=f"head.{slug}",
            role=Role.BRANCH_HEAD,
            password=password,
            store=store,
            first="Head",
            last=name,
        )
        for n in (1, 2):
            _user(
                result,
                "advisors",
                username=f"advisor{n}.{slug}",
                role=Role.ADVISOR,
                password=password,
                store=store,
                first=f"Advisor {n}",
                last=name,
            )
    for n in (1, 2):
        _user(
            result,
            "customers",
            username=f"customer{n}",
            role=Role.CUSTOMER,
            password=password,
            first="Customer",
            last=str(n),
        )
    return result
