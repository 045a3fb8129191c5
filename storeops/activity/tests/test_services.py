"""record(): actor, entity, store and secret handling of the audit trail."""

import datetime as dt
import json
import uuid
from decimal import Decimal

import pytest

from storeops.activity.models import ActivityEvent
from storeops.activity.services import entity_type_of, record, snapshot, to_jsonable
from storeops.api.models import IdempotencyRecord
from storeops.core.context import RequestContext, reset_context, set_context

SECRETS = (
    "password",
    "new_password",
    "current_password",
    "token",
    "refresh",
    "access",
    "captcha_token",
    "secret",
)


@pytest.fixture
def in_request():  # type: ignore[no-untyped-def]
    token = set_context(RequestContext(request_id="req-1", ip="203.0.113.5"))
    yield
    reset_context(token)


def test_record_with_a_user_actor(advisor, store):
    event = record(actor=advisor, action="test.user.poked", entity=advisor, reason="why", metadata={"n": 1})
    event = ActivityEvent.objects.get(pk=event.pk)
    assert (event.actor_id, event.actor_label, event.actor_role) == (advisor.pk, "advisor", "advisor")
    assert (event.action, event.entity_type, event.entity_id, event.entity_label) == (
        "test.user.poked",
        "user",
        str(advisor.pk),
        "advisor",
    )
    assert (event.store_id, event.reason, event.metadata, event.changes) == (store.pk, "why", {"n": 1}, {})
    assert (event.request_id, event.ip) == (None, None)


def test_record_outside_a_request_is_the_system(store):
    event = record(actor=None, action="test.store.poked", entity=store)
    assert (event.actor_id, event.actor_label, event.actor_role) == (None, "system", None)


def test_record_inside_a_request_without_user_is_anonymous(store, in_request):
    from django.contrib.auth.models import AnonymousUser

    for actor in (None, AnonymousUser()):
        event = record(actor=actor, action="test.store.poked", entity=store)
        assert (event.actor_id, event.actor_label, event.actor_role) == (None, "anonymous", None)
        assert (event.request_id, event.ip) == ("req-1", "203.0.113.5")


def test_actor_label_is_frozen(advisor):
    event = record(actor=advisor, action="test.user.poked", entity=advisor)
    advisor.username = "renamed"
    advisor.save(update_fields=["username"])
    assert ActivityEvent.objects.get(pk=event.pk).actor_label == "advisor"


def test_entity_type_is_snake_case(store):
    assert entity_type_of(store) == "store"
    assert entity_type_of(IdempotencyRecord()) == "idempotency_record"
    from storeops.accounts.models import RefreshTokenRecord

    assert entity_type_of(RefreshTokenRecord()) == "refresh_token_record"


def test_store_derivation(store, other_store, advisor, customer):
    assert record(actor=None, action="a.b.c", entity=store).store_id == store.pk
    assert record(actor=None, action="a.b.c", entity=advisor).store_id == store.pk
    assert record(actor=None, action="a.b.c", entity=customer).store_id is None
    assert record(actor=None, action="a.b.c", entity=advisor, store=other_store).store_id == other_store.pk
    assert (
        record(actor=None, action="a.b.c", entity=customer, store=other_store.pk).store_id == other_store.pk
    )


def test_explicit_entity_fields_without_instance(db):
    event = record(
        actor=None, action="activity.log.exported", entity_type="activity_log", metadata={"format": "csv"}
    )
    assert (event.entity_type, event.entity_id, event.entity_label, event.store_id) == (
        "activity_log",
        "",
        "",
        None,
    )


def test_explicit_label_and_id_win(store):
    event = record(actor=None, action="a.b.c", entity=store, entity_label="Frozen", entity_id="X1")
    assert (event.entity_label, event.entity_id) == ("Frozen", "X1")


def test_long_values_are_truncated_to_the_columns(db):
    event = record(
        actor=None, action="a.b.c", entity_type="t" * 80, entity_id="9" * 80, entity_label="l" * 300
    )
    assert (len(event.entity_type), len(event.entity_id), len(event.entity_label)) == (50, 64, 255)


def test_secrets_are_stripped_from_changes_and_metadata(advisor):
    payload = {key: ["old", "new"] for key in SECRETS} | {"first_name": ["A", "B"]}
    event = record(actor=advisor, action="a.b.c", entity=advisor, changes=payload, metadata=dict(payload))
    event = ActivityEvent.objects.get(pk=event.pk)
    assert event.changes == {"first_name": ["A", "B"]}
    assert event.metadata == {"first_name": ["A", "B"]}


def test_snapshot_leaves_out_secrets(advisor):
    data = snapshot(advisor, ["username", "password", "store"])
    assert data == {"username": "advisor", "store": advisor.store_id}
    assert "password" not in snapshot(advisor)


def test_values_are_json_safe(advisor, store):
    changes = {
        "price": [Decimal("199.00"), Decimal("249.50")],
        "date": [dt.date(2025, 8, 31), None],
        "time": [dt.time(9, 30), dt.time(18, 0)],
        "at": [dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC), None],
        "ref": [uuid.UUID(int=1), None],
        "store": [None, store],
        "tags": [("a", "b"), {"x"}],
        "nested": [{"k": Decimal("1.5")}, {}],
    }
    event = record(actor=advisor, action="a.b.c", entity=advisor, changes=changes)
    event = ActivityEvent.objects.get(pk=event.pk)
    assert event.changes == {
        "price": ["199.00", "249.50"],
        "date": ["2025-08-31", None],
        "time": ["09:30:00", "18:00:00"],
        "at": ["2025-01-02T03:04:05+00:00", None],
        "ref": [str(uuid.UUID(int=1)), None],
        "store": [None, store.pk],
        "tags": [["a", "b"], ["x"]],
        "nested": [{"k": "1.5"}, {}],
    }


def test_to_jsonable_leaves_plain_values():
    assert to_jsonable(None) is None
    assert to_jsonable(True) is True
    assert to_jsonable(3) == 3
    assert to_jsonable("s") == "s"


def test_record_inside_an_atomic_block_rolls_back_with_it(store):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        record(actor=None, action="a.b.c", entity=store)
        raise RuntimeError("the change failed")
    assert not ActivityEvent.objects.exists()


@pytest.mark.django_db
def test_record_strips_secrets_at_any_depth():
    event = record(
        actor=None,
        action="x.y.z",
        entity_type="thing",
        changes={"payload": {"password": "hunter2-secret", "name": "ok", "items": [{"token": "abc-secret"}]}},
        metadata={"nested": {"refresh": "r-secret", "captcha_token": "c-secret"}},
    )
    event.refresh_from_db()
    assert event.changes == {"payload": {"name": "ok", "items": [{}]}}
    assert event.metadata == {"nested": {}}
    assert "secret" not in json.dumps([event.changes, event.metadata])
