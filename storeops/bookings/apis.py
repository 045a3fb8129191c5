"""Bookings HTTP endpoints: declarations over the bookings selectors and services."""

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from storeops.accounts.permissions import user_has
from storeops.accounts.roles import Role
from storeops.api.captcha import captcha_required, verify_captcha
from storeops.api.fastpath import FastReadMixin, json_response
from storeops.api.viewsets import ModelWriteViewSet
from storeops.bookings import filters as f
from storeops.bookings import outputs as out
from storeops.bookings import selectors as sel
from storeops.bookings import serializers as s
from storeops.bookings import services
from storeops.bookings.models import BookingStatus, CustomerResponse
from storeops.core.net import client_ip

READ = "bookings.read"


@extend_schema_view(
    create=extend_schema(request=s.BookingCreateInput, responses={201: s.BookingOutput}),
    update=extend_schema(
        request=s.BookingUpdateInput,
        responses={200: s.BookingOutput},
        description="System admins; customers may not PUT.",
    ),
    partial_update=extend_schema(
        request=s.BookingUpdateInput,
        responses={200: s.BookingOutput},
        description='System admins; a customer may send only `{"status": "cancelled", "reason": …}`.',
    ),
)
class BookingViewSet(FastReadMixin, ModelWriteViewSet):
    # Bookings are cancelled, never deleted: DELETE is not routed (`urls.py`), so it answers 405.
    http_method_names = ["get", "post", "put", "patch", "head", "options"]
    read_permission = READ
    selector = sel.booking_list
    write_input = s.BookingUpdateInput
    output = s.BookingOutput
    entity = "booking"
    filterset_class = f.BookingFilterSet
    ordering_fields = ["created_at", "status", "id"]
    ordering_map = {"date": ["date", "time"]}
    throttle_scopes = {"create": "booking"}
    read_cache = sel.CACHE
    read_audience = out.booking_audience

    @property
    def required_permissions(self) -> dict[str, str]:
        # Updates are open to every signed-in caller here so that a row outside the caller's scope is a 404;
        # the role check (`bookings.update`) follows the scoped lookup.
        return {
            "list": READ,
            "retrieve": READ,
            "create": "bookings.create",
            "update": READ,
            "partial_update": READ,
        }

    @property
    def error_statuses(self) -> tuple[int, ...]:
        return (403,) if getattr(self, "action", None) in ("update", "partial_update") else ()

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = s.BookingCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        if captcha_required(request.user):
            verify_captcha(data.validated_data.get("captcha_token"), remote_ip=client_ip(request._request))
        booking = services.booking_create(data=dict(data.validated_data), actor=request.user)
        # Anonymous callers cannot read bookings back through their scope; the answer is their own booking.
        row = sel.booking_rows().get(pk=booking.pk)
        return Response(self.get_serializer(row).data, status=status.HTTP_201_CREATED)

    def _update(self, request: Request, *, partial: bool) -> Response:
        booking = self.get_object()
        user = request.user
        if not user_has(user, "bookings.update"):
            raise PermissionDenied()
        if getattr(user, "role", None) == Role.CUSTOMER:
            cancel = s.BookingCancelInput(data=request.data)
            if not partial:
                raise PermissionDenied("Customers may only cancel a booking, with PATCH.")
            cancel.is_valid(raise_exception=True)
            if cancel.validated_data["status"] != BookingStatus.CANCELLED:
                raise PermissionDenied("Customers may only cancel a booking.")
            reason = cancel.validated_data.get("reason") or ""
            services.booking_cancel_by_customer(booking=booking, reason=reason, actor=user)
        else:
            data = s.BookingUpdateInput(data=request.data, partial=partial)
            data.is_valid(raise_exception=True)
            services.booking_update(booking=booking, data=dict(data.validated_data), actor=user)
        return self._render(booking.pk)


class BookingFormApi(APIView):
    """The active issues, other issues and questions the public booking form offers, unpaginated."""

    required_permissions = {"get": "bookings.create"}

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "question_set_name",
                OpenApiTypes.STR,
                required=False,
                description="only the questions of this set (exact)",
                pattern=r"^[^\u0000]*$",
            )
        ],
        responses={200: s.BookingFormOutput},
    )
    def get(self, request: Request) -> Any:
        name = request.query_params.get("question_set_name", "").strip() or None
        return json_response(request, s.BookingFormOutput(sel.booking_form(question_set_name=name)).data)


