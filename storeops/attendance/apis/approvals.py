"""Attendance records, ADJUST requests, the approvals queue and decisions (spec 05 §10, §11)."""

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.generics import get_object_or_404
from rest_framework.request import Request
from rest_framework.response import Response

from storeops.api.fastpath import FastListMixin, FastReadMixin, dumps, fast_page
from storeops.attendance import outputs as out
from storeops.attendance.filters.punches import ApprovalFilterSet, AttendanceFilterSet, OwnRequestFilterSet
from storeops.attendance.models import Attendance, AttendanceRequest
from storeops.attendance.selectors import punches as sel
from storeops.attendance.serializers.punches import (
    AdjustRequestInput,
    AttendanceOutput,
    DecisionInput,
    DecisionOutput,
    RequestOutput,
)
from storeops.attendance.services.approvals import adjust_request_create, request_decide


class AttendanceViewSet(
    FastReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    # The fast read path: `.values()` rows rendered by `outputs.py`, cached per scope (docs/attendance.md).
    read_cache = sel.CACHE
    read_audience = out.audience
    required_permissions = {"list": "attendance.read", "retrieve": "attendance.read"}
    queryset = Attendance.objects.none()  # the model, for the schema; rows come from the selector
    serializer_class = AttendanceOutput
    filterset_class = AttendanceFilterSet
    ordering_fields = ["date", "check_in", "id"]
    lookup_value_regex = "[0-9]+"

    def get_queryset(self) -> QuerySet[Attendance]:
        if getattr(self, "swagger_fake_view", False):
            return Attendance.objects.none()
        return sel.attendance_list(actor=self.request.user)

    def _values(self) -> QuerySet[Any]:
        queryset = self.filter_queryset(self.get_queryset()).prefetch_related(None)
        return queryset.values(*out.ATTENDANCE_COLUMNS)

    def _list_body(self) -> bytes:
        page = fast_page(self, self._values(), dict, count_of=self._count)
        page["results"] = out.attendance_rows(page["results"])
        return dumps(page)

    def _retrieve_body(self) -> bytes:
        row = get_object_or_404(self._values(), pk=self.kwargs["pk"])
        return dumps(out.attendance_rows([row])[0])


class ApprovalViewSet(FastListMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    # FastListMixin, not FastReadMixin: a `retrieve` would make the router route GET approvals/{id}.
    # Deciding is open to every signed-in role: whoever cannot see the request gets 404, not 403 (§5).
    required_permissions = {
        "list": "attendance.approve",
        "approve": "attendance.decide",
        "reject": "attendance.decide",
    }
    queryset = AttendanceRequest.objects.none()
    serializer_class = RequestOutput
    filterset_class = ApprovalFilterSet
    ordering_fields = ["created_at", "attendance_date", "id"]
    ordering_map = {"attendance_date": ["attendance__date"]}
    lookup_value_regex = "[0-9]+"
    read_cache = sel.CACHE
    read_audience = out.audience
    fast_columns = out.REQUEST_COLUMNS
    fast_row = out.request_row

    def get_queryset(self) -> QuerySet[AttendanceRequest]:
        if getattr(self, "swagger_fake_view", False):
            return AttendanceRequest.objects.none()
        return sel.approval_list(actor=self.request.user)

    def _decide(self, request: Request, pk: Any, approve: bool) -> Response:
        data = DecisionInput(data=request.data)
        data.is_valid(raise_exception=True)
        decided = request_decide(
            actor=request.user, request_id=int(pk), approve=approve, note=data.validated_data["note"]
        )
        row = sel.approval_get(actor=request.user, id=decided.pk)
        return Response(DecisionOutput(row).data)

    @extend_schema(request=DecisionInput, responses={200: DecisionOutput}, filters=False)
    @action(detail=True, methods=["post"], filterset_class=None, pagination_class=None)
    def approve(self, request: Request, pk: Any = None) -> Response:
        return self._decide(request, pk, approve=True)

    @extend_schema(request=DecisionInput, responses={200: DecisionOutput}, filters=False)
    @action(detail=True, methods=["post"], filterset_class=None, pagination_class=None)
    def reject(self, request: Request, pk: Any = None) -> Response:
        return self._decide(request, pk, approve=False)


class RequestViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    required_permissions = {"list": "attendance.punch", "create": "attendance.punch"}
    error_statuses = (404,)  # an ADJUST naming another advisor's attendance
    queryset = AttendanceRequest.objects.none()
    serializer_class = RequestOutput
    filterset_class = OwnRequestFilterSet
    ordering_fields = ["created_at", "id"]

    def get_queryset(self) -> QuerySet[AttendanceRequest]:
        if getattr(self, "swagger_fake_view", False):
            return AttendanceRequest.objects.none()
        return sel.own_request_list(actor=self.request.user)

    @extend_schema(request=AdjustRequestInput, responses={201: RequestOutput})
    def create(self, request: Request) -> Response:
        data = AdjustRequestInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        created = adjust_request_create(
            actor=request.user,
            attendance_id=values["attendance"],
            set_check_in=values.get("set_check_in"),
            set_check_out=values.get("set_check_out"),
            reason=values["reason"],
        )
        row = sel.own_request_list(actor=request.user).get(pk=created.pk)
        return Response(RequestOutput(row).data, status=status.HTTP_201_CREATED)
