"""Plain-function renderings of attendance records and requests for the fast read path (`storeops.api.fastpath`).

Each renders `.values(*COLUMNS)` rows with exactly the keys, order and text of `AttendanceOutput` and
`RequestOutput` (`serializers/punches.py`), which stay the documented schema; `tests/test_fast_outputs.py`
compares the two renderings byte for byte. Answers are cached per caller scope (`audience`) in the
`attendance` namespace, which every punch, request, decision, automatic close and shift rename changes.
"""

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from storeops.accounts.roles import Role
from storeops.api.fastpath import Row, datetime_text, money_text
from storeops.attendance.models import AttendanceRequest
from storeops.stores.models import Store

SIX_PLACES = Decimal("0.000001")


def audience(actor: Any) -> str:
    """What the caller's records and queue depend on besides the URL: their scope (`selectors/punches.py`).

    A branch head's stores are read on every request, so a change of who heads a store is never answered from
    an answer cached before it.
    """
    role = getattr(actor, "role", None)
    if role == Role.SYSTEM_ADMIN:
        return "admin"
    if role == Role.BRANCH_HEAD:
        stores = Store.objects.filter(branch_head=actor).order_by("pk").values_list("pk", flat=True)
        return f"head:{actor.pk}:{','.join(map(str, stores))}"
    if role == Role.ADVISOR:
        return f"advisor:{actor.pk}"
    return "none"


def coordinate_text(value: Decimal | None) -> str | None:
    """A decimal(9, 6) as the output serializer writes it: `"12.971600"`."""
    return None if value is None else f"{value.quantize(SIX_PLACES):f}"


def full_name(first: str, last: str, username: str) -> str:
    """`User.full_name` from its columns."""
    return f"{first} {last}".strip() or username


def photo_url(pk: int, name: str, phase: str) -> str | None:
    return f"/api/attendance/{pk}/photo/{phase}" if name else None


ATTENDANCE_COLUMNS = (
    "id", "user_id", "user__first_name", "user__last_name", "user__username", "store_id", "store__name", "date",
    "shift_id", "shift__name", "shift_start", "shift_end",
    "check_in", "check_in_latitude", "check_in_longitude", "check_in_accuracy_m", "check_in_distance_m",
    "check_in_photo",
    "check_out", "check_out_latitude", "check_out_longitude", "check_out_accuracy_m", "check_out_distance_m",
    "check_out_photo",
    "worked_minutes", "late_minutes", "early_out_minutes", "ot_minutes", "late_excused", "status", "auto_closed",
    "notes", "created_at", "updated_at",
)  # fmt: skip


def attendance_row(r: Row, requests: list[Row]) -> Row:
    """One record; `requests` are its requests as `RequestBriefOutput` renders them, oldest first."""
    return {
        "id": r["id"],
        "user": r["user_id"],
        "user_name": full_name(r["user__first_name"], r["user__last_name"], r["user__username"]),
        "store": r["store_id"],
        "store_name": r["store__name"],
        "date": r["date"].isoformat(),
        "shift": r["shift_id"],
        "shift_name": r["shift__name"],
        "shift_start": datetime_text(r["shift_start"]),
        "shift_end": datetime_text(r["shift_end"]),
        "check_in": datetime_text(r["check_in"]),
        "check_in_latitude": coordinate_text(r["check_in_latitude"]),
        "check_in_longitude": coordinate_text(r["check_in_longitude"]),
        "check_in_accuracy_m": money_text(r["check_in_accuracy_m"]),
        "check_in_distance_m": r["check_in_distance_m"],
        "check_in_photo_url": photo_url(r["id"], r["check_in_photo"], "in"),
        "check_out": datetime_text(r["check_out"]),
        "check_out_latitude": coordinate_text(r["check_out_latitude"]),
        "check_out_longitude": coordinate_text(r["check_out_longitude"]),
        "check_out_accuracy_m": money_text(r["check_out_accuracy_m"]),
        "check_out_distance_m": r["check_out_distance_m"],
        "check_out_photo_url": photo_url(r["id"], r["check_out_photo"], "out"),
        "worked_minutes": r["worked_minutes"],
        "late_minutes": r["late_minutes"],
        "early_out_minutes": r["early_out_minutes"],
        "ot_minutes": r["ot_minutes"],
        "late_excused": r["late_excused"],
        "status": r["status"],
        "auto_closed": r["auto_closed"],
        "notes": r["notes"],
        "requests": requests,
        "created_at": datetime_text(r["created_at"]),
        "updated_at": datetime_text(r["updated_at"]),
    }


def attendance_rows(rows: Iterable[Row]) -> list[Row]:
    """Records with their requests, read for all of them in one query (as the serializer path prefetches)."""
    rows = list(rows)
    found: dict[int, list[Row]] = {r["id"]: [] for r in rows}
    if found:
        requests = AttendanceRequest.objects.filter(attendance_id__in=found).order_by("id")
        for req in requests.values("id", "type", "status", "attendance_id"):
            found[req["attendance_id"]].append(
                {"id": req["id"], "type": req["type"], "status": req["status"]}
            )
    return [attendance_row(r, found[r["id"]]) for r in rows]


REQUEST_COLUMNS = (
    "id", "type", "status", "reason", "meta", "attendance_id", "attendance__date", "attendance__status",
    "attendance__user_id", "attendance__user__first_name", "attendance__user__last_name",
    "attendance__user__username", "attendance__store_id", "attendance__store__name", "attendance__shift__name",
    "requested_by_id", "created_at", "decided_by_id", "decided_by__first_name", "decided_by__last_name",
    "decided_by__username", "decided_at", "decision_note",
)  # fmt: skip


def request_row(r: Row) -> Row:
    """An item of the approvals queue as `RequestOutput` renders it."""
    decided_by = r["decided_by_id"]
    return {
        "id": r["id"],
        "type": r["type"],
        "status": r["status"],
        "reason": r["reason"],
        "meta": {str(key): value for key, value in r["meta"].items()},
        "attendance": r["attendance_id"],
        "attendance_date": r["attendance__date"].isoformat(),
        "attendance_status": r["attendance__status"],
        "user": r["attendance__user_id"],
        "user_name": full_name(
            r["attendance__user__first_name"],
            r["attendance__user__last_name"],
            r["attendance__user__username"],
        ),
        "store": r["attendance__store_id"],
        "store_name": r["attendance__store__name"],
        "shift_name": r["attendance__shift__name"],
        "requested_by": r["requested_by_id"],
        "created_at": datetime_text(r["created_at"]),
        "decided_by": decided_by,
        "decided_by_name": None
        if decided_by is None
        else full_name(r["decided_by__first_name"], r["decided_by__last_name"], r["decided_by__username"]),
        "decided_at": datetime_text(r["decided_at"]),
        "decision_note": r["decision_note"],
    }
