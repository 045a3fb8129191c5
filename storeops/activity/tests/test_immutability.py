"""Events are never changed or removed: model guards everywhere, a trigger on PostgreSQL."""

import pytest
from django.db import DatabaseError, connection, transaction

from storeops.activity.models import ActivityEvent, ImmutableEventError
from storeops.activity.services import record


@pytest.fixture
def event(db):  # type: ignore[no-untyped-def]
    return record(actor=None, action="test.thing.created", entity_type="thing", entity_id=1, entity_label="T")


def _unchanged(event) -> None:  # type: ignore[no-untyped-def]
    fresh = ActivityEvent.objects.get(pk=event.pk)
    assert (fresh.action, fresh.entity_label, fresh.reason) == ("test.thing.created", "T", "")


def test_saving_an_existing_event_raises(event):
    event.action = "x"
    with pytest.raises(ImmutableEventError):
        event.save()
    with pytest.raises(ImmutableEventError):
        event.save(update_fields=["action"])
    _unchanged(event)


def test_saving_a_new_instance_over_an_existing_id_raises(event):
    forged = ActivityEvent(
        id=event.pk, actor_label="system", action="x", entity_type="thing", entity_label="forged"
    )
    with pytest.raises(Exception), transaction.atomic():  # noqa: B017 - any refusal will do, never an UPDATE
        forged.save()
    _unchanged(event)


def test_deleting_an_event_raises(event):
    with pytest.raises(ImmutableEventError):
        event.delete()
    assert ActivityEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.parametrize(
    "operation",
    [
        lambda qs: qs.update(action="x"),
        lambda qs: qs.delete(),
        lambda qs: qs.filter(pk__gt=0).update(reason="x"),
        lambda qs: qs.all().delete(),
        lambda qs: qs.bulk_update(list(qs.all()), ["action"]),
        lambda qs: qs.update_or_create(pk=qs.get().pk, defaults={"action": "x"}),
    ],
)
def test_queryset_writes_raise(event, operation):
    with pytest.raises(ImmutableEventError), transaction.atomic():
        operation(ActivityEvent.objects)
    _unchanged(event)


def test_prune_is_the_only_model_path_that_deletes(event):
    assert ActivityEvent.objects.filter(pk=event.pk)._prune() == 1
    assert not ActivityEvent.objects.exists()


def test_new_events_can_still_be_created(event):
    assert ActivityEvent.objects.count() == 1
    record(actor=None, action="test.thing.updated", entity_type="thing")
    assert ActivityEvent.objects.count() == 2


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE activity_activityevent SET action = 'x'",
        "DELETE FROM activity_activityevent",
        "DELETE FROM activity_activityevent WHERE id = %s",
    ],
)
def test_trigger_rejects_raw_update_and_delete(event, sql):
    with pytest.raises(DatabaseError, match="immutable"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [event.pk] if "%s" in sql else None)
    _unchanged(event)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_trigger_allows_delete_for_the_retention_session(event):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL storeops.activity_prune = 'on'")
        cursor.execute("DELETE FROM activity_activityevent WHERE id = %s", [event.pk])
    assert not ActivityEvent.objects.exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_prune_setting_is_local_to_its_transaction(event):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL storeops.activity_prune = 'on'")
    with pytest.raises(DatabaseError, match="immutable"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM activity_activityevent")
    _unchanged(event)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_trigger_rejects_update_even_for_the_retention_session(event):
    with pytest.raises(DatabaseError, match="immutable"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL storeops.activity_prune = 'on'")
        cursor.execute("UPDATE activity_activityevent SET action = 'x'")
    _unchanged(event)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_trigger_is_installed(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'activity_activityevent'::regclass AND NOT tgisinternal"
        )
        assert [row[0] for row in cursor.fetchall()] == ["activity_event_immutable"]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_prune_passes_the_trigger_and_leaves_the_rest_of_the_transaction_protected(event):
    other = record(actor=None, action="test.thing.updated", entity_type="thing")
    with transaction.atomic():
        assert ActivityEvent.objects.filter(pk=event.pk)._prune() == 1
        with (
            pytest.raises(DatabaseError, match="immutable"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute("DELETE FROM activity_activityevent")
    assert list(ActivityEvent.objects.values_list("pk", flat=True)) == [other.pk]
