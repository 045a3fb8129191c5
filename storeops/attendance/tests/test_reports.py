"""Monthly reports with pay (spec 05 §12, §16 check 10)."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.attendance.tests.factories import PayrollProfileFactory
from storeops.attendance.tests.punching import frozen, worked_row

AUG = dt.date(2025, 8, 1)


def day(n: int) -> dt.date:
    return AUG + dt.timedelta(days=n - 1)


@pytest.fixture
def month_rows(advisor, day_shift):  # type: ignore[no-untyped-def]
    PayrollProfileFactory(user=advisor, hourly_rate=Decimal("100.00"), effective_from=dt.date(2025, 1, 1))
    worked_row(advisor, day_shift, day(4), 480, "PRESENT", ot=60, late=5)
    worked_row(advisor, day_shift, day(5), 300, "HALF_DAY", late=10)
    worked_row(advisor, day_shift, day(6), 0, "ABSENT")
    worked_row(advisor, day_shift, day(7), 200, "PENDING_APPROVAL")
    worked_row(advisor, day_shift, dt.date(2025, 9, 1), 480, "PRESENT")  # another month


def test_my_report_pays_present_and_half_days(api, advisor, month_rows):
    response = api(advisor).get("/api/attendance/reports/me", {"month": "2025-08"})
    assert response.status_code == 200
    body = response.json()
    assert (body["user_id"], body["username"], body["month"]) == (advisor.pk, "advisor", "2025-08")
    assert body["range"] == {"start": "2025-08-01", "end": "2025-08-31"}
    assert body["summary"] == {
        "total_shifts": 4,
        "present_days": 1,
        "half_days": 1,
        "absent_days": 1,
        "pending_days": 1,
        "worked_minutes": 780,
        "ot_minutes": 60,
        "late_minutes": 15,
        "payable_hours": "14.00",
        "gross_pay": "1400.00",
    }
    first = body["by_day"][0]
    assert set(first) == {
        "date", "shift", "status", "check_in", "check_out", "worked_minutes", "late_minutes", "ot_minutes",
        "hourly_rate", "ot_multiplier", "pay",
    }  # fmt: skip
    assert (first["date"], first["hourly_rate"], first["ot_multiplier"], first["pay"]) == (
        "2025-08-04", "100.00", "1.00", "900.00",
    )  # fmt: skip
    assert [d["pay"] for d in body["by_day"]] == ["900.00", "500.00", "0.00", "0.00"]


def test_ot_multiplier_applies_to_ot_minutes(api, advisor, month_rows):
    advisor.payroll_profiles.update(ot_multiplier=Decimal("1.50"))
    body = api(advisor).get("/api/attendance/reports/me", {"month": "2025-08"}).json()
    assert body["summary"]["gross_pay"] == "1450.00"


def test_a_mid_month_rate_change_pays_each_day_at_its_rate(api, advisor, day_shift):
    PayrollProfileFactory(user=advisor, hourly_rate=Decimal("60.00"), effective_from=dt.date(2025, 7, 1))
    PayrollProfileFactory(user=advisor, hourly_rate=Decimal("120.00"), effective_from=day(16))
    worked_row(advisor, day_shift, day(15), 60)
    worked_row(advisor, day_shift, day(16), 60)
    body = api(advisor).get("/api/attendance/reports/me", {"month": "2025-08"}).json()
    assert [d["pay"] for d in body["by_day"]] == ["60.00", "120.00"]
    assert body["summary"]["gross_pay"] == "180.00"


def test_day_pay_rounds_half_up_to_cents(api, advisor, day_shift):
    # 1 minute at 0.30/h = 0.005 → 0.01; 1 minute at 0.29/h = 0.00483 → 0.00.
    PayrollProfileFactory(user=advisor, hourly_rate=Decimal("0.30"), effective_from=dt.date(2025, 1, 1))
    PayrollProfileFactory(user=advisor, hourly_rate=Decimal("0.29"), effective_from=day(10))
    worked_row(advisor, day_shift, day(5), 1, "HALF_DAY")
    worked_row(advisor, day_shift, day(12), 1, "HALF_DAY")
    body = api(advisor).get("/api/attendance/reports/me", {"month": "2025-08"}).json()
    assert [d["pay"] for d in body["by_day"]] == ["0.01", "0.00"]


def test_no_profile_pays_nothing(api, advisor, day_shift):
    worked_row(advisor, day_shift, day(3), 480)
    body = api(advisor).get("/api/attendance/reports/me", {"month": "2025-08"}).json()
    assert (body["by_day"][0]["hourly_rate"], body["summary"]["gross_pay"]) == ("0.00", "0.00")
    assert body["summary"]["payable_hours"] == "8.00"


def test_my_report_csv(api, advisor, month_rows):
    response = api(advisor).get("/api/attendance/reports/me", {"month": "2025-08", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="attendance_me_2025-08.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "Date", "Shift", "Status", "Check In", "Check Out", "Worked Minutes", "Late Minutes", "OT Minutes",
        "Hourly Rate", "OT Multiplier", "Pay",
    ]  # fmt: skip
    assert rows[1][0] == "2025-08-04" and rows[1][-1] == "900.00" and len(rows) == 5
    event = ActivityEvent.objects.get(action="attendance.report.exported")
    assert event.metadata == {"report": "me", "month": "2025-08", "store": None}


def test_json_format_and_unknown_format_answer_json(api, advisor, month_rows):
    for fmt in ("json", "xml"):
        response = api(advisor).get("/api/attendance/reports/me", {"month": "2025-08", "format": fmt})
        assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert not ActivityEvent.objects.filter(action="attendance.report.exported").exists()


def test_default_month_is_the_current_local_month(api, advisor, month_rows):
    with frozen(dt.datetime(2025, 8, 31, 20, 0, tzinfo=dt.UTC)):  # already September 1st in Kolkata
        body = api(advisor).get("/api/attendance/reports/me").json()
    assert body["month"] == "2025-09"


@pytest.mark.parametrize("month", ["2025-13", "2025-8", "August", "0000-01", "2025-08-01"])
def test_bad_month_is_400(api, advisor, month):
    for fmt in ("json", "csv"):
        response = api(advisor).get("/api/attendance/reports/me", {"month": month, "format": fmt})
        assert response.status_code == 400
        assert response.json() == {"month": ["Use the format YYYY-MM."]}


def test_store_report(api, branch_head, store, advisor, day_shift, month_rows):
    second = UserFactory(username="bee", first_name="Aarti", role=Role.ADVISOR, store=store)
    PayrollProfileFactory(user=second, hourly_rate=Decimal("50.00"), effective_from=dt.date(2025, 1, 1))
    worked_row(second, day_shift, day(4), 360)
    response = api(branch_head).get(f"/api/attendance/reports/store/{store.pk}", {"month": "2025-08"})
    assert response.status_code == 200
    body = response.json()
    assert (body["store_id"], body["store_name"], body["month"]) == (store.pk, "MG Road", "2025-08")
    assert [a["username"] for a in body["advisors"]] == ["bee", "advisor"] or body["advisors"][0][
        "name"
    ] == "Aarti"
    mine = next(a for a in body["advisors"] if a["user_id"] == advisor.pk)
    assert (mine["gross_pay"], mine["payable_hours"], mine["pending_days"]) == ("1400.00", "14.00", 1)
    assert body["totals"] == {
        "worked_minutes": 1140,
        "ot_minutes": 60,
        "late_minutes": 15,
        "payable_hours": "20.00",
        "gross_pay": "1700.00",
    }


def test_store_report_csv(api, admin_user, store, month_rows):
    response = api(admin_user).get(
        f"/api/attendance/reports/store/{store.pk}", {"month": "2025-08", "format": "csv"}
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        response["Content-Disposition"] == f'attachment; filename="attendance_store_{store.pk}_2025-08.csv"'
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "User ID", "Name", "Username", "Total Shifts", "Present", "Half-Day", "Absent", "Pending",
        "Worked Minutes", "Late Minutes", "OT Minutes", "Payable Hours", "Gross Pay",
    ]  # fmt: skip
    assert rows[1][2:] == ["advisor", "4", "1", "1", "1", "1", "780", "15", "60", "14.00", "1400.00"]
    assert ActivityEvent.objects.get(action="attendance.report.exported").store_id == store.pk


def test_csv_cells_are_escaped_against_formulas(api, admin_user, store, advisor, day_shift):
    advisor.first_name = "=HYPERLINK(1)"
    advisor.save(update_fields=["first_name"])
    response = api(admin_user).get(f"/api/attendance/reports/store/{store.pk}", {"format": "csv"})
    assert "'=HYPERLINK(1)" in response.content.decode()


def test_store_report_scope(api, other_head, advisor, customer, store, admin_user, unchanged):
    with unchanged():
        assert api(other_head).get(f"/api/attendance/reports/store/{store.pk}").status_code == 404
        assert (
            api(other_head).get(f"/api/attendance/reports/store/{store.pk}", {"format": "csv"}).status_code
            == 404
        )
        assert api(advisor).get(f"/api/attendance/reports/store/{store.pk}").status_code == 403
        assert api(customer).get("/api/attendance/reports/me").status_code == 403
        assert api().get("/api/attendance/reports/me").status_code == 401
        assert api(admin_user).get("/api/attendance/reports/store/999999").status_code == 404
        assert api(admin_user).get("/api/attendance/reports/store/99999999999999999999").status_code == 404


def test_store_report_queries_do_not_grow(api, admin_user, store, day_shift, django_assert_num_queries):
    from storeops.attendance.models import Attendance
    from storeops.attendance.rules import shift_window
    from storeops.attendance.tests.punching import KOLKATA

    people = [UserFactory(username=f"adv{n}", role=Role.ADVISOR, store=store) for n in range(150)]
    rows = []
    for person in people:
        PayrollProfileFactory(user=person, effective_from=dt.date(2025, 1, 1))
        for n in range(1, 32):
            start, end = shift_window(day(n), day_shift.start_time, day_shift.end_time, KOLKATA)
            rows.append(Attendance(user=person, store=store, date=day(n), shift=day_shift, shift_start=start,
                                   shift_end=end, worked_minutes=480, status="PRESENT"))  # fmt: skip
    Attendance.objects.bulk_create(rows)
    client = api(admin_user)
    with django_assert_num_queries(4):  # caller, store, aggregate, names
        body = client.get(f"/api/attendance/reports/store/{store.pk}", {"month": "2025-08"}).json()
    assert len(body["advisors"]) == 150
    assert body["totals"]["gross_pay"] == "3720000.00"  # 150 × 31 × 8 h × 100.00
