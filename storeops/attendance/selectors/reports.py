"""Monthly attendance reports with pay (spec 05 §12), computed in the database.

Each row's pay uses the payroll profile effective on its date (latest `effective_from ≤ date`; none → rate 0.00,
multiplier 1.00), read by a correlated subquery. Day pay is rounded half up to cents per row, in integers, so
PostgreSQL and SQLite agree to the cent: with rate and multiplier in hundredths,
`pay_cents = round_half_up((worked·rate¢·100 + ot·rate¢·mult%) / 6000)`. A store report is one aggregate
query grouped by advisor plus one for the advisors' names, whatever the number of advisors and days.
"""

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    DecimalField,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Round

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.attendance.models import Attendance, PayrollProfile
from storeops.attendance.rules import AttendanceStatus
from storeops.core.errors import NotFound
from storeops.core.time import local_today
from storeops.stores.models import Store

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
PAID = (AttendanceStatus.PRESENT, AttendanceStatus.HALF_DAY)
CENTS = Decimal("0.01")


def month_range(value: str | None, tz_name: str | None) -> tuple[str, dt.date, dt.date]:
    """`YYYY-MM` (default: the current month in `tz_name`) → (month, first day, last day); else 400."""
    if not value:
        today = local_today(tz_name)
        value = f"{today:%Y-%m}"
    match = MONTH.match(value)
    if match is None or not int(match.group(1)) >= 1:
        raise ValidationError({"month": ["Use the format YYYY-MM."]})
    year, month = int(match.group(1)), int(match.group(2))
    start = dt.date(year, month, 1)
    end = dt.date(year, 12, 31) if month == 12 else dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return value, start, end


def _profile(field: str) -> Subquery:
    profiles = PayrollProfile.objects.filter(
        user_id=OuterRef("user_id"), effective_from__lte=OuterRef("date")
    ).order_by("-effective_from", "-id")
    return Subquery(profiles.values(field)[:1], output_field=DecimalField(max_digits=8, decimal_places=2))


def _hundredths(expression: Any) -> Cast:
    return Cast(Round(expression * Value(100)), BigIntegerField())


def with_pay(queryset: QuerySet[Attendance]) -> Any:
    """Rows annotated with `rate`, `multiplier` and `pay_cents` (0 for rows that are not paid)."""
    rows: Any = queryset.annotate(
        rate=Coalesce(_profile("hourly_rate"), Value(Decimal("0.00"))),
        multiplier=Coalesce(_profile("ot_multiplier"), Value(Decimal("1.00"))),
    )
    rows = rows.annotate(rate_c=_hundredths(F("rate")), mult_h=_hundredths(F("multiplier")))
    numerator = F("worked_minutes") * F("rate_c") * Value(100) + F("ot_minutes") * F("rate_c") * F("mult_h")
    # Integer division of non-negative integers floors on both databases: (2n + d) // 2d is n/d rounded half up.
    rounded = ExpressionWrapper(
        (numerator * Value(2) + Value(6000)) / Value(12000), output_field=BigIntegerField()
    )
    return rows.annotate(
        pay_cents=Case(When(status__in=PAID, then=rounded), default=Value(0), output_field=BigIntegerField())
    )


def _paid(field: str) -> Sum:
    return Sum(field, filter=Q(status__in=PAID), default=0)


COUNTERS = {
    "total_shifts": Count("id"),
    "present_days": Count("id", filter=Q(status=AttendanceStatus.PRESENT)),
    "half_days": Count("id", filter=Q(status=AttendanceStatus.HALF_DAY)),
    "absent_days": Count("id", filter=Q(status=AttendanceStatus.ABSENT)),
    "pending_days": Count(
        "id", filter=Q(status__in=[AttendanceStatus.OPEN, AttendanceStatus.PENDING_APPROVAL])
    ),
    "worked_minutes": _paid("worked_minutes"),
    "ot_minutes": _paid("ot_minutes"),
    "late_minutes": Sum("late_minutes", default=0),
    "pay_cents": Sum("pay_cents", default=0),
}


