"""GET /api/logs/export: streamed CSV or JSON, the list's filters, recorded as an event of its own."""

import csv
import io
import json

import pytest
from django.http import StreamingHttpResponse

from storeops.activity import actions
from storeops.activity.export import CSV_COLUMNS, csv_cell
from storeops.activity.models import ActivityEvent
from storeops.activity.tests.factories import EventFactory, local

HEADER = (
    "id,occurred_at,actor_id,actor_label,actor_role,action,entity_type,entity_id,entity_label,store_id,"
    "reason,changes,metadata,request_id,ip"
)


@pytest.fixture
def admin_api(api, admin_user):  # type: ignore[no-untyped-def]
    return api(admin_user)


def body(response) -> bytes:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content)


def csv_rows(response) -> list[list[str]]:  # type: ignore[no-untyped-def]
    text = body(response).decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def exported() -> ActivityEvent:
    return ActivityEvent.objects.get(action=actions.LOG_EXPORTED)


def test_csv_header_and_row(admin_api, admin_user, store):
    event = EventFactory(
        actor=admin_user,
        actor_label="admin",
        actor_role="system_admin",
        store=store,
        changes={"name": ["A", "B"]},
        metadata={"k": "v"},
        request_id="req-1",
        ip="203.0.113.5",
        occurred_at=local(2025, 8, 31, 23, 59, 59),
    )
    response = admin_api.get("/api/logs/export", {"format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="activity_')
    assert response["Content-Disposition"].endswith('.csv"')
    raw = body(response)
    assert raw.startswith(HEADER.encode() + b"\r\n") and not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode(), newline="")))
    assert rows[1] == [
        str(event.pk),
        "2025-08-31T23:59:59+05:30",
        str(admin_user.pk),
        "admin",
        "system_admin",
        "catalog.brand.updated",
        "brand",
        event.entity_id,
        event.entity_label,
        str(store.pk),
        "",
        '{"name":["A","B"]}',
        '{"k":"v"}',
        "req-1",
        "203.0.113.5",
    ]
    assert len(rows) == 2


@pytest.mark.parametrize("path", ["/api/logs/export", "/api/logs/export/"])
def test_csv_is_the_default_format_and_both_paths_answer(admin_api, path):
    EventFactory()
    for query in ({"entity": "brand"}, {"format": "", "entity": "brand"}):
        response = admin_api.get(path, query)
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert len(csv_rows(response)) == 2


def test_csv_zero_rows_still_has_the_header(admin_api):
    assert body(admin_api.get("/api/logs/export", {"format": "csv"})) == HEADER.encode() + b"\r\n"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_formula_injection_is_neutralised(admin_api, start):
    label = f'{start}HYPERLINK("http://x")'
    EventFactory(entity_label=label, reason=f"{start}1+1", entity_id=f"{start}7")
    row = dict(zip(CSV_COLUMNS, csv_rows(admin_api.get("/api/logs/export"))[1], strict=True))
    assert row["entity_label"] == "'" + label
    assert row["reason"] == f"'{start}1+1"
    assert row["entity_id"] == f"'{start}7"


def test_csv_cells_that_are_not_formulas_are_unchanged():
    assert csv_cell("HYPERLINK(=)") == "HYPERLINK(=)"
    assert csv_cell(" =1") == " =1"
    assert csv_cell("'quoted") == "'quoted"
    assert csv_cell(None) == ""
    assert csv_cell(-5) == -5


def test_csv_round_trip_of_commas_quotes_and_newlines(admin_api):
    tricky = 'a, "quoted" b\nnew line\r\nand CRLF; ünïcödé ✓'
    EventFactory(entity_label=tricky, reason=tricky, changes={"note": [tricky, None]})
    row = dict(zip(CSV_COLUMNS, csv_rows(admin_api.get("/api/logs/export"))[1], strict=True))
    assert row["entity_label"] == tricky and row["reason"] == tricky
    assert json.loads(row["changes"]) == {"note": [tricky, None]}