class BookingLookupApi(APIView):
    """A visitor's own booking, found by its reference and the e-mail address it was made with.

    POST, so the address never lands in URLs or access logs. An unknown reference and a wrong address answer the
    same 404, and the `booking_lookup` throttle limits guessing per client.
    """

    required_permissions = {"post": "bookings.lookup"}
    throttle_scope = "booking_lookup"
    error_statuses = (404,)

    @extend_schema(request=s.BookingLookupInput, responses={200: s.BookingOutput})
    def post(self, request: Request) -> Response:
        data = s.BookingLookupInput(data=request.data)
        data.is_valid(raise_exception=True)
        booking = sel.booking_lookup(**data.validated_data)
        if booking is None:
            raise NotFound("No booking matches this reference and e-mail address.")
        # Answered as to a customer (no staff ids in the history), whoever asks.
        return Response(s.BookingOutput(booking, context={"request": None}).data)


class TaxonomyViewSet(FastReadMixin, ModelWriteViewSet):
    # Taxonomy defaults: any signed-in caller reads, system admins write; reads are cached until the next write.
    read_permission = "bookings.taxonomy.read"
    write_permission = "bookings.taxonomy.write"
    read_cache = sel.CACHE
    read_audience = out.taxonomy_audience
    ordering_fields: list[str] = ["name", "created_at", "id"]


@extend_schema_view(destroy=extend_schema(responses={204: None, 409: s.ProtectedOutput}))
class IssueViewSet(TaxonomyViewSet):
    selector = sel.issue_list
    filterset_class = f.IssueFilterSet
    write_input = s.IssueWriteInput
    output = s.IssueOutput
    fast_columns = out.ISSUE_COLUMNS
    fast_row = out.issue_row
    entity = "issue"
    create_service = services.issue_create
    update_service = services.issue_update
    delete_service = services.issue_delete


@extend_schema_view(destroy=extend_schema(responses={204: None, 409: s.ProtectedOutput}))
class OtherIssueViewSet(TaxonomyViewSet):
    selector = sel.other_issue_list
    filterset_class = f.OtherIssueFilterSet
    write_input = s.OtherIssueWriteInput
    output = s.OtherIssueOutput
    fast_columns = out.OTHER_ISSUE_COLUMNS
    fast_row = out.other_issue_row
    entity = "other_issue"
    create_service = services.other_issue_create
    update_service = services.other_issue_update
    delete_service = services.other_issue_delete


class QuestionViewSet(TaxonomyViewSet):
    selector = sel.question_list
    filterset_class = f.QuestionFilterSet
    ordering_fields = ["question_set_name", "position", "created_at", "id"]
    write_input = s.QuestionWriteInput
    output = s.QuestionOutput
    fast_columns = out.QUESTION_COLUMNS
    fast_row = out.question_row
    entity = "question"
    create_service = services.question_create
    update_service = services.question_update
    delete_service = services.question_delete


class ResponseViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Customer responses: anyone may add one to a booking whose reference they hold; admins read them."""

    http_method_names = ["get", "post", "head", "options"]
    queryset = CustomerResponse.objects.none()  # the model, for the schema; rows come from the selector
    serializer_class = s.ResponseOutput
    filterset_class = f.ResponseFilterSet
    ordering_fields = ["created_at", "id"]
    throttle_scopes = {"create": "responses"}
    required_permissions = {
        "list": "bookings.responses.read",
        "retrieve": "bookings.responses.read",
        "create": "bookings.responses.create",
    }

    def get_queryset(self) -> QuerySet[CustomerResponse]:
        return sel.response_list(actor=self.request.user)

    @extend_schema(request=s.ResponseCreateInput, responses={201: s.ResponseCreatedOutput})
    def create(self, request: Request) -> Response:
        data = s.ResponseCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        row = services.response_create(data=dict(data.validated_data), actor=request.user)
        return Response(s.ResponseCreatedOutput(row).data, status=status.HTTP_201_CREATED)
