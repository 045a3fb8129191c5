"""Small helpers shared by the accounts and stores API tests."""

import itertools
import json
from typing import Any

from rest_framework.test import APIClient

from storeops.accounts.tests.factories import PASSWORD
from storeops.activity.models import ActivityEvent

_ips = itertools.count(1)


def fresh_ip() -> str:
    """A new client address, so the login throttle only trips where a test means it to."""
    n = next(_ips)
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


def login(
    identifier: str, password: str = PASSWORD, *, ip: str | None = None, field: str = "username"
) -> Any:
    return APIClient().post(
        "/api/auth/login",
        {field: identifier, "password": password},
        format="json",
        REMOTE_ADDR=ip or fresh_ip(),
    )


def bearer(access: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
    return client


def refresh(raw: str) -> Any:
    return APIClient().post("/api/token/refresh", {"refresh": raw}, format="json")


def events(action: str, **filters: Any) -> Any:
    return ActivityEvent.objects.filter(action=action, **filters)


def assert_no_secret_in_events(*secrets: str) -> None:
    """No audit event, in any field, carries one of these raw values."""
    for event in ActivityEvent.objects.all():
        text = json.dumps([event.changes, event.metadata, event.reason, event.entity_label])
        for secret in secrets:
            assert secret not in text, f"{event.action} leaks a secret"


class EventLog:
    """The events written after a point in the test, as (action, entity_type, entity_id) in write order."""

    def __init__(self) -> None:
        last = ActivityEvent.objects.order_by("-id").values_list("id", flat=True).first()
        self.since = last or 0

    def actions(self) -> list[tuple[str, str, str]]:
        rows = ActivityEvent.objects.filter(id__gt=self.since).order_by("id")
        return [(e.action, e.entity_type, e.entity_id) for e in rows]

    def get(self, action: str, entity_id: Any) -> ActivityEvent:
        return ActivityEvent.objects.filter(id__gt=self.since).get(action=action, entity_id=str(entity_id))
