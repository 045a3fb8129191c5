"""PostgreSQL-only: the export streams from a lazy server-side cursor, each filter has its index, and the
retention job is the one deletion path through the immutability trigger."""

import datetime as dt
import gc
import os
import time
import tracemalloc

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from storeops.activity import actions
from storeops.activity.filters import ActivityEventFilterSet
from storeops.activity.models import ActivityEvent
from storeops.activity.selectors import event_list
from storeops.activity.tests.factories import EventFactory

pytestmark = [pytest.mark.postgres]

# Varied rows: 20 entity types × many ids, 50 actors and system, 10 stores, 40 actions, one request per 3 events.
INSERT_EVENTS = """
INSERT INTO activity_activityevent (occurred_at, actor_id, actor_label, action, entity_type, entity_id,
    entity_label, store_id, changes, reason, metadata, request_id)
SELECT now() - g * interval '1 second', NULLIF(g %% 51, 0), 'user', 'catalog.m' || (g %% 40) || '.updated',
    't' || (g %% 20), (g %% 997)::text, '=label, "' || g || '"', NULLIF(g %% 11, 0),
    '{"name": ["a", "b"]}', '', '{}', 'req-' || (g / 3)
FROM generate_series(1, %s) AS g
"""


def insert_events(count: int) -> None:
    """Bulk rows straight in SQL (the model writes one at a time), then fresh planner statistics."""
    with connection.cursor() as cursor:
        cursor.execute(INSERT_EVENTS, [count])
        cursor.execute("ANALYZE activity_activityevent")


@pytest.mark.django_db(transaction=True)
def test_export_reads_through_a_cursor_that_is_not_materialised(api, admin_user, monkeypatch):
    """Outside a transaction a server-side cursor is WITH HOLD, which makes PostgreSQL compute the whole
    result before the first row; the export holds a read transaction instead."""
    monkeypatch.setattr("storeops.activity.export.CHUNK_ROWS", 5)
    EventFactory.create_batch(30)
    response = api(admin_user).get("/api/logs/export", {"format": "csv"})
    stream = iter(response.streaming_content)
    next(stream), next(stream)  # header, first chunk: the cursor is open now
    with connection.cursor() as cursor:
        cursor.execute("SELECT is_holdable FROM pg_cursors WHERE name LIKE '_django_curs_%%'")
        assert cursor.fetchall() == [(False,)]
    rest = b"".join(stream)
    assert rest.count(b"\r\n") == 25
    assert not connection.in_atomic_block


# (query, index, rows come in index order so nothing is sorted)
INDEXED = [
    ({}, "activity_time_idx", True),
    ({"ordering": "occurred_at"}, "activity_time_idx", True),
    ({"date_from": "2025-01-01", "date_to": "2025-12-31"}, "activity_time_idx", True),
    ({"entity": "t3"}, "activity_entity_type_idx", True),
    ({"entity": "t3", "entity_id": "7"}, "activity_entity_idx", True),
    (
        {"entity": "t3", "entity_id": "7", "created_after": "2025-01-01T00:00:00Z"},
        "activity_entity_idx",
        True,
    ),
    ({"actor": "5"}, "activity_actor_idx", True),
    ({"actor": "system"}, "activity_system_idx", True),
    ({"store": "3", "date_from": "2025-01-01"}, "activity_store_idx", True),
    ({"action": "catalog.m7.updated"}, "activity_action_idx", True),
    ({"action": "catalog.m7.*"}, "activity_action_idx", False),
    ({"request_id": "req-1"}, "activity_request_idx", True),
]


@pytest.mark.parametrize(("query", "index", "in_order"), INDEXED)
def test_each_filter_is_served_by_its_index(db, query, index, in_order):
    insert_events(5000)
    filterset = ActivityEventFilterSet(data=query, queryset=event_list(actor=None))
    assert filterset.is_valid(), filterset.errors
    queryset = filterset.qs
    if query.get("ordering") == "occurred_at":
        queryset = queryset.order_by("occurred_at", "id")
    with transaction.atomic(), connection.cursor() as cursor:
        # A handful of rows would be read sequentially; ask what the planner does when that is not cheaper.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        plan = queryset[:20].explain()  # a list page
    assert index in plan, plan
    assert ("Sort" not in plan) is in_order, plan


@pytest.mark.django_db(transaction=True)
def test_prune_command_passes_the_trigger_and_records_the_prune(settings):
    settings.ACTIVITY_RETENTION_DAYS = 30
    now = timezone.now()
    old = [EventFactory(occurred_at=now - dt.timedelta(days=days)) for days in (31, 60, 90)]
    recent = EventFactory(occurred_at=now - dt.timedelta(days=29))
    call_command("prune_activity", "--batch-size", "2")
    left = set(ActivityEvent.objects.values_list("action", "pk"))
    pruned = ActivityEvent.objects.get(action=actions.LOG_PRUNED)
    assert left == {(recent.action, recent.pk), (actions.LOG_PRUNED, pruned.pk)}
    assert pruned.metadata["deleted"] == len(old)
    # The trigger still refuses every other deletion afterwards.
    with pytest.raises(DatabaseError, match="immutable"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM activity_activityevent")


# CI runs 1 000 000 (.ci/run); a local run defaults to fewer. Figures in bench/RESULTS.md.
SCALE_ROWS = int(os.environ.get("ACTIVITY_EXPORT_SCALE_ROWS", "100000"))
MEMORY_LIMIT = 64 * 1024 * 1024


@pytest.mark.slow
def test_export_at_scale_streams_every_row_in_constant_memory(db, api, admin_user):
    insert_events(SCALE_ROWS)
    client = api(admin_user)
    # Warm the process (imports, URL resolver, token check) so the timing is the export's own; a list
    # request, since an export would add its own event to the rows counted below.
    assert client.get("/api/logs", {"page_size": 1}).status_code == 200
    gc.collect()
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        started = time.monotonic()
        response = client.get("/api/logs/export", {"format": "csv"})
        stream = iter(response.streaming_content)
        header = next(stream)
        lines = next(stream).count(b"\r\n")
        first_chunk = time.monotonic() - started
        for chunk in stream:
            lines += chunk.count(b"\r\n")
        peak = tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()
    elapsed = time.monotonic() - started
    print(f"\nexport of {SCALE_ROWS} events: first chunk {first_chunk:.2f}s, total {elapsed:.1f}s, "
          f"peak traced growth {peak / 2**20:.1f} MiB")  # fmt: skip
    assert header.startswith(b"id,occurred_at,")
    # Labels hold commas and quotes but no line breaks: one CRLF per row.
    assert lines == SCALE_ROWS
    assert first_chunk < 1.0
    assert peak < MEMORY_LIMIT
