"""Check-in, check-out, the advisor's day and the private photo stream (spec 05 §6–§9)."""

from typing import Any

from django.http import FileResponse, Http404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from storeops.api.inputs import MultiPartParser as StrictMultiPartParser
from storeops.attendance.photos import clean_photo, photo_storage
from storeops.attendance.selectors.punches import attendance_get, attendance_photo_name, today_view
from storeops.attendance.serializers.punches import (
    AttendanceOutput,
    CheckInInput,
    CheckOutInput,
    TodayOutput,
)
from storeops.attendance.services.punches import Fix, attendance_check_in, attendance_check_out
from storeops.core.ids import parse_id
from storeops.core.time import zone

PUNCH = "attendance.punch"
READ = "attendance.read"
PUNCH_PARSERS = [StrictMultiPartParser, FormParser]
assert issubclass(StrictMultiPartParser, MultiPartParser)


def _fix(data: dict[str, Any]) -> Fix:
    return Fix(latitude=data["latitude"], longitude=data["longitude"], accuracy_m=data.get("accuracy_m"))


def _attendance(request: Request, pk: int, code: int) -> Response:
    row = attendance_get(actor=request.user, id=pk)
    return Response(AttendanceOutput(row).data, status=code)


class CheckInApi(APIView):
    required_permissions = {"post": PUNCH}
    parser_classes = PUNCH_PARSERS

    @extend_schema(
        operation_id="attendance_check_in",
        request={"multipart/form-data": CheckInInput},
        responses={201: AttendanceOutput},
    )
    def post(self, request: Request) -> Response:
        data = CheckInInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        photo = clean_photo(values["photo"])
        row = attendance_check_in(
            actor=request.user,
            fix=_fix(values),
            photo=photo,
            shift_id=values.get("shift_id"),
            note=values.get("note", ""),
        )
        return _attendance(request, row.pk, status.HTTP_201_CREATED)


class CheckOutApi(APIView):
    required_permissions = {"post": PUNCH}
    error_statuses = (404,)  # an attendance_id that is not the caller's
    parser_classes = PUNCH_PARSERS

    @extend_schema(
        operation_id="attendance_check_out",
        request={"multipart/form-data": CheckOutInput},
        responses={200: AttendanceOutput},
    )
    def post(self, request: Request) -> Response:
        data = CheckOutInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        photo = clean_photo(values["photo"])
        row = attendance_check_out(
            actor=request.user,
            fix=_fix(values),
            photo=photo,
            attendance_id=values.get("attendance_id"),
            ot_request_minutes=values.get("ot_request_minutes"),
            note=values.get("note", ""),
        )
        return _attendance(request, row.pk, status.HTTP_200_OK)


class TodayApi(APIView):
    required_permissions = {"get": PUNCH}

    @extend_schema(operation_id="attendance_me_today", responses={200: TodayOutput})
    def get(self, request: Request) -> Response:
        day = today_view(actor=request.user)
        store, shift, window, row, fence = (
            day.store,
            day.shift,
            day.shift_window,
            day.attendance,
            day.geofence,
        )
        body = {
            "date": day.date,
            "store": store.pk if store else None,
            "store_name": store.name if store else None,
            "timezone": store.timezone if store else None,
            "day_off": day.day_off,
            "day_off_reason": day.day_off_reason,
            "shift": shift,
            "shift_window": {"start": window[0], "end": window[1]} if window else None,
            "can_check_in_from": day.can_check_in_from,
            "early_checkin_window_min": day.early_checkin_window_min,
            "cta_state": day.cta_state,
            "attendance_id": row.pk if row else None,
            "attendance_status": row.status if row else None,
            "geofence": fence,
            "server_time": day.server_time,
        }
        # Times are shown in the store's zone, as the advisor's clock reads them.
        with timezone.override(zone(store.timezone if store else None)):
            return Response(TodayOutput(body).data)


class PhotoApi(APIView):
    required_permissions = {"get": READ}

    @extend_schema(
        operation_id="attendance_photo",
        responses={
            (200, "image/jpeg"): OpenApiResponse(OpenApiTypes.BINARY, description="The stored JPEG."),
        },
    )
    def get(self, request: Request, pk: str, phase: str) -> FileResponse:
        number = parse_id(pk)
        if phase not in ("in", "out") or number is None:
            raise Http404
        name = attendance_photo_name(actor=request.user, id=number, phase=phase)
        try:
            handle = photo_storage().open(name, "rb")
        except FileNotFoundError:
            raise Http404
        response = FileResponse(handle, content_type="image/jpeg")
        response["Cache-Control"] = "private, no-store"
        response["Content-Disposition"] = f'inline; filename="attendance-{pk}-{phase}.jpg"'
        return response
