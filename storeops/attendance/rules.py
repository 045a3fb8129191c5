"""The attendance rules of time, as pure functions: shift windows in a store's zone, the check-in window,
metrics and the day's status (spec 05 §4, §6). No database, no clock: callers pass `now` and the policy.

Times are aware datetimes. A window is built in the store's zone from the attendance date and the shift's
wall-clock times, with the end on the next day when the shift is overnight (`end_time ≤ start_time`).
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo

from django.db import models

from storeops.attendance import policy

T = TypeVar("T")


class AttendanceStatus(models.TextChoices):
    OPEN = "OPEN", "Open"
    PENDING_APPROVAL = "PENDING_APPROVAL", "Pending approval"
    PRESENT = "PRESENT", "Present"
    HALF_DAY = "HALF_DAY", "Half day"
    ABSENT = "ABSENT", "Absent"


@dataclass(frozen=True)
class Policy:
    """The §1 numbers the rules use, read from settings at the moment of use (so tests may change them)."""

    grace: int
    early_checkin: int
    half_day: int
    rounding: int
    ot_cap: int

    @classmethod
    def current(cls) -> "Policy":
        return cls(
            grace=policy.grace_minutes(),
            early_checkin=policy.early_checkin_minutes(),
            half_day=policy.half_day_minutes(),
            rounding=policy.rounding_minutes(),
            ot_cap=policy.ot_cap_minutes(),
        )


# ----- windows ---------------------------------------------------------------------------------------------


def is_overnight(start: time, end: time) -> bool:
    return end <= start


def shift_window(day: date, start: time, end: time, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end] of a shift starting on local `day`; the end falls on the next day for an overnight shift."""
    end_day = day + timedelta(days=1) if is_overnight(start, end) else day
    return datetime.combine(day, start, tzinfo=tz), datetime.combine(end_day, end, tzinfo=tz)


def checkin_opens_at(shift_start: datetime, policy: Policy) -> datetime:
    opens = shift_start.astimezone(UTC) - timedelta(minutes=policy.early_checkin)
    return opens.astimezone(shift_start.tzinfo)


@dataclass(frozen=True)
class Candidate(Generic[T]):
    """A (date, shift) an advisor may check in for, with its window; `shift` is opaque to the rules."""

    day: date
    shift: T
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Pick(Generic[T]):
    """The candidate to check in for, or why there is none (`too_early`, `shift_over`, `no_planned_shift`)."""

    candidate: Candidate[T] | None
    refusal: str | None = None
    opens_at: datetime | None = None


def pick_checkin(
    now: datetime, candidates: list[Candidate[T]], policy: Policy, *, today: Candidate[T] | None
) -> Pick[T]:
    """The first candidate whose window [start − early, end) holds `now`; else the refusal judged on today's."""
    for candidate in candidates:
        if checkin_opens_at(candidate.start, policy) <= now < candidate.end:
            return Pick(candidate)
    if today is None:
        return Pick(None, "no_planned_shift")
    opens = checkin_opens_at(today.start, policy)
    if now < opens:
        return Pick(None, "too_early", opens)
    return Pick(None, "shift_over")


# ----- metrics ---------------------------------------------------------------------------------------------


def whole_minutes(delta: timedelta) -> int:
    """Seconds ÷ 60, rounded down."""
    return int(delta.total_seconds() // 60)


def minutes_between(earlier: datetime, later: datetime) -> int:
    """Whole elapsed minutes. Python subtracts two datetimes of one zone by wall clock, which is wrong across a
    DST change; in UTC it is elapsed time."""
    return whole_minutes(later.astimezone(UTC) - earlier.astimezone(UTC))


def round_minutes(minutes: int, bucket: int) -> int:
    """To the nearest multiple of `bucket`, halves up (bucket 5: 7 → 5, 8 → 10); a bucket ≤ 1 leaves it."""
    if bucket <= 1:
        return minutes
    return (2 * minutes + bucket) // (2 * bucket) * bucket


def worked_minutes(
    shift_start: datetime,
    shift_end: datetime,
    check_in: datetime | None,
    check_out: datetime | None,
    policy: Policy,
) -> int:
    """Rounded whole minutes of [check_in, check_out] ∩ [shift_start, shift_end]; 0 without both punches."""
    if check_in is None or check_out is None:
        return 0
    overlap = minutes_between(max(check_in, shift_start), min(check_out, shift_end))
    return round_minutes(overlap, policy.rounding) if overlap > 0 else 0


def late_minutes(shift_start: datetime, check_in: datetime | None, policy: Policy, *, excused: bool) -> int:
    if excused or check_in is None:
        return 0
    return max(0, minutes_between(shift_start.astimezone(UTC) + timedelta(minutes=policy.grace), check_in))


def early_out_minutes(shift_end: datetime, check_out: datetime | None) -> int:
    if check_out is None:
        return 0
    return max(0, minutes_between(check_out, shift_end))


def ot_minutes(approved_requested: int | None, policy: Policy) -> int:
    if not approved_requested:
        return 0
    return min(policy.ot_cap, approved_requested)


@dataclass(frozen=True)
class Metrics:
    worked_minutes: int
    late_minutes: int
    early_out_minutes: int
    ot_minutes: int


def compute_metrics(
    *,
    shift_start: datetime,
    shift_end: datetime,
    check_in: datetime | None,
    check_out: datetime | None,
    late_excused: bool,
    approved_ot: int | None,
    policy: Policy,
) -> Metrics:
    return Metrics(
        worked_minutes=worked_minutes(shift_start, shift_end, check_in, check_out, policy),
        late_minutes=late_minutes(shift_start, check_in, policy, excused=late_excused),
        early_out_minutes=early_out_minutes(shift_end, check_out),
        ot_minutes=ot_minutes(approved_ot, policy),
    )


def day_status(
    *,
    any_pending: bool,
    has_check_in: bool,
    has_check_out: bool,
    geofence_rejected: bool,
    worked: int,
    policy: Policy,
) -> AttendanceStatus:
    """§4's status table, first match wins."""
    if any_pending:
        return AttendanceStatus.PENDING_APPROVAL
    if not has_check_in:
        return AttendanceStatus.ABSENT
    if not has_check_out:
        return AttendanceStatus.OPEN
    if geofence_rejected:
        return AttendanceStatus.ABSENT
    if worked >= policy.half_day:
        return AttendanceStatus.PRESENT
    if worked > 0:
        return AttendanceStatus.HALF_DAY
    return AttendanceStatus.ABSENT
