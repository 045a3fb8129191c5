"""Idempotency-Key: replay of the first completed response per (caller, key), 422 on reuse, 409 while running."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIRequestFactory

from storeops.accounts.models import User
from storeops.accounts.tests.factories import PASSWORD
from storeops.activity.models import ActivityEvent
from storeops.api.idempotency import _caller, _claim, _fingerprint
from storeops.api.models import IdempotencyRecord
from storeops.stores.models import Store

REGISTER = "/api/auth/register"


def _body(username="idem"):  # type: ignore[no-untyped-def]
    return {"username": username, "email": f"{username}@example.com", "password": PASSWORD}


def _post(client, path, body, key, **extra):  # type: ignore[no-untyped-def]
    return client.post(path, body, HTTP_IDEMPOTENCY_KEY=key, **extra)


def test_retry_replays_the_stored_response_and_performs_nothing(api):
    client = api()
    first = _post(client, REGISTER, _body(), "key-1")
    assert first.status_code == 201
    assert "Idempotent-Replayed" not in first
    second = _post(client, REGISTER, _body(), "key-1")
    assert second.status_code == 201
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Idempotent-Replayed"] == "true"
    assert second["X-Request-ID"] != first["X-Request-ID"]
    assert User.objects.filter(username="idem").count() == 1
    assert ActivityEvent.objects.filter(action="accounts.user.registered").count() == 1
    record = IdempotencyRecord.objects.get()
    assert (record.caller, record.key, record.state, record.response_status) == (
        "ip:127.0.0.1",
        "key-1",
        "done",
        201,
    )


def test_retry_on_the_other_slash_variant_replays(api):
    client = api()
    first = _post(client, REGISTER, _body(), "key-slash")
    second = _post(client, REGISTER + "/", _body(), "key-slash")
    assert second.status_code == 201
    assert second["Idempotent-Replayed"] == "true"
    assert second.content == first.content
    assert User.objects.filter(username="idem").count() == 1


def test_client_error_is_stored_and_replayed(api):
    client = api()
    bad = {"username": "x", "email": "not-an-email", "password": PASSWORD}
    first = _post(client, REGISTER, bad, "key-400")
    assert first.status_code == 400
    second = _post(client, REGISTER, bad, "key-400")
    assert (second.status_code, second.content, second["Idempotent-Replayed"]) == (400, first.content, "true")


def test_same_key_with_a_different_body_is_422(api, unchanged):
    client = api()
    _post(client, REGISTER, _body(), "key-2")
    with unchanged(User.objects.all(), IdempotencyRecord.objects.all()):
        response = _post(client, REGISTER, _body("other"), "key-2")
    assert response.status_code == 422
    assert response.json() == {
        "detail": "This Idempotency-Key was used with a different request.",
        "code": "idempotency_key_reused",
    }


def test_same_key_on_a_different_path_is_422(api, advisor, unchanged):
    client = api()
    _post(client, REGISTER, _body(), "key-3")
    with unchanged(User.objects.all()):
        response = _post(client, "/api/auth/login", {"username": "advisor", "password": PASSWORD}, "key-3")
    assert response.status_code == 422
    assert response.json()["code"] == "idempotency_key_reused"


def test_same_key_with_a_different_method_is_422(api, admin_user, store, unchanged):
    client = api(admin_user)
    first = client.patch(f"/api/stores/{store.pk}", {}, format="json", HTTP_IDEMPOTENCY_KEY="key-m")
    assert first.status_code == 200
    with unchanged(Store.objects.all()):
        response = client.put(f"/api/stores/{store.pk}", {}, format="json", HTTP_IDEMPOTENCY_KEY="key-m")
    assert response.status_code == 422


def test_method_the_route_does_not_serve_is_405_and_keeps_no_key(api, customer):
    client = api(customer)
    assert _post(client, "/api/auth/me", {}, "key-405").status_code == 405
    assert not IdempotencyRecord.objects.filter(key="key-405").exists()
    assert client.patch("/api/auth/me", {}, HTTP_IDEMPOTENCY_KEY="key-405").status_code == 200


def test_unknown_path_is_404_and_keeps_no_key(api, customer):
    assert _post(api(customer), "/api/nowhere", {}, "key-404").status_code == 404
    assert not IdempotencyRecord.objects.filter(key="key-404").exists()


def test_retry_while_the_first_is_running_is_409(api, unchanged):
    client = api()
    _post(client, REGISTER, _body(), "key-4")
    IdempotencyRecord.objects.update(state=IdempotencyRecord.State.RUNNING)
    with unchanged(User.objects.all()):
        response = _post(client, REGISTER, _body(), "key-4")
    assert response.status_code == 409
    assert response.json() == {
        "detail": "A request with this Idempotency-Key is still in progress.",
        "code": "idempotency_in_progress",
    }


@pytest.mark.parametrize("key", ["k" * 256, "", "tab\there"])
def test_invalid_key_is_400(api, unchanged, key):
    with unchanged(User.objects.all(), IdempotencyRecord.objects.all()):
        response = _post(api(), REGISTER, _body(), key)
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Idempotency-Key must be 1–255 printable characters.",
        "code": "invalid_idempotency_key",
    }


def test_key_of_255_printable_characters_is_accepted(api):
    key = ("~ !" * 100)[:255]
    assert _post(api(), REGISTER, _body(), key).status_code == 201
    assert IdempotencyRecord.objects.get().key == key


def test_keys_are_per_user(api, customer, advisor):
    body = {"first_name": "Renamed"}
    one = api(customer).patch("/api/auth/me", body, HTTP_IDEMPOTENCY_KEY="shared")
    two = api(advisor).patch("/api/auth/me", body, HTTP_IDEMPOTENCY_KEY="shared")
    assert (one.status_code, two.status_code) == (200, 200)
    assert "Idempotent-Replayed" not in two
    assert (one.json()["username"], two.json()["username"]) == ("customer", "advisor")
    assert set(User.objects.filter(first_name="Renamed").values_list("username", flat=True)) == {
        "customer",
        "advisor",
    }
    assert IdempotencyRecord.objects.count() == 2


def test_keys_are_per_client_ip_for_anonymous_callers(api):
    first = _post(api(), REGISTER, _body("one"), "anon-key", REMOTE_ADDR="198.51.100.1")
    second = _post(api(), REGISTER, _body("two"), "anon-key", REMOTE_ADDR="198.51.100.2")
    assert (first.status_code, second.status_code) == (201, 201)
    assert "Idempotent-Replayed" not in second
    assert User.objects.filter(username__in=["one", "two"]).count() == 2


def test_server_error_is_not_stored(db, test_routes):
    client = Client(raise_request_exception=False)
    for _ in range(2):
        response = client.post("/api/_test/boom", {}, HTTP_IDEMPOTENCY_KEY="boom-key")
        assert response.status_code == 500
        assert "Idempotent-Replayed" not in response
    assert test_routes["boom"] == 2
    assert not IdempotencyRecord.objects.exists()


def test_refused_request_is_not_stored(api, customer):
    response = _post(api(customer), "/api/stores", {"name": "X"}, "refused")
    assert response.status_code == 403
    assert not IdempotencyRecord.objects.exists()


def _claim_left_by_a_dead_worker(key: str, body: dict, seconds_ago: float) -> None:  # type: ignore[type-arg]
    """The row a worker leaves when it is killed after claiming the key and before doing any work."""
    request = APIRequestFactory().post(REGISTER, body, format="json")
    now = timezone.now()
    IdempotencyRecord.objects.create(
        caller=_caller(request),
        key=key,
        fingerprint=_fingerprint(request),
        created_at=now - timedelta(seconds=seconds_ago),
        expires_at=now + timedelta(hours=23),
    )


def test_stale_running_key_is_reclaimed_and_the_request_runs_once(api, settings):
    settings.IDEMPOTENCY_RUNNING_TIMEOUT_SECONDS = 60
    _claim_left_by_a_dead_worker("key-stale", _body(), seconds_ago=61)
    client = api()

    response = _post(client, REGISTER, _body(), "key-stale", format="json")
    replay = _post(client, REGISTER, _body(), "key-stale", format="json")

    assert response.status_code == 201, response.content
    assert "Idempotent-Replayed" not in response
    assert (replay.status_code, replay["Idempotent-Replayed"]) == (201, "true")
    assert replay.json() == response.json()
    assert User.objects.filter(username="idem").count() == 1
    assert ActivityEvent.objects.filter(action="accounts.user.registered").count() == 1
    record = IdempotencyRecord.objects.get()
    assert (record.state, record.response_status) == (IdempotencyRecord.State.DONE, 201)


def test_fresh_running_key_still_answers_409(api, settings, unchanged):
    settings.IDEMPOTENCY_RUNNING_TIMEOUT_SECONDS = 60
    _claim_left_by_a_dead_worker("key-fresh", _body(), seconds_ago=50)

    with unchanged(User.objects.all(), IdempotencyRecord.objects.all()):
        response = _post(api(), REGISTER, _body(), "key-fresh", format="json")

    assert response.status_code == 409
    assert response.json()["code"] == "idempotency_in_progress"


def test_stale_running_key_with_another_request_is_still_422(api, unchanged):
    _claim_left_by_a_dead_worker("key-stale-other", _body(), seconds_ago=3600)

    with unchanged(User.objects.all(), IdempotencyRecord.objects.all()):
        response = _post(api(), REGISTER, _body("another"), "key-stale-other", format="json")

    assert response.status_code == 422


def test_only_one_retry_reclaims_a_stale_key(db):
    _claim_left_by_a_dead_worker("key-race", _body(), seconds_ago=3600)
    record = IdempotencyRecord.objects.get()

    first = _claim(record.caller, record.key, record.fingerprint)
    second = _claim(record.caller, record.key, record.fingerprint)

    assert first is None
    assert second is not None and second.pk == record.pk


def test_expired_record_is_replaced(api):
    client = api()
    _post(client, REGISTER, _body("first"), "key-5")
    IdempotencyRecord.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = _post(client, REGISTER, _body("second"), "key-5")
    assert response.status_code == 201
    assert "Idempotent-Replayed" not in response
    assert User.objects.filter(username__in=["first", "second"]).count() == 2
    record = IdempotencyRecord.objects.get()
    assert record.expires_at > timezone.now() + timedelta(hours=23)


def test_get_ignores_the_key(api):
    response = api().get("/api/stores", HTTP_IDEMPOTENCY_KEY="k" * 300)
    assert response.status_code == 200
    assert not IdempotencyRecord.objects.exists()


def test_prune_removes_only_expired_records(api):
    from storeops.api.idempotency import prune_expired

    client = api()
    _post(client, REGISTER, _body("a"), "old")
    _post(client, REGISTER, _body("b"), "new")
    IdempotencyRecord.objects.filter(key="old").update(expires_at=timezone.now() - timedelta(seconds=1))
    assert prune_expired() == 1
    assert list(IdempotencyRecord.objects.values_list("key", flat=True)) == ["new"]
