"""Shared fixtures: stores, one user per role, and role-aware API clients holding real JWTs."""

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from django.db import connection
from rest_framework.test import APIClient

from storeops.accounts.roles import Role
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.factories import UserFactory, make_branch_head
from storeops.activity.models import ActivityEvent
from storeops.stores.tests.factories import StoreFactory


def pytest_collection_modifyitems(config, items):  # type: ignore[no-untyped-def]
    if connection.vendor != "postgresql":
        skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)")
        for item in items:
            if "postgres" in item.keywords:
                item.add_marker(skip)


SERVICE_MARKERS = {"postgres", "redis", "broker"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # type: ignore[no-untyped-def]
    """With STOREOPS_REQUIRE_SERVICES=1 (CI's PostgreSQL run) a skipped PostgreSQL, Redis or broker test fails the run."""
    outcome = yield
    report = outcome.get_result()
    if not (report.skipped and os.environ.get("STOREOPS_REQUIRE_SERVICES") == "1"):
        return
    if SERVICE_MARKERS & set(item.keywords) and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"STOREOPS_REQUIRE_SERVICES=1 but this test was skipped: {reason}"


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):  # type: ignore[no-untyped-def]
    from django.core.cache import caches

    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media")},
        },
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private"), "base_url": None},
        },
    }
    for alias in ("default", "throttle"):
        caches[alias].clear()
    yield


@pytest.fixture
def api(db) -> Callable[..., APIClient]:  # type: ignore[no-untyped-def]
    """`api()` is anonymous; `api(user)` sends that user's fresh access token."""

    def make(user=None) -> APIClient:  # type: ignore[no-untyped-def]
        client = APIClient()
        if user is not None:
            pair = token_pair_issue(user=user)
            client.credentials(HTTP_AUTHORIZATION=f"Bearer {pair.access}")
            client.refresh_token = pair.refresh  # type: ignore[attr-defined]
        return client

    return make


@pytest.fixture
def store(db):  # type: ignore[no-untyped-def]
    return StoreFactory(name="MG Road", code="MGR")


@pytest.fixture
def other_store(db):  # type: ignore[no-untyped-def]
    return StoreFactory(name="Indiranagar", code="IND")


@pytest.fixture
def admin_user(db):  # type: ignore[no-untyped-def]
    return UserFactory(username="admin", role=Role.SYSTEM_ADMIN)


@pytest.fixture
def branch_head(store):  # type: ignore[no-untyped-def]
    return make_branch_head(store, username="head")


@pytest.fixture
def advisor(store):  # type: ignore[no-untyped-def]
    return UserFactory(username="advisor", role=Role.ADVISOR, store=store)


@pytest.fixture
def customer(db):  # type: ignore[no-untyped-def]
    return UserFactory(username="customer", role=Role.CUSTOMER)


@pytest.fixture
def unchanged(db):  # type: ignore[no-untyped-def]
    """`with unchanged(qs1, qs2): ...` asserts the rows of each queryset and the audit trail stay the same."""

    @contextmanager
    def check(*querysets) -> Iterator[None]:  # type: ignore[no-untyped-def]
        events = ActivityEvent.objects.count()
        before = [list(qs.values()) for qs in querysets]
        yield
        assert ActivityEvent.objects.count() == events, "a refused request wrote an audit event"
        after = [list(qs.values()) for qs in querysets]
        assert before == after, "a refused request changed rows"

    return check
