import datetime as dt

import pytest

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory, make_branch_head
from storeops.attendance.tests.factories import ShiftFactory

ANCHOR = dt.date(2025, 8, 11)  # a Monday


@pytest.fixture
def admin_api(api, admin_user):  # type: ignore[no-untyped-def]
    return api(admin_user)


@pytest.fixture
def day_shift(db):  # type: ignore[no-untyped-def]
    return ShiftFactory(name="Day", start_time=dt.time(9), end_time=dt.time(18))


@pytest.fixture
def night_shift(db):  # type: ignore[no-untyped-def]
    return ShiftFactory(name="Night", start_time=dt.time(22), end_time=dt.time(6))


@pytest.fixture
def other_advisor(other_store):  # type: ignore[no-untyped-def]
    return UserFactory(username="advisor2", role=Role.ADVISOR, store=other_store)


@pytest.fixture
def refused_callers(api, advisor, branch_head, customer):  # type: ignore[no-untyped-def]
    """(client, expected status) of every caller the admin API refuses."""
    return [(api(advisor), 403), (api(branch_head), 403), (api(customer), 403), (api(), 401)]


@pytest.fixture
def other_head(other_store):  # type: ignore[no-untyped-def]
    return make_branch_head(other_store, username="head2")