def test_json_export_equals_the_list(admin_api, store, advisor):
    for index in range(5):
        EventFactory(
            store=store if index % 2 else None,
            actor=advisor if index % 3 else None,
            changes={"i": [index, index + 1]},
            entity_label=f"=label {index}",
        )
    query = {"entity": "brand", "ordering": "occurred_at"}
    listed = admin_api.get("/api/logs", {**query, "page_size": 100}).json()["results"]
    response = admin_api.get("/api/logs/export", {**query, "format": "json"})
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].endswith('.json"')
    # JSON needs no spreadsheet protection: values are exactly the list's.
    assert json.loads(body(response)) == listed


def test_json_zero_rows_is_an_empty_array(admin_api):
    assert json.loads(body(admin_api.get("/api/logs/export", {"format": "json"}))) == []


def test_json_many_rows_across_chunks_is_one_valid_array(admin_api, monkeypatch):
    monkeypatch.setattr("storeops.activity.export.CHUNK_ROWS", 3)
    EventFactory.create_batch(10)
    response = admin_api.get("/api/logs/export", {"format": "json"})
    chunks = list(response.streaming_content)
    assert len(chunks) > 3
    assert len(json.loads(b"".join(chunks))) == 10


def test_csv_many_rows_across_chunks(admin_api, monkeypatch):
    monkeypatch.setattr("storeops.activity.export.CHUNK_ROWS", 4)
    events = EventFactory.create_batch(10)
    rows = csv_rows(admin_api.get("/api/logs/export"))
    assert [int(row[0]) for row in rows[1:]] == sorted((e.pk for e in events), reverse=True)


@pytest.mark.parametrize("value", ["xml", "CSV", "csv,json", "api"])
def test_unknown_format_is_400_and_not_recorded(admin_api, value, unchanged):
    with unchanged():
        response = admin_api.get("/api/logs/export", {"format": value})
    assert response.status_code == 400
    assert response.json() == {"format": ["Choose csv or json."]}


def test_invalid_filter_is_400_and_not_recorded(admin_api, unchanged):
    with unchanged():
        response = admin_api.get("/api/logs/export", {"date_from": "nope"})
    assert response.status_code == 400 and list(response.json()) == ["date_from"]


def test_accept_header_does_not_refuse_the_export(admin_api):
    response = admin_api.get("/api/logs/export", {"format": "csv"}, HTTP_ACCEPT="text/csv")
    assert response.status_code == 200
    denied = admin_api.get("/api/logs/export", {"format": "xml"}, HTTP_ACCEPT="text/csv")
    assert denied.status_code == 400 and denied["Content-Type"] == "application/json"


def test_export_applies_the_filters(admin_api, store):
    hit = EventFactory(store=store, action="catalog.brand.created")
    EventFactory(store=store, action="stores.store.updated")
    EventFactory(action="catalog.brand.created")
    query = {"format": "json", "store": store.pk, "action": "catalog.*"}
    assert [row["id"] for row in json.loads(body(admin_api.get("/api/logs/export", query)))] == [hit.pk]


def test_export_is_recorded_before_streaming_with_format_and_filters(admin_api, admin_user):
    EventFactory.create_batch(3, entity_type="brand")
    EventFactory(entity_type="store")
    query = {"format": "json", "entity": "brand", "ordering": "occurred_at", "page": "2", "actor": ""}
    response = admin_api.get("/api/logs/export", query)
    # Committed when the response is returned, before a single row was read.
    event = exported()
    assert (event.actor_id, event.actor_label, event.actor_role) == (admin_user.pk, "admin", "system_admin")
    assert (event.entity_type, event.entity_id, event.store_id) == ("activity_log", "", None)
    assert event.metadata == {
        "format": "json",
        "filters": {"entity": "brand", "ordering": "occurred_at"},
    }
    assert event.request_id == response["X-Request-ID"] and event.ip == "127.0.0.1"
    assert len(json.loads(body(response))) == 3


def test_export_leaves_its_own_event_out(admin_api):
    earlier = EventFactory()
    rows = json.loads(body(admin_api.get("/api/logs/export", {"format": "json"})))
    assert [row["id"] for row in rows] == [earlier.pk]
    # The next export shows the first one.
    rows = json.loads(body(admin_api.get("/api/logs/export", {"format": "json"})))
    assert [row["action"] for row in rows] == [actions.LOG_EXPORTED, earlier.action]


def test_head_records_nothing(admin_api, unchanged):
    EventFactory()
    with unchanged():
        response = admin_api.head("/api/logs/export", {"format": "json"})
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
