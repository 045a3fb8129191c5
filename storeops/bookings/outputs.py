"""Plain-function renderings of taxonomy rows for the fast read path (`storeops.api.fastpath`).

Each `<entity>_row` renders one `.values(*<ENTITY>_COLUMNS)` row exactly as the matching output serializer in
`serializers.py` does (`tests/test_fast_outputs.py` compares the two byte for byte). Booking rows carry nested
lists (details, responses, history), so bookings render through `BookingOutput` and only the bytes are cached.
"""

import hashlib
from typing import Any

from storeops.accounts.roles import Role
from storeops.api.fastpath import Row, datetime_text, money_text
from storeops.bookings.selectors import role_of
from storeops.stores.models import Store


def taxonomy_audience(actor: Any) -> str:
    """Every signed-in caller sees the same taxonomy rows."""
    return "authenticated"


def booking_audience(actor: Any) -> str:
    """Everything a booking answer depends on besides the URL: the caller's scope and whether actors show.

    Scope inputs that live outside the bookings tables (the store a head runs, a customer's verified e-mail)
    are part of the key, so a change of them is never answered from an answer cached before it.
    """
    role = role_of(actor)
    if role == Role.SYSTEM_ADMIN:
        return "admin"
    if role == Role.BRANCH_HEAD:
        store = Store.objects.filter(branch_head=actor).values_list("pk", flat=True).first()
        return f"head:{actor.pk}:{store}"
    if role == Role.ADVISOR:
        return f"advisor:{actor.pk}"
    if role == Role.CUSTOMER:
        email = hashlib.blake2b((actor.email or "").lower().encode(), digest_size=8).hexdigest()
        return f"customer:{actor.pk}:{int(actor.email_verified)}:{email}"
    return "none"


ISSUE_COLUMNS = ("id", "name", "is_active", "created_at", "updated_at")


def issue_row(r: Row) -> Row:
    return {
        "id": r["id"],
        "name": r["name"],
        "is_active": r["is_active"],
        "created_at": datetime_text(r["created_at"]),
        "updated_at": datetime_text(r["updated_at"]),
    }


OTHER_ISSUE_COLUMNS = ("id", "name", "estimated_price", "is_active", "created_at", "updated_at")


def other_issue_row(r: Row) -> Row:
    return {
        "id": r["id"],
        "name": r["name"],
        "estimated_price": money_text(r["estimated_price"]),
        "is_active": r["is_active"],
        "created_at": datetime_text(r["created_at"]),
        "updated_at": datetime_text(r["updated_at"]),
    }


QUESTION_COLUMNS = (
    "id",
    "question_set_name",
    "question",
    "position",
    "is_active",
    "created_at",
    "updated_at",
)


def question_row(r: Row) -> Row:
    return {
        "id": r["id"],
        "question_set_name": r["question_set_name"],
        "question": r["question"],
        "position": r["position"],
        "is_active": r["is_active"],
        "created_at": datetime_text(r["created_at"]),
        "updated_at": datetime_text(r["updated_at"]),
    }
