"""`contact` and `schedule_call` limits: 5 per hour per client by default, separate counters, staff exempt."""

import pytest

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.marketing.models import CallRequest, ContactRequest
from storeops.marketing.tests.conftest import call_body, contact_body

pytestmark = pytest.mark.django_db

CONTACT = "/api/marketing/contact/"
CALL = "/api/marketing/schedule-call/"


def _six_contacts_then_a_call(api) -> None:  # type: ignore[no-untyped-def]
    client = api()
    statuses = [
        client.post(CONTACT, contact_body(), REMOTE_ADDR="198.51.100.4").status_code for _ in range(6)
    ]
    assert statuses == [201] * 5 + [429]
    assert ContactRequest.objects.count() == 5
    assert ActivityEvent.objects.count() == 5


def test_the_sixth_contact_within_an_hour_is_429_with_retry_after(api, frozen_clock):
    _six_contacts_then_a_call(api)
    response = api().post(CONTACT, contact_body(), REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert response.json()["code"] == "throttled"
    assert api().post(CONTACT, contact_body(), REMOTE_ADDR="198.51.100.5").status_code == 201


def test_schedule_call_has_its_own_counter(api, frozen_clock):
    _six_contacts_then_a_call(api)
    client = api()
    statuses = [client.post(CALL, call_body(), REMOTE_ADDR="198.51.100.4").status_code for _ in range(6)]
    assert statuses == [201] * 5 + [429]
    assert CallRequest.objects.count() == 5


def test_a_refused_form_counts_towards_the_limit(api, frozen_clock):
    client = api()
    for _ in range(5):
        assert client.post(CONTACT, contact_body(mobile_no="12ab")).status_code == 400
    assert client.post(CONTACT, contact_body()).status_code == 429
    assert ContactRequest.objects.count() == 0


@pytest.mark.parametrize("role", [Role.SYSTEM_ADMIN, Role.BRANCH_HEAD, Role.ADVISOR])
def test_staff_are_never_throttled_and_need_no_captcha(api, captcha, frozen_clock, role):
    captcha("/refuse")
    client = api(UserFactory(role=role))
    for url, body in ((CONTACT, contact_body), (CALL, call_body)):
        payload = body()
        del payload["captcha_token"]
        assert [client.post(url, payload).status_code for _ in range(10)] == [201] * 10


def test_a_customer_is_throttled_per_account(api, customer, frozen_clock):
    client = api(customer)
    assert [client.post(CONTACT, contact_body()).status_code for _ in range(6)] == [201] * 5 + [429]


def test_an_unreachable_throttle_cache_is_503_and_stores_nothing(api, settings, unchanged):
    settings.CACHES = {
        **settings.CACHES,
        "throttle": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
    }
    with unchanged(ContactRequest.objects.all()):
        response = api().post(CONTACT, contact_body())
    assert response.status_code == 503
    assert response.json()["code"] == "throttle_unavailable"
    assert response["Retry-After"] == "30"


@pytest.mark.redis
def test_limits_hold_on_redis(api, redis_throttle, frozen_clock):
    _six_contacts_then_a_call(api)
    client = api()
    statuses = [client.post(CALL, call_body(), REMOTE_ADDR="198.51.100.4").status_code for _ in range(6)]
    assert statuses == [201] * 5 + [429]
    assert any(
        key.startswith(b":1:throttle:contact:") for key in redis_throttle._cache.get_client().keys("*")
    )
