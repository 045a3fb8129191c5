"""The pure time rules: windows in a store's zone, check-in window, metrics and status (spec 05 §4, §6)."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from storeops.attendance.rules import (
    AttendanceStatus,
    Candidate,
    Policy,
    compute_metrics,
    day_status,
    late_minutes,
    pick_checkin,
    round_minutes,
    shift_window,
    whole_minutes,
    worked_minutes,
)

KOLKATA = ZoneInfo("Asia/Kolkata")
NEW_YORK = ZoneInfo("America/New_York")
POLICY = Policy(grace=15, early_checkin=15, half_day=360, rounding=5, ot_cap=480)
DAY = date(2025, 8, 12)


def at(hour: int, minute: int = 0, day: date = DAY, tz: ZoneInfo = KOLKATA, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)


def test_a_day_shift_window_lies_on_its_date_in_the_store_zone():
    start, end = shift_window(DAY, time(9), time(18), NEW_YORK)
    assert start.isoformat() == "2025-08-12T09:00:00-04:00"
    assert end.isoformat() == "2025-08-12T18:00:00-04:00"


def test_an_overnight_window_ends_on_the_next_day():
    start, end = shift_window(DAY, time(22), time(6), KOLKATA)
    assert (start, end) == (at(22), at(6, day=date(2025, 8, 13)))
    assert whole_minutes(end - start) == 480


def test_an_overnight_window_across_a_dst_change_counts_real_minutes():
    # 2025-11-02 02:00 New York clocks go back: the 22:00–06:00 shift lasts 9 hours.
    start, end = shift_window(date(2025, 11, 1), time(22), time(6), NEW_YORK)
    assert whole_minutes(end.astimezone(KOLKATA) - start.astimezone(KOLKATA)) == 540


def test_worked_minutes_across_a_dst_change_are_elapsed_minutes():
    start, end = shift_window(date(2025, 11, 1), time(22), time(6), NEW_YORK)
    assert worked_minutes(start, end, start, end, POLICY) == 540


def test_rounding_is_to_the_nearest_bucket_halves_up():
    assert [round_minutes(m, 5) for m in (7, 8, 362, 0, 2, 3)] == [5, 10, 360, 0, 0, 5]
    assert round_minutes(5, 10) == 10
    assert round_minutes(14, 10) == 10
    assert round_minutes(7, 1) == 7


def test_the_spec_example_late_early_worked_present():
    metrics = compute_metrics(
        shift_start=at(9),
        shift_end=at(17),
        check_in=at(9, 20),
        check_out=at(16, 40),
        late_excused=False,
        approved_ot=None,
        policy=POLICY,
    )
    assert (metrics.late_minutes, metrics.early_out_minutes, metrics.worked_minutes) == (5, 20, 440)


def test_late_minutes_follow_the_grace():
    assert late_minutes(at(9), at(9, 20), POLICY, excused=False) == 5
    assert late_minutes(at(9), at(9, 30), POLICY, excused=False) == 15
    assert late_minutes(at(9), at(9, 15, second=59), POLICY, excused=False) == 0
    assert late_minutes(at(9), at(9, 30), POLICY, excused=True) == 0
    assert late_minutes(at(9), at(9, 30), Policy(0, 15, 360, 5, 480), excused=False) == 30


def test_worked_counts_only_the_overlap_with_the_window():
    start, end = shift_window(DAY, time(22), time(6), KOLKATA)
    assert worked_minutes(start, end, at(21, 50), at(6, 10, day=date(2025, 8, 13)), POLICY) == 480
    assert worked_minutes(at(9), at(18), at(9), at(15, 2), POLICY) == 360
    assert worked_minutes(at(9), at(18), at(19), at(20), POLICY) == 0
    assert worked_minutes(at(9), at(18), at(9), None, POLICY) == 0


def test_ot_is_capped():
    metrics = compute_metrics(
        shift_start=at(9),
        shift_end=at(18),
        check_in=at(9),
        check_out=at(18),
        late_excused=False,
        approved_ot=600,
        policy=POLICY,
    )
    assert metrics.ot_minutes == 480


def _status(**overrides: object) -> AttendanceStatus:
    values = {
        "any_pending": False,
        "has_check_in": True,
        "has_check_out": True,
        "geofence_rejected": False,
        "worked": 400,
        "policy": POLICY,
    }
    return day_status(**(values | overrides))  # type: ignore[arg-type]


def test_status_table_first_match_wins():
    assert _status(any_pending=True, has_check_in=False) == AttendanceStatus.PENDING_APPROVAL
    assert _status(has_check_in=False, has_check_out=False) == AttendanceStatus.ABSENT
    assert _status(has_check_out=False) == AttendanceStatus.OPEN
    assert _status(geofence_rejected=True) == AttendanceStatus.ABSENT
    assert _status(worked=360) == AttendanceStatus.PRESENT
    assert _status(worked=355) == AttendanceStatus.HALF_DAY
    assert _status(worked=0) == AttendanceStatus.ABSENT
    assert _status(worked=300, policy=Policy(15, 15, 300, 5, 480)) == AttendanceStatus.PRESENT


def _candidate(day: date, start: time, end: time, tz: ZoneInfo = KOLKATA) -> Candidate[str]:
    window = shift_window(day, start, end, tz)
    return Candidate(day=day, shift=f"{start}-{end}", start=window[0], end=window[1])


def test_check_in_window_opens_early_and_closes_at_the_end():
    today = _candidate(DAY, time(9), time(18))
    assert pick_checkin(at(8, 46), [today], POLICY, today=today).candidate == today
    early = pick_checkin(at(8, 40), [today], POLICY, today=today)
    assert (early.refusal, early.opens_at) == ("too_early", at(8, 45))
    assert pick_checkin(at(18, 1), [today], POLICY, today=today).refusal == "shift_over"
    assert pick_checkin(at(10), [], POLICY, today=None).refusal == "no_planned_shift"


def test_last_nights_overnight_shift_is_picked_after_midnight():
    yesterday = _candidate(DAY - timedelta(days=1), time(22), time(6))
    today = _candidate(DAY, time(22), time(6))
    pick = pick_checkin(at(0, 30), [today, yesterday], POLICY, today=today)
    assert pick.candidate == yesterday
    assert pick_checkin(at(23), [today, yesterday], POLICY, today=today).candidate == today


minutes = st.integers(min_value=0, max_value=3000)


@given(m=minutes, bucket=st.integers(min_value=1, max_value=60))
def test_rounding_lands_on_the_nearest_multiple(m, bucket):
    rounded = round_minutes(m, bucket)
    assert rounded % bucket == 0
    assert abs(rounded - m) * 2 <= bucket
    # Halves go up.
    if bucket > 1 and (2 * m) % (2 * bucket) == bucket:
        assert rounded > m


@given(
    start_minute=st.integers(min_value=0, max_value=1439),
    length=st.integers(min_value=1, max_value=1439),
    in_offset=st.integers(min_value=-600, max_value=2000),
    out_after=st.integers(min_value=0, max_value=2000),
    rounding=st.sampled_from([1, 5, 10, 15]),
)
def test_worked_never_exceeds_the_window_nor_the_punches(
    start_minute, length, in_offset, out_after, rounding
):
    policy = Policy(grace=15, early_checkin=15, half_day=360, rounding=rounding, ot_cap=480)
    start = datetime(2025, 3, 1, tzinfo=KOLKATA) + timedelta(minutes=start_minute)
    end = start + timedelta(minutes=length)
    check_in = start + timedelta(minutes=in_offset)
    check_out = check_in + timedelta(minutes=out_after)
    worked = worked_minutes(start, end, check_in, check_out, policy)
    assert worked % rounding == 0
    limit = min(length, out_after)
    assert 0 <= worked <= round_minutes(limit, rounding)
    if check_in <= start and check_out >= end:
        assert worked == round_minutes(length, rounding)


@given(a=st.integers(min_value=-120, max_value=600), b=st.integers(min_value=-120, max_value=600))
def test_later_check_in_is_never_less_late(a, b):
    first, second = sorted((a, b))
    start = at(9)
    late_a = late_minutes(start, start + timedelta(minutes=first), POLICY, excused=False)
    late_b = late_minutes(start, start + timedelta(minutes=second), POLICY, excused=False)
    assert 0 <= late_a <= late_b
    assert late_b == max(0, second - POLICY.grace)


@given(
    pending=st.booleans(),
    has_in=st.booleans(),
    has_out=st.booleans(),
    rejected=st.booleans(),
    worked=st.integers(min_value=0, max_value=1440),
)
def test_status_is_pending_exactly_while_a_request_is_pending(pending, has_in, has_out, rejected, worked):
    status = day_status(
        any_pending=pending,
        has_check_in=has_in,
        has_check_out=has_in and has_out,
        geofence_rejected=rejected,
        worked=worked,
        policy=POLICY,
    )
    assert (status == AttendanceStatus.PENDING_APPROVAL) == pending
    if not pending and has_in and has_out and not rejected and worked >= POLICY.half_day:
        assert status == AttendanceStatus.PRESENT
