"""Scoped throttles: limits, Retry-After, client identity, staff exemption, atomic counting, fail closed."""

import pytest
from django.test import Client

from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.api.throttles import parse_rate
from storeops.core.testing import all_returned, race

BAD_LOGIN = {"username": "advisor", "password": "wrong-password"}
RETRY_AFTER_LOGIN = 50  # the frozen clock stands 10 s into its minute


def _login(client, **extra):  # type: ignore[no-untyped-def]
    return client.post("/api/auth/login", BAD_LOGIN, **extra)


def test_login_sixth_attempt_in_a_minute_is_429(api, advisor, frozen_clock):
    client = api()
    assert [_login(client).status_code for _ in range(5)] == [401] * 5
    response = _login(client)
    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert response["Retry-After"] == str(RETRY_AFTER_LOGIN)
    # A throttled attempt is not written to the trail.
    assert ActivityEvent.objects.filter(action="auth.login.failed").count() == 5


def test_retry_after_is_rounded_up_near_the_end_of_the_window(api, advisor, monkeypatch, frozen_clock):
    from types import SimpleNamespace

    from storeops.api import throttles

    # 0.4 s left in the minute: the header must say 1, never 0 (an immediate retry would be refused again).
    monkeypatch.setattr(throttles, "time", SimpleNamespace(time=lambda: frozen_clock - 10 + 59.6))
    client = api()
    for _ in range(5):
        _login(client)
    response = _login(client)
    assert response.status_code == 429
    assert response["Retry-After"] == "1"


def test_next_window_admits_again(api, advisor, monkeypatch, frozen_clock):
    from types import SimpleNamespace

    from storeops.api import throttles

    client = api()
    for _ in range(6):
        _login(client)
    monkeypatch.setattr(throttles, "time", SimpleNamespace(time=lambda: frozen_clock + 60))
    assert _login(client).status_code == 401


def test_forwarded_for_does_not_bypass_without_trusted_proxies(api, advisor, frozen_clock):
    client = api()
    statuses = [_login(client, HTTP_X_FORWARDED_FOR=f"198.51.100.{i}").status_code for i in range(6)]
    assert statuses == [401] * 5 + [429]


def test_forwarded_for_identifies_clients_behind_a_trusted_proxy(api, advisor, settings, frozen_clock):
    settings.TRUSTED_PROXY_COUNT = 1
    client = api()
    statuses = [_login(client, HTTP_X_FORWARDED_FOR=f"198.51.100.{i}").status_code for i in range(8)]
    assert statuses == [401] * 8
    assert [_login(client, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code for _ in range(5)] == [
        401
    ] * 4 + [429]


def test_clients_are_counted_separately(api, advisor, frozen_clock):
    for _ in range(5):
        _login(api(), REMOTE_ADDR="198.51.100.1")
    assert _login(api(), REMOTE_ADDR="198.51.100.1").status_code == 429
    assert _login(api(), REMOTE_ADDR="198.51.100.2").status_code == 401


def test_rates_come_from_settings(api, advisor, settings, frozen_clock):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "login": "2/min"},
    }
    client = api()
    assert [_login(client).status_code for _ in range(3)] == [401, 401, 429]


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("5/min", (5, 60)), ("10/hour", (10, 3600)), ("3/s", (3, 1)), ("1/day", (1, 86400))],
)
def test_parse_rate(rate, expected):
    assert parse_rate(rate) == expected


@pytest.mark.parametrize("role", ["system_admin", "branch_head", "advisor"])
def test_staff_are_exempt_from_the_contact_scope(db, api, test_routes, frozen_clock, store, role):
    staff = UserFactory(role=role, store=None if role == "system_admin" else store)
    client = api(staff)
    assert [client.post("/api/_test/contact").status_code for _ in range(8)] == [200] * 8


def test_anonymous_is_throttled_on_the_contact_scope(db, api, test_routes, frozen_clock):
    client = api()
    statuses = [client.post("/api/_test/contact").status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    response = client.post("/api/_test/contact")
    assert response["Retry-After"] == str(3600 - 10)


def test_customers_are_not_exempt(db, api, test_routes, frozen_clock, customer):
    client = api(customer)
    assert [client.post("/api/_test/contact").status_code for _ in range(6)] == [200] * 5 + [429]
    # Counted per user, not per address: another customer from the same address still passes.
    assert api(UserFactory()).post("/api/_test/contact").status_code == 200


def test_staff_are_not_exempt_from_the_login_scope(api, admin_user, frozen_clock):
    client = api(admin_user)
    body = {"current_password": "wrong-password", "new_password": "Another-pass-2024"}
    statuses = [client.post("/api/auth/password", body).status_code for _ in range(6)]
    assert statuses == [400] * 5 + [429]


def _hammer(n: int) -> list[int]:
    clients = [Client() for _ in range(n)]
    return all_returned(race(lambda index: clients[index].post("/api/_test/login-scoped").status_code, n))


@pytest.mark.redis
def test_concurrent_requests_admit_exactly_the_limit_on_redis(
    test_routes, redis_throttle, frozen_clock, settings
):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "login": "10/min"},
    }
    statuses = _hammer(64)
    assert statuses.count(200) == 10
    assert statuses.count(429) == 54


def test_concurrent_requests_admit_exactly_the_limit_in_memory(test_routes, frozen_clock):
    statuses = _hammer(32)
    assert statuses.count(200) == 5
    assert statuses.count(429) == 27


@pytest.mark.redis
def test_login_is_throttled_on_redis(api, advisor, redis_throttle, frozen_clock):
    client = api()
    assert [_login(client).status_code for _ in range(6)] == [401] * 5 + [429]
    assert ActivityEvent.objects.count() == 5


def test_unreachable_throttle_cache_is_503_and_writes_nothing(api, advisor, dead_throttle_cache, unchanged):
    with unchanged():
        response = _login(api())
    assert response.status_code == 503
    assert response.json() == {
        "detail": "Rate limiting is temporarily unavailable; try again shortly.",
        "code": "throttle_unavailable",
    }
    assert response["Retry-After"] == "30"


def test_unreachable_throttle_cache_does_not_block_unthrottled_endpoints(api, store, dead_throttle_cache):
    assert api().get("/api/stores").status_code == 200


def test_unreachable_throttle_cache_register_is_503(api, dead_throttle_cache, unchanged, django_user_model):
    with unchanged(django_user_model.objects.all()):
        response = api().post(
            "/api/auth/register", {"username": "u", "email": "u@example.com", "password": "x"}
        )
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
