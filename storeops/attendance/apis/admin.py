"""The roster admin API under /api/attendance/admin/ (spec 05 §13), for system admins only.

Lists are paginated with strict filters; POST answers 201, PUT/PATCH 200, DELETE 204 (deactivating shifts,
schedules, week-offs and geofences; removing exceptions and payroll profiles). A geofence POST is an upsert by
store: 201 when created, 200 with the same id when the store's geofence was updated.
"""

from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from storeops.api.viewsets import ModelWriteViewSet
from storeops.attendance.filters import rosters as f
from storeops.attendance.selectors import rosters as sel
from storeops.attendance.selectors.schedule import schedule_preview
from storeops.attendance.serializers import rosters as s
from storeops.attendance.services import geofences, payroll, roster_exceptions, rosters

PERMISSION = "attendance.admin"


class _AdminViewSet(ModelWriteViewSet):
    read_permission = PERMISSION
    write_permission = PERMISSION


class ShiftAdminViewSet(_AdminViewSet):
    filterset_class = f.ShiftFilterSet
    ordering_fields = ["name", "start_time", "created_at", "id"]
    selector = sel.shift_list
    write_input = s.ShiftWriteInput
    output = s.ShiftOutput
    entity = "shift"
    create_service = rosters.shift_create
    update_service = rosters.shift_update
    delete_service = rosters.shift_deactivate


class ScheduleAdminViewSet(_AdminViewSet):
    filterset_class = f.ScheduleFilterSet
    ordering_fields = ["user", "rule_type", "created_at", "id"]
    selector = sel.schedule_list
    write_input = s.ScheduleWriteInput
    output = s.ScheduleOutput
    entity = "schedule"
    create_service = rosters.schedule_create
    update_service = rosters.schedule_update
    delete_service = rosters.schedule_deactivate

    @property
    def required_permissions(self) -> dict[str, str]:
        return {**super().required_permissions, "preview": PERMISSION}

    @extend_schema(parameters=[s.PreviewQueryInput], responses={200: s.PreviewOutput})
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def preview(self, request: Request, pk: Any = None) -> Response:
        """The planned days of this schedule's advisor over [start, end], with the full resolution (exceptions,
        holidays, week-offs) and this schedule's rule applied even when it is inactive."""
        schedule = self.get_object()
        query = s.PreviewQueryInput(data=request.query_params)
        query.is_valid(raise_exception=True)
        days = schedule_preview(
            schedule=schedule, start=query.validated_data["start"], end=query.validated_data["end"]
        )
        body = {
            "schedule": schedule.pk,
            "user": schedule.user_id,
            "schedule_active": schedule.is_active,
            "days": [{"date": day.date, "shift": day.shift, "source": day.source} for day in days],
        }
        return Response(s.PreviewOutput(body).data)


class WeekOffAdminViewSet(_AdminViewSet):
    filterset_class = f.WeekOffFilterSet
    ordering_fields = ["user", "weekday", "created_at", "id"]
    selector = sel.weekoff_list
    write_input = s.WeekOffWriteInput
    output = s.WeekOffOutput
    entity = "weekoff"
    create_service = rosters.weekoff_create
    update_service = rosters.weekoff_update
    delete_service = rosters.weekoff_deactivate


class ExceptionAdminViewSet(_AdminViewSet):
    filterset_class = f.ExceptionFilterSet
    ordering_fields = ["date", "created_at", "id"]
    selector = sel.exception_list
    write_input = s.ExceptionWriteInput
    output = s.ExceptionOutput
    entity = "exception"
    create_service = roster_exceptions.exception_create
    update_service = roster_exceptions.exception_update
    delete_service = roster_exceptions.exception_delete


@extend_schema_view(
    create=extend_schema(
        request=s.GeofenceWriteInput,
        responses={201: s.GeofenceAdminOutput, 200: s.GeofenceAdminOutput},
        description="Upsert by store: 201 when the store's geofence is created, 200 when it was updated.",
    ),
    update=extend_schema(request=s.GeofenceUpdateInput, responses={200: s.GeofenceAdminOutput}),
    partial_update=extend_schema(request=s.GeofenceUpdateInput, responses={200: s.GeofenceAdminOutput}),
)
class GeofenceAdminViewSet(_AdminViewSet):
    filterset_class = f.GeofenceFilterSet
    ordering_fields = ["store", "created_at", "id"]
    selector = sel.geofence_list
    write_input = s.GeofenceWriteInput
    output = s.GeofenceAdminOutput
    entity = "geofence"
    update_service = geofences.geofence_update
    delete_service = geofences.geofence_deactivate

    def get_write_input(self, *, creating: bool, partial: bool) -> serializers.Serializer:
        # The store of a geofence is fixed once created: updates name only the circle.
        input_class = s.GeofenceWriteInput if creating else s.GeofenceUpdateInput
        return input_class(data=self.request.data, partial=partial)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = self.get_write_input(creating=True, partial=False)
        data.is_valid(raise_exception=True)
        fence, created = geofences.geofence_upsert(data=dict(data.validated_data), actor=request.user)
        return self._render(fence.pk, status.HTTP_201_CREATED if created else status.HTTP_200_OK)


class PayrollAdminViewSet(_AdminViewSet):
    filterset_class = f.PayrollFilterSet
    ordering_fields = ["user", "effective_from", "created_at", "id"]
    selector = sel.payroll_list
    write_input = s.PayrollWriteInput
    output = s.PayrollOutput
    entity = "profile"
    create_service = payroll.payroll_create
    update_service = payroll.payroll_update
    delete_service = payroll.payroll_delete
