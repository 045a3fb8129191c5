"""X-Request-ID on every response and on the audit events a request writes, with the client IP."""

import re

import pytest
from django.test import Client

from storeops.activity.models import ActivityEvent

HEX32 = re.compile(r"^[0-9a-f]{32}$")
BAD_LOGIN = {"username": "advisor", "password": "wrong-password"}


@pytest.mark.parametrize("path", ["/healthz", "/api/stores", "/api/nonexistent", "/api/auth/me"])
def test_request_id_generated_when_absent(db, path):
    first, second = Client().get(path), Client().get(path)
    assert HEX32.match(first["X-Request-ID"])
    assert first["X-Request-ID"] != second["X-Request-ID"]


@pytest.mark.parametrize(
    "value", ["abc-123", "7f3c2a9e-1b2c-4d5e-8f90-0123456789ab", "req:1/2+3=4@x.y_z", "x" * 128]
)
def test_valid_request_id_is_echoed(db, value):
    response = Client().get("/api/stores", HTTP_X_REQUEST_ID=value)
    assert response["X-Request-ID"] == value


@pytest.mark.parametrize(
    "value", ["x" * 129, "has space", "semi;colon", 'quote"', "new\nline", "é", "<script>"]
)
def test_invalid_request_id_is_replaced(db, value):
    response = Client().get("/api/stores", HTTP_X_REQUEST_ID=value)
    assert response["X-Request-ID"] != value
    assert HEX32.match(response["X-Request-ID"])


def test_request_id_and_ip_are_stored_on_the_event(api, advisor):
    response = api().post(
        "/api/auth/login", BAD_LOGIN, HTTP_X_REQUEST_ID="trace-42", REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 401
    assert response["X-Request-ID"] == "trace-42"
    event = ActivityEvent.objects.get(action="auth.login.failed")
    assert (event.request_id, event.ip, event.actor_id, event.actor_label) == (
        "trace-42",
        "203.0.113.7",
        None,
        "anonymous",
    )
    assert event.metadata == {"identifier": "advisor"}


def test_generated_request_id_is_stored_on_the_event(api, advisor):
    response = api().post("/api/auth/login", {"username": "advisor", "password": "Sturdy-pass-2024"})
    assert response.status_code == 200
    event = ActivityEvent.objects.get(action="auth.login.succeeded")
    assert event.request_id == response["X-Request-ID"]
    assert HEX32.match(event.request_id)
    assert event.ip == "127.0.0.1"


def test_replaced_request_id_is_the_one_stored(api, advisor):
    response = api().post("/api/auth/login", BAD_LOGIN, HTTP_X_REQUEST_ID="bad id")
    event = ActivityEvent.objects.get(action="auth.login.failed")
    assert event.request_id == response["X-Request-ID"] != "bad id"


def test_forwarded_for_is_ignored_by_default(api, advisor):
    api().post("/api/auth/login", BAD_LOGIN, REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert ActivityEvent.objects.get().ip == "10.0.0.5"


def test_forwarded_for_is_used_through_one_trusted_proxy(api, advisor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    api().post(
        "/api/auth/login",
        BAD_LOGIN,
        REMOTE_ADDR="10.0.0.5",
        HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.1",
    )
    assert ActivityEvent.objects.get().ip == "198.51.100.1"


def test_context_does_not_leak_after_the_request(api, advisor):
    from storeops.activity.services import record

    api().post("/api/auth/login", BAD_LOGIN, HTTP_X_REQUEST_ID="leak-check")
    event = record(actor=None, action="test.thing.done", entity_type="thing")
    assert (event.request_id, event.ip, event.actor_label) == (None, None, "system")
