"""prune_activity: deletes only events older than the retention window, and records that it did."""

import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from storeops.activity import actions
from storeops.activity.models import ActivityEvent
from storeops.activity.services import RetentionError, events_prune
from storeops.activity.tasks import prune_activity
from storeops.activity.tests.factories import EventFactory


@pytest.fixture
def thirty_days(settings):  # type: ignore[no-untyped-def]
    settings.ACTIVITY_RETENTION_DAYS = 30


@pytest.fixture
def ages(db):  # type: ignore[no-untyped-def]
    now = timezone.now()
    return {days: EventFactory(occurred_at=now - dt.timedelta(days=days)) for days in (0, 29, 31, 45, 400)}


def kept() -> set[int]:
    return set(ActivityEvent.objects.exclude(action=actions.LOG_PRUNED).values_list("pk", flat=True))


def test_prune_deletes_exactly_the_older_events_and_records_one_event(thirty_days, ages, capsys):
    call_command("prune_activity", "--batch-size", "1")
    assert "deleted=3" in capsys.readouterr().out
    assert kept() == {ages[0].pk, ages[29].pk}
    event = ActivityEvent.objects.get(action=actions.LOG_PRUNED)
    assert event.metadata["deleted"] == 3
    assert (event.actor_id, event.actor_label, event.entity_type) == (None, "system", "activity_log")
    cutoff = dt.datetime.fromisoformat(event.metadata["before"])
    assert abs(cutoff - (timezone.now() - dt.timedelta(days=30))) < dt.timedelta(minutes=1)


def test_prune_with_before_date_outside_the_window(thirty_days, ages):
    before = (timezone.localdate() - dt.timedelta(days=100)).isoformat()
    call_command("prune_activity", "--before", before)
    assert kept() == {ages[0].pk, ages[29].pk, ages[31].pk, ages[45].pk}
    assert ActivityEvent.objects.get(action=actions.LOG_PRUNED).metadata["deleted"] == 1


@pytest.mark.parametrize("days_ago", [0, 29, -3])
def test_before_inside_the_window_is_refused(thirty_days, ages, days_ago):
    before = (timezone.localdate() - dt.timedelta(days=days_ago)).isoformat()
    with pytest.raises(CommandError, match="inside the retention window"):
        call_command("prune_activity", "--before", before)
    assert kept() == {event.pk for event in ages.values()}
    assert not ActivityEvent.objects.filter(action=actions.LOG_PRUNED).exists()


@pytest.mark.parametrize("days", [0, -1])
def test_prune_is_refused_while_retention_is_off(settings, ages, days):
    settings.ACTIVITY_RETENTION_DAYS = days
    with pytest.raises(CommandError, match="kept forever"):
        call_command("prune_activity")
    with pytest.raises(CommandError, match="kept forever"):
        call_command("prune_activity", "--before", "2000-01-01")
    assert ActivityEvent.objects.count() == len(ages)
    assert prune_activity() == 0


def test_dry_run_only_counts(thirty_days, ages, capsys):
    call_command("prune_activity", "--dry-run")
    assert "would delete=3" in capsys.readouterr().out
    assert ActivityEvent.objects.count() == len(ages)


def test_nothing_to_prune_writes_no_event(thirty_days, db):
    EventFactory()
    assert events_prune() == 0
    assert not ActivityEvent.objects.filter(action=actions.LOG_PRUNED).exists()


@pytest.mark.parametrize("value", ["31/12/2020", "yesterday"])
def test_bad_before_is_refused(thirty_days, db, value):
    with pytest.raises(CommandError):
        call_command("prune_activity", "--before", value)


def test_service_refuses_a_moment_inside_the_window(thirty_days, db):
    with pytest.raises(RetentionError) as info:
        events_prune(before=timezone.now() - dt.timedelta(days=29))
    assert info.value.code == "inside_retention_window"


def test_daily_task_prunes_with_the_setting(thirty_days, ages):
    assert prune_activity() == 3
    assert kept() == {ages[0].pk, ages[29].pk}


def test_failed_batch_still_records_what_was_deleted(thirty_days, ages, monkeypatch):
    from storeops.activity.models import ActivityEventQuerySet

    real = ActivityEventQuerySet._prune
    calls = []

    def flaky(self):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("connection lost")
        return real(self)

    monkeypatch.setattr(ActivityEventQuerySet, "_prune", flaky)
    with pytest.raises(RuntimeError):
        events_prune(batch_size=1)
    assert ActivityEvent.objects.get(action=actions.LOG_PRUNED).metadata["deleted"] == 1
