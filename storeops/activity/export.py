"""Streaming the log export: rows read in chunks from a server-side cursor and written as CSV or a JSON array.

Memory stays constant whatever the number of rows: one chunk of rows and its text are held at a time.
"""

import contextlib
import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from django.db import connections, transaction
from django.db.models import QuerySet
from django.utils import timezone

from storeops.activity.models import ActivityEvent

CHUNK_ROWS = 2000
# The first chunk is small so the download starts at once; later ones are full.
FIRST_CHUNK_ROWS = 100

# The CSV header, fixed: these columns, always in this order (spec 07 §4).
CSV_COLUMNS = (
    "id",
    "occurred_at",
    "actor_id",
    "actor_label",
    "actor_role",
    "action",
    "entity_type",
    "entity_id",
    "entity_label",
    "store_id",
    "reason",
    "changes",
    "metadata",
    "request_id",
    "ip",
)
# The JSON objects use the API's field names (`actor`, `store`), in the same order.
JSON_KEYS = tuple(
    name.removesuffix("_id") if name in ("actor_id", "store_id") else name for name in CSV_COLUMNS
)
_OCCURRED_AT = CSV_COLUMNS.index("occurred_at")
_JSON_CELLS = (CSV_COLUMNS.index("changes"), CSV_COLUMNS.index("metadata"))

# A spreadsheet reads a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_compact_encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _timestamp(value: dt.datetime, zone: dt.tzinfo) -> str:
    """The API's datetime text (`rest_framework` DateTimeField): ISO 8601 in the current zone, UTC as `Z`."""
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


_compact = _compact_encoder.encode


def csv_cell(value: Any) -> Any:
    """None → empty; text a spreadsheet would run as a formula gets a leading `'`."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_row(row: tuple[Any, ...], zone: dt.tzinfo) -> list[Any]:
    cells = list(row)
    cells[_OCCURRED_AT] = _timestamp(cells[_OCCURRED_AT], zone)
    for index in _JSON_CELLS:
        cells[index] = _compact(cells[index])
    return [csv_cell(cell) for cell in cells]


def _json_row(row: tuple[Any, ...], zone: dt.tzinfo) -> str:
    values = list(row)
    values[_OCCURRED_AT] = _timestamp(values[_OCCURRED_AT], zone)
    return _compact(dict(zip(JSON_KEYS, values, strict=True)))


def _chunks(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    iterator = iter(rows)
    size = min(FIRST_CHUNK_ROWS, CHUNK_ROWS)
    while chunk := list(islice(iterator, size)):
        yield chunk
        size = CHUNK_ROWS


def csv_stream(rows: Iterable[tuple[Any, ...]]) -> Iterator[bytes]:
    """RFC 4180 (quoted where needed, CRLF line ends), UTF-8 without BOM; the header also for zero rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    yield buffer.getvalue().encode()
    zone = timezone.get_current_timezone()
    for chunk in _chunks(rows):
        buffer.seek(0)
        buffer.truncate()
        writer.writerows([_csv_row(row, zone) for row in chunk])
        yield buffer.getvalue().encode()


def json_stream(rows: Iterable[tuple[Any, ...]]) -> Iterator[bytes]:
    """One JSON array, `[]` for zero rows."""
    yield b"["
    separator = ""
    zone = timezone.get_current_timezone()
    for chunk in _chunks(rows):
        yield (separator + ",".join([_json_row(row, zone) for row in chunk])).encode()
        separator = ","
    yield b"]"


def event_rows(queryset: QuerySet[ActivityEvent]) -> Iterator[tuple[Any, ...]]:
    """The rows of `queryset` as tuples in `CSV_COLUMNS` order, fetched `CHUNK_ROWS` at a time.

    On PostgreSQL the rows come from a server-side cursor. It is opened inside a transaction: outside one,
    the cursor would be declared WITH HOLD and the server would materialise the whole result before the first
    row. SQLite reads lazily on its own, and a transaction there would take the write lock for the export.
    """
    connection = connections[queryset.db]
    snapshot = transaction.atomic(using=queryset.db) if connection.vendor == "postgresql" else None
    with snapshot or contextlib.nullcontext():
        yield from queryset.values_list(*CSV_COLUMNS).iterator(chunk_size=CHUNK_ROWS)
