"""PostgreSQL-only: concurrent admin writes keep the roster invariants (real threads, real transactions)."""

from collections import Counter

import pytest
from rest_framework.test import APIClient

from storeops.accounts.roles import Role
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.factories import UserFactory
from storeops.attendance.models import Schedule, Shift
from storeops.attendance.tests.factories import ShiftFactory
from storeops.core.testing import all_returned, race
from storeops.stores.models import Geofence
from storeops.stores.tests.factories import StoreFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
THREADS = 8


def _client(user) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token_pair_issue(user=user).access}")
    return client


def test_concurrent_geofence_upserts_create_one_row() -> None:
    admin = UserFactory(role=Role.SYSTEM_ADMIN)
    store = StoreFactory()
    clients = [_client(admin) for _ in range(THREADS)]

    def work(index: int) -> int:
        body = {"store": store.pk, "latitude": "1.0", "longitude": "1.0", "radius_m": 100 + index}
        return clients[index].post("/api/attendance/admin/geofences", body, format="json").status_code

    statuses = Counter(all_returned(race(work, THREADS, timeout=120)))
    assert statuses == {201: 1, 200: THREADS - 1}
    assert Geofence.objects.filter(store=store).count() == 1


def test_concurrent_schedules_for_one_advisor_leave_one() -> None:
    admin = UserFactory(role=Role.SYSTEM_ADMIN)
    advisor = UserFactory(role=Role.ADVISOR, store=StoreFactory())
    shift = ShiftFactory()
    clients = [_client(admin) for _ in range(THREADS)]

    def work(index: int) -> int:
        body = {"user": advisor.pk, "rule_type": "fixed", "default_shift": shift.pk}
        return clients[index].post("/api/attendance/admin/schedules", body, format="json").status_code

    assert Counter(all_returned(race(work, THREADS, timeout=120))) == {201: 1, 400: THREADS - 1}
    assert Schedule.objects.filter(user=advisor).count() == 1


def test_deactivation_racing_schedule_writes_never_leaves_an_inactive_shift_in_use() -> None:
    admin = UserFactory(role=Role.SYSTEM_ADMIN)
    shift = ShiftFactory()
    advisors = [UserFactory(role=Role.ADVISOR, store=StoreFactory()) for _ in range(THREADS - 1)]
    clients = [_client(admin) for _ in range(THREADS)]

    def work(index: int) -> int:
        if index == 0:
            return clients[0].delete(f"/api/attendance/admin/shifts/{shift.pk}").status_code
        body = {"user": advisors[index - 1].pk, "rule_type": "fixed", "default_shift": shift.pk}
        return clients[index].post("/api/attendance/admin/schedules", body, format="json").status_code

    all_returned(race(work, THREADS, timeout=120))
    shift = Shift.objects.get(pk=shift.pk)
    in_use = Schedule.objects.filter(default_shift=shift, is_active=True).exists()
    assert not (in_use and not shift.is_active)
