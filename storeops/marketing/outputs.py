"""Plain-function renderings of leads for the fast read path (`storeops.api.fastpath`).

Each `*_row` renders one `.values(*COLUMNS)` row with exactly the keys, order and text of the matching admin
output serializer, which stays the documented schema (`tests/test_inbox.py` compares them).
"""

from typing import Any

from django.utils.dateparse import parse_datetime

from storeops.api.fastpath import Row, datetime_text


def audience(actor: Any) -> str:
    """Only system admins read the inbox (the permission table), and they all see the same."""
    return "admin"


def history_out(entries: list[dict[str, Any]]) -> list[Row]:
    return [
        {
            "from_status": entry["from_status"],
            "to_status": entry["to_status"],
            "note": entry["note"],
            "changed_by": entry["changed_by"],
            "changed_by_name": entry["changed_by_name"],
            "changed_at": datetime_text(parse_datetime(entry["changed_at"])),
        }
        for entry in entries
    ]


CONTACT_COLUMNS = (
    "id",
    "name",
    "mobile_no",
    "email",
    "message",
    "created_at",
    "status",
    "history",
    "updated_at",
)
CALL_COLUMNS = (
    "id", "name", "mobile_no", "date", "time", "message", "created_at", "status", "history", "updated_at",
)  # fmt: skip


def contact_row(r: Row) -> Row:
    return {
        "id": r["id"],
        "name": r["name"],
        "mobile_no": r["mobile_no"],
        "email": r["email"],
        "message": r["message"],
        "created_at": datetime_text(r["created_at"]),
        "status": r["status"],
        "history": history_out(r["history"]),
        "updated_at": datetime_text(r["updated_at"]),
    }


def call_row(r: Row) -> Row:
    return {
        "id": r["id"],
        "name": r["name"],
        "mobile_no": r["mobile_no"],
        "date": r["date"].isoformat(),
        "time": r["time"].isoformat(),
        "message": r["message"],
        "created_at": datetime_text(r["created_at"]),
        "status": r["status"],
        "history": history_out(r["history"]),
        "updated_at": datetime_text(r["updated_at"]),
    }
