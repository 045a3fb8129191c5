"""Logins, failed logins and exports reach the trail through the real endpoints; secrets never do."""

import json

from rest_framework.test import APIClient

from storeops.accounts.tests.factories import PASSWORD
from storeops.activity import actions
from storeops.activity.models import ActivityEvent
from storeops.activity.services import is_secret, record


def _login(identifier: str, password: str):  # type: ignore[no-untyped-def]
    return APIClient().post("/api/auth/login", {"username": identifier, "password": password}, format="json")


def test_logins_failed_logins_and_exports_are_in_the_export(api, admin_user, advisor):
    assert _login("advisor", PASSWORD).status_code == 200
    assert _login("advisor", "Wrong-pass-123").status_code == 401
    assert _login("ghost", "Wrong-pass-123").status_code == 401
    client = api(admin_user)
    first = client.get("/api/logs/export", {"format": "json"})
    b"".join(first.streaming_content)
    second = client.get("/api/logs/export", {"format": "json", "action": "auth.*"})
    rows = json.loads(b"".join(second.streaming_content))
    succeeded = [r for r in rows if r["action"] == actions.LOGIN_SUCCEEDED]
    failed = [r for r in rows if r["action"] == actions.LOGIN_FAILED]
    assert [(r["actor"], r["entity_id"]) for r in succeeded] == [(advisor.pk, str(advisor.pk))]
    assert sorted((r["entity_id"], r["metadata"]["identifier"]) for r in failed) == [
        ("", "ghost"),
        (str(advisor.pk), "advisor"),
    ]
    assert all(r["actor"] is None and r["ip"] == "127.0.0.1" for r in failed)
    exports = ActivityEvent.objects.filter(action=actions.LOG_EXPORTED).order_by("pk")
    assert [e.metadata["filters"] for e in exports] == [{}, {"action": "auth.*"}]
    dump = json.dumps(list(ActivityEvent.objects.values("changes", "metadata", "reason")))
    assert PASSWORD not in dump and "Wrong-pass-123" not in dump


def test_secret_keys_are_recognised_by_their_words():
    for key in ["password", "Password", "password_hash", "new-password", "refresh_token", "access_token",
                "client_secret", "captcha_token", "jwt", "token", "refresh", "access", "otp_code"]:  # fmt: skip
        assert is_secret(key), key
    for key in ["name", "access_level", "refreshed_at", "status", "email", "tokens_left"]:
        assert not is_secret(key), key


def test_secrets_never_stored_at_any_depth_through_a_real_write(db):
    event = record(
        actor=None,
        action="test.thing.updated",
        entity_type="thing",
        changes={
            "Password": ["old-secret-1", "new-secret-2"],
            "settings": [{"api": {"client_secret": "s-3", "keep": 1}}, [{"refresh_token": "r-4"}]],
        },
        metadata={"captcha_token": "c-5", "headers": {"X-Token": "t-6"}},
    )
    stored = ActivityEvent.objects.values("changes", "metadata").get(pk=event.pk)
    assert stored == {
        "changes": {"settings": [{"api": {"keep": 1}}, [{}]]},
        "metadata": {"headers": {}},
    }
