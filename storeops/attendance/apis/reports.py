"""Monthly reports, JSON or CSV (spec 05 §12).

`format` is the report's own query parameter: `csv` answers a CSV attachment, anything else JSON. DRF would read
`format` as a renderer name (and answer 404 for an unknown one), so these views use the negotiation that always
renders DRF responses (the JSON report and every error) as JSON and write the CSV themselves.
"""

import csv
import io
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from storeops.activity import actions
from storeops.activity.apis import FormatParameterNegotiation
from storeops.activity.export import csv_cell
from storeops.activity.services import record
from storeops.attendance.selectors.reports import MyReport, StoreReport, money, my_report, store_report
from storeops.core.errors import NotFound
from storeops.core.ids import parse_id

ME_HEADER = [
    "Date", "Shift", "Status", "Check In", "Check Out", "Worked Minutes", "Late Minutes", "OT Minutes",
    "Hourly Rate", "OT Multiplier", "Pay",
]  # fmt: skip
STORE_HEADER = [
    "User ID", "Name", "Username", "Total Shifts", "Present", "Half-Day", "Absent", "Pending", "Worked Minutes",
    "Late Minutes", "OT Minutes", "Payable Hours", "Gross Pay",
]  # fmt: skip
PARAMETERS = [
    OpenApiParameter("month", str, description="YYYY-MM; default: the current month in the store's zone"),
    OpenApiParameter("format", str, description="`csv` for a CSV attachment; anything else JSON"),
]


class CountersOutput(serializers.Serializer):
    total_shifts = serializers.IntegerField()
    present_days = serializers.IntegerField()
    half_days = serializers.IntegerField()
    absent_days = serializers.IntegerField()
    pending_days = serializers.IntegerField()
    worked_minutes = serializers.IntegerField()
    ot_minutes = serializers.IntegerField()
    late_minutes = serializers.IntegerField()
    payable_hours = serializers.CharField()
    gross_pay = serializers.CharField()


class RangeOutput(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField()


class DayOutput(serializers.Serializer):
    date = serializers.DateField()
    shift = serializers.CharField()
    status = serializers.CharField()
    check_in = serializers.DateTimeField(allow_null=True)
    check_out = serializers.DateTimeField(allow_null=True)
    worked_minutes = serializers.IntegerField()
    late_minutes = serializers.IntegerField()
    ot_minutes = serializers.IntegerField()
    hourly_rate = serializers.CharField()
    ot_multiplier = serializers.CharField()
    pay = serializers.CharField()


class MyReportOutput(serializers.Serializer):
    user_id = serializers.IntegerField()
    name = serializers.CharField()
    username = serializers.CharField()
    month = serializers.CharField()
    range = RangeOutput()
    summary = CountersOutput()
    by_day = DayOutput(many=True)


class AdvisorOutput(CountersOutput):
    user_id = serializers.IntegerField()
    name = serializers.CharField()
    username = serializers.CharField()


class TotalsOutput(serializers.Serializer):
    worked_minutes = serializers.IntegerField()
    ot_minutes = serializers.IntegerField()
    late_minutes = serializers.IntegerField()
    payable_hours = serializers.CharField()
    gross_pay = serializers.CharField()


class StoreReportOutput(serializers.Serializer):
    store_id = serializers.IntegerField()
    store_name = serializers.CharField()
    month = serializers.CharField()
    range = RangeOutput()
    advisors = AdvisorOutput(many=True)
    totals = TotalsOutput()


def _day(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "date": row["date"],
        "shift": row["shift__name"],
        "status": row["status"],
        "check_in": row["check_in"],
        "check_out": row["check_out"],
        "worked_minutes": row["worked_minutes"],
        "late_minutes": row["late_minutes"],
        "ot_minutes": row["ot_minutes"],
        "hourly_rate": f"{row['rate']:.2f}",
        "ot_multiplier": f"{row['multiplier']:.2f}",
        "pay": money(int(row["pay_cents"])),
    }


def _csv(rows: Iterable[Iterable[Any]], filename: str) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@transaction.atomic
def _exported(actor: Any, report: str, month: str, store: int | None = None) -> None:
    record(
        actor=actor,
        action=actions.ATTENDANCE_REPORT_EXPORTED,
        entity_type="attendance_report",
        store=store,
        metadata={"report": report, "month": month, "store": store},
    )


CSV_RESPONSE = OpenApiResponse(OpenApiTypes.STR, description="CSV with the fixed header of spec 05 §12.")


class MyReportApi(APIView):
    required_permissions = {"get": "attendance.punch"}
    content_negotiation_class = FormatParameterNegotiation

    @extend_schema(
        operation_id="attendance_report_me",
        parameters=PARAMETERS,
        responses={(200, "application/json"): MyReportOutput, (200, "text/csv"): CSV_RESPONSE},
    )
    def get(self, request: Request) -> Response | HttpResponse:
        report: MyReport = my_report(actor=request.user, month=request.query_params.get("month"))
        days = [_day(row) for row in report.days]
        if request.query_params.get("format") == "csv":
            _exported(request.user, "me", report.month)
            day_fields = [f.field_name for f in DayOutput().fields.values()]
            rows = [[DayOutput(day).data[name] for name in day_fields] for day in days]
            return _csv([ME_HEADER, *rows], f"attendance_me_{report.month}.csv")
        user = report.user
        body = {
            "user_id": user.pk,
            "name": user.full_name,
            "username": user.username,
            "month": report.month,
            "range": {"start": report.start, "end": report.end},
            "summary": report.summary,
            "by_day": days,
        }
        return Response(MyReportOutput(body).data)


STORE_FIELDS = (
    "user_id", "name", "username", "total_shifts", "present_days", "half_days", "absent_days", "pending_days",
    "worked_minutes", "late_minutes", "ot_minutes", "payable_hours", "gross_pay",
)  # fmt: skip


class StoreReportApi(APIView):
    required_permissions = {"get": "attendance.approve"}
    content_negotiation_class = FormatParameterNegotiation

    @extend_schema(
        operation_id="attendance_report_store",
        parameters=PARAMETERS,
        responses={(200, "application/json"): StoreReportOutput, (200, "text/csv"): CSV_RESPONSE},
    )
    def get(self, request: Request, store_id: str) -> Response | HttpResponse:
        number = parse_id(store_id)
        if number is None:
            raise NotFound()
        report: StoreReport = store_report(
            actor=request.user, store_id=number, month=request.query_params.get("month")
        )
        store = report.store
        if request.query_params.get("format") == "csv":
            _exported(request.user, "store", report.month, store.pk)
            rows = [[advisor[name] for name in STORE_FIELDS] for advisor in report.advisors]
            return _csv([STORE_HEADER, *rows], f"attendance_store_{store.pk}_{report.month}.csv")
        body = {
            "store_id": store.pk,
            "store_name": store.name,
            "month": report.month,
            "range": {"start": report.start, "end": report.end},
            "advisors": report.advisors,
            "totals": report.totals,
        }
        return Response(StoreReportOutput(body).data)