def money(cents: int) -> str:
    return str((Decimal(cents) / 100).quantize(CENTS))


def hours(minutes: int) -> str:
    return str((Decimal(minutes) / 60).quantize(CENTS, rounding=ROUND_HALF_UP))


def counters(values: dict[str, Any]) -> dict[str, Any]:
    """The §12 counters from one aggregate row."""
    paid_minutes = int(values["worked_minutes"]) + int(values["ot_minutes"])
    return {
        "total_shifts": values["total_shifts"],
        "present_days": values["present_days"],
        "half_days": values["half_days"],
        "absent_days": values["absent_days"],
        "pending_days": values["pending_days"],
        "worked_minutes": int(values["worked_minutes"]),
        "ot_minutes": int(values["ot_minutes"]),
        "late_minutes": int(values["late_minutes"]),
        "payable_hours": hours(paid_minutes),
        "gross_pay": money(int(values["pay_cents"])),
    }


EMPTY = dict.fromkeys(COUNTERS, 0)


# ----- the advisor's own report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MyReport:
    user: Any
    month: str
    start: dt.date
    end: dt.date
    summary: dict[str, Any]
    days: list[dict[str, Any]]


def my_report(*, actor: Any, month: str | None) -> MyReport:
    store = Store.objects.filter(pk=actor.store_id).only("timezone").first() if actor.store_id else None
    label, start, end = month_range(month, store.timezone if store else None)
    rows = with_pay(Attendance.objects.filter(user=actor, date__gte=start, date__lte=end))
    days = list(
        rows.order_by("date", "shift_start", "id").values(
            "date",
            "shift__name",
            "status",
            "check_in",
            "check_out",
            "worked_minutes",
            "late_minutes",
            "ot_minutes",
            "rate",
            "multiplier",
            "pay_cents",
        )
    )
    # Grouped like the store report: a plain aggregate over the annotated rows loses the per-row pay.
    summary = (
        rows.order_by().values("user_id").annotate(**COUNTERS).order_by("user_id").first() if days else None
    )
    return MyReport(actor, label, start, end, counters(summary or EMPTY), days)


# ----- a store's report ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreReport:
    store: Store
    month: str
    start: dt.date
    end: dt.date
    advisors: list[dict[str, Any]]
    totals: dict[str, Any]


def report_store(*, actor: Any, store_id: int) -> Store:
    """The store if the caller may see its report: admins any, a branch head their own; else 404."""
    stores = Store.objects.all()
    if getattr(actor, "role", None) != Role.SYSTEM_ADMIN:
        stores = stores.filter(branch_head=actor)
    store = stores.filter(pk=store_id).first()
    if store is None:
        raise NotFound()
    return store


def store_report(*, actor: Any, store_id: int, month: str | None) -> StoreReport:
    store = report_store(actor=actor, store_id=store_id)
    label, start, end = month_range(month, store.timezone)
    rows = with_pay(Attendance.objects.filter(store=store, date__gte=start, date__lte=end))
    per_user: dict[int, dict[str, Any]] = {
        row["user_id"]: row for row in rows.order_by().values("user_id").annotate(**COUNTERS)
    }
    people = User.objects.filter(
        Q(pk__in=per_user.keys()) | Q(store=store, role=Role.ADVISOR, is_active=True)
    ).order_by("first_name", "last_name", "username", "id")
    advisors = [
        {
            "user_id": person.pk,
            "name": person.full_name,
            "username": person.username,
            **counters(per_user.get(person.pk, EMPTY)),
        }
        for person in people.only("id", "first_name", "last_name", "username")
    ]
    paid_minutes = sum(a["worked_minutes"] + a["ot_minutes"] for a in advisors)
    totals = {
        "worked_minutes": sum(a["worked_minutes"] for a in advisors),
        "ot_minutes": sum(a["ot_minutes"] for a in advisors),
        "late_minutes": sum(a["late_minutes"] for a in advisors),
        "payable_hours": hours(paid_minutes),
        "gross_pay": money(sum(int(per_user[u]["pay_cents"]) for u in per_user)),
    }
    return StoreReport(store, label, start, end, advisors, totals)
